import { InstructieRegister, beschrijfTermijn, renderBrief, sjabloonVelden } from './index';

describe('beschrijfTermijn', () => {
  it('writes the term in Dutch with its unit, singular for one', () => {
    expect(beschrijfTermijn({ aantal: 10, eenheid: 'werkdagen' })).toBe('10 werkdagen');
    expect(beschrijfTermijn({ aantal: 1, eenheid: 'weken' })).toBe('1 week');
    expect(beschrijfTermijn({ aantal: 6, eenheid: 'weken' })).toBe('6 weken');
    expect(beschrijfTermijn({ aantal: 1, eenheid: 'maanden' })).toBe('1 maand');
    expect(beschrijfTermijn({ aantal: 1, eenheid: 'jaren' })).toBe('1 jaar');
    expect(beschrijfTermijn({ aantal: 1, eenheid: 'schooldagen' })).toBe('1 schooldag');
    expect(beschrijfTermijn({ aantal: 3, eenheid: 'kalenderdagen' })).toBe('3 kalenderdagen');
  });

  it('accepts a Termijn from an instructie', () => {
    const regels = InstructieRegister.laad().voorGemeente('0193').regels;
    expect(beschrijfTermijn(regels.absoluutVerzuim.reactietermijn)).toBe('10 werkdagen');
  });
});

describe('renderBrief', () => {
  it('fills every placeholder', () => {
    expect(renderBrief('Beste {{naam}}, reageer binnen {{termijn}}. Groet, {{naam}}', { naam: 'Jan', termijn: '10 werkdagen' })).toBe(
      'Beste Jan, reageer binnen 10 werkdagen. Groet, Jan',
    );
  });

  it('refuses a placeholder without a value and names it', () => {
    expect(() => renderBrief('Binnen {{reactietermijn}} aan {{ouderNamen}}', { ouderNamen: 'fam. De Vries' })).toThrow(
      'brief onvolledig: geen waarde voor {{reactietermijn}}',
    );
    expect(() => renderBrief('{{a}} {{b}}', {})).toThrow('geen waarde voor {{a}}, {{b}}');
    // Inherited properties are not values.
    expect(() => renderBrief('{{constructor}}', {})).toThrow('geen waarde voor {{constructor}}');
  });

  it('refuses malformed placeholders instead of sending them', () => {
    expect(() => renderBrief('Binnen {{ termijn }}', { termijn: 'x' })).toThrow('ongeldige placeholder');
    expect(() => renderBrief('Binnen {{termijn}', { termijn: 'x' })).toThrow('ongeldige placeholder');
  });

  it('fills in one pass: a value that looks like a placeholder stays as it is', () => {
    expect(renderBrief('{{a}}', { a: '{{b}}' })).toBe('{{b}}');
  });
});

describe('brieven of every profile', () => {
  const register = InstructieRegister.laad();

  it('render with a full set of values', () => {
    for (const profiel of register.profielen()) {
      for (const [naam, brief] of Object.entries(profiel.regels.brieven)) {
        const velden = sjabloonVelden(brief.waarde);
        expect({ brief: `${profiel.profiel}.${naam}`, velden: velden.length > 0 }).toEqual({
          brief: `${profiel.profiel}.${naam}`,
          velden: true,
        });
        const waarden = Object.fromEntries(velden.map((veld) => [veld, `<${veld}>`]));
        const tekst = renderBrief(brief.waarde, waarden);
        expect(tekst).not.toMatch(/\{\{|\}\}/);
        for (const veld of velden) {
          expect(tekst).toContain(`<${veld}>`);
        }
      }
    }
  });

  it('produce a complete first absolute-verzuim letter from the instructie values', () => {
    const zwolle = register.voorGemeente('0193');
    const { brieven, absoluutVerzuim } = zwolle.regels;
    const ondertekening = renderBrief(brieven.ondertekening.waarde, { gemeenteNaam: zwolle.gemeenteNaam });
    expect(ondertekening).toBe('namens het college van burgemeester en wethouders van Zwolle');

    const tekst = renderBrief(brieven.absoluutVerzuimEersteBrief.waarde, {
      gemeenteNaam: zwolle.gemeenteNaam,
      datum: '3 maart 2025',
      ouderNamen: 'J. en M. de Vries',
      adres: 'Voorbeeldstraat 1, 8000 AA Zwolle',
      jongereNaam: 'Sam de Vries',
      geboortedatum: '1 mei 2012',
      kenmerk: 'AV-2025-001',
      aanhef: 'heer en mevrouw De Vries',
      reactietermijn: beschrijfTermijn(absoluutVerzuim.reactietermijn),
      contactgegevens: 'leerplicht@example.nl',
      ondertekening,
      medewerkerNaam: 'A. Jansen',
      medewerkerFunctie: 'administratief medewerker leerplicht',
    });
    expect(tekst).toContain('binnen 10 werkdagen na de datum van deze brief');
    expect(tekst).toContain('namens het college van burgemeester en wethouders van Zwolle,');
    expect(brieven.absoluutVerzuimEersteBrief.waarde).toContain('{{reactietermijn}}');
  });

  it('say per profile what follows an unanswered second letter', () => {
    expect(register.voorGemeente('0171').regels.brieven.absoluutVerzuimTweedeBrief.waarde).toContain('huisbezoek');
    expect(register.voorGemeente('0193').regels.brieven.absoluutVerzuimTweedeBrief.waarde).toContain('onderzoek in naar absoluut verzuim');
    expect(register.voorGemeente('0193').regels.brieven.ontvangstbevestigingVerzuimmelding.waarde).toContain(
      '{{terugkoppelingTermijn}}',
    );
  });
});
