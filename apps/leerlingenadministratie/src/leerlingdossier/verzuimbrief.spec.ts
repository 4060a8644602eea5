import { AFSLUITREDEN_IN_WOORDEN, type Afsluitreden, type VerzuimbriefGevraagdV1 } from '@leerrecht/shared/contracts-events';
import { InstructieRegister, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { OuderEntity } from '../brp/ouder.entity';
import { LeerlingEntity } from './leerling.entity';
import { VerzuimbriefNietSamenTeStellen, stelVerzuimbriefOp } from './verzuimbrief';

const register = InstructieRegister.laad();

function leerling(extra: Partial<LeerlingEntity> = {}): LeerlingEntity {
  return Object.assign(new LeerlingEntity(), {
    id: 'l-1',
    gemeente: '0193',
    bsn: '999990019',
    persoonSleutel: 'a'.repeat(64),
    geboortedatum: '2012-05-04',
    voornamen: 'Sanne',
    voorvoegsel: null,
    geslachtsnaam: 'Jansen',
    adres: { straat: 'Kerkstraat', huisnummer: 12, postcode: '8011 AB', woonplaats: 'Zwolle' },
    ...extra,
  });
}

function ouder(volgorde: number, voornamen: string, voorvoegsel: string | null, geslachtsnaam: string, heeftGezag: boolean): OuderEntity {
  return Object.assign(new OuderEntity(), { id: `o-${volgorde}`, leerlingId: 'l-1', volgorde, voornamen, voorvoegsel, geslachtsnaam, heeftGezag });
}

/** As the BRP simulator has them: the mother holds eenhoofdig gezag, the father does not. */
const OUDERS = [ouder(1, 'Anna', null, 'Jansen', true), ouder(2, 'Piet', 'de', 'Vries', false)];

function verzoek(extra: Partial<VerzuimbriefGevraagdV1> = {}): VerzuimbriefGevraagdV1 {
  return {
    briefId: '6f0c2d52-8a57-4a53-9d1e-0d2a4c1f0b01',
    soort: 'verzuim-afsluiting-ouders',
    meldingId: '6f0c2d52-8a57-4a53-9d1e-0d2a4c1f0b02',
    zaakId: '6f0c2d52-8a57-4a53-9d1e-0d2a4c1f0b03',
    schoolBrin: '12AB',
    meldingsdatum: '2026-11-02',
    afsluitreden: 'terug-naar-school',
    datum: '2026-12-18',
    kenmerk: 'VZ-2026-0042',
    instructieVersie: 'ijssel-vecht@1#abc',
    ...extra,
  };
}

// Two gemeenten of different profiles: IJssel-Vecht (000) and Zuid Oost Utrecht (003).
const GEMEENTEN = [
  ['0193', 'Zwolle'],
  ['1581', 'Utrechtse Heuvelrug'],
] as const;

describe('closure letter of a verzuimmelding (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a)', () => {
  describe.each(GEMEENTEN)('gemeente %s (%s)', (code, naam) => {
    const instructie = register.voorGemeente(code);

    it('to the parents: in the gemeente\'s name, signed for its college, with the school, the dates and the reason in words', () => {
      const { aan, tekst } = stelVerzuimbriefOp(verzoek(), leerling({ gemeente: code }), OUDERS, instructie, 'Isala College');
      expect(aan).toEqual([{ naam: 'Anna Jansen', adres: 'Kerkstraat 12, 8011 AB Zwolle' }]);
      expect(tekst.startsWith(`${naam}, 18 december 2026\n`)).toBe(true);
      expect(tekst).toContain('Aan: Anna Jansen\nKerkstraat 12, 8011 AB Zwolle');
      expect(tekst).toContain('Ons kenmerk: VZ-2026-0042');
      expect(tekst).toContain('Geachte ouder(s)/verzorger(s),');
      expect(tekst).toContain('Op 2 november 2026 ontvingen wij van Isala College een melding van schoolverzuim van Sanne Jansen.');
      expect(tekst).toContain(`sluiten haar nu af: ${AFSLUITREDEN_IN_WOORDEN['terug-naar-school']}.`);
      expect(tekst).toContain(`namens het college van burgemeester en wethouders van ${naam}`);
      expect(tekst).not.toContain('{{');
      expect(tekst).not.toContain('}}');
      expect(tekst).not.toContain('terug-naar-school');
    });

    it('to the youth: addressed to the youth at the youth\'s address, speaking to the youth, no parent named', () => {
      const { aan, tekst } = stelVerzuimbriefOp(verzoek({ soort: 'verzuim-afsluiting-jongere' }), leerling({ gemeente: code }), OUDERS, instructie, 'Isala College');
      expect(aan).toEqual([{ naam: 'Sanne Jansen', adres: 'Kerkstraat 12, 8011 AB Zwolle' }]);
      expect(tekst.startsWith(`${naam}, 18 december 2026\n`)).toBe(true);
      expect(tekst).toContain('Aan: Sanne Jansen\nKerkstraat 12, 8011 AB Zwolle');
      expect(tekst).toContain('Beste Sanne Jansen,');
      expect(tekst).toContain('Op 2 november 2026 meldde Isala College dat je zonder geldige reden niet op school was.');
      expect(tekst).toContain(`sluiten de melding nu af: ${AFSLUITREDEN_IN_WOORDEN['terug-naar-school']}.`);
      expect(tekst).toContain(`namens het college van burgemeester en wethouders van ${naam}`);
      expect(tekst).not.toContain('Anna');
      expect(tekst).not.toContain('Piet');
      expect(tekst).not.toContain('{{');
    });
  });

  it('the two gemeenten sign for their own college, not each other\'s', () => {
    const zwolle = stelVerzuimbriefOp(verzoek(), leerling(), OUDERS, register.voorGemeente('0193'), null).tekst;
    const heuvelrug = stelVerzuimbriefOp(verzoek(), leerling(), OUDERS, register.voorGemeente('1581'), null).tekst;
    expect(zwolle).not.toContain('Utrechtse Heuvelrug');
    expect(heuvelrug).not.toContain('Zwolle,');
    expect(heuvelrug).not.toContain('wethouders van Zwolle');
  });

  it('the text is the gemeente\'s template (configuration), not wording in code', () => {
    const basis = register.voorGemeente('0193');
    const brieven = basis.regels.brieven;
    const eigen: GemeenteInstructie = {
      ...basis,
      regels: { ...basis.regels, brieven: { ...brieven, verzuimAfsluitingOuders: { ...brieven.verzuimAfsluitingOuders, waarde: 'Beste {{ouderNamen}}, de melding over {{jongereNaam}} is gesloten: {{afsluitreden}}. {{ondertekening}}' } } },
    };
    expect(stelVerzuimbriefOp(verzoek(), leerling(), OUDERS, eigen, null).tekst).toBe(
      `Beste Anna Jansen, de melding over Sanne Jansen is gesloten: ${AFSLUITREDEN_IN_WOORDEN['terug-naar-school']}. namens het college van burgemeester en wethouders van Zwolle`,
    );
  });

  it('a template asking for a value its kind does not have is refused rather than sent with a placeholder in it', () => {
    const basis = register.voorGemeente('0193');
    const brieven = basis.regels.brieven;
    const fout: GemeenteInstructie = {
      ...basis,
      regels: { ...basis.regels, brieven: { ...brieven, verzuimAfsluitingJongere: { ...brieven.verzuimAfsluitingJongere, waarde: 'Reageer binnen {{reactietermijn}}.' } } },
    };
    expect(() => stelVerzuimbriefOp(verzoek({ soort: 'verzuim-afsluiting-jongere' }), leerling(), OUDERS, fout, null)).toThrow(/reactietermijn/);
  });

  describe('gezag: the letter to the parents goes to the holders of gezag (administratie.md §5.2 step 4; koppelingen §2.6)', () => {
    const instructie = register.voorGemeente('0193');

    it.each([
      ['only the mother has gezag', OUDERS, ['Anna Jansen']],
      ['only the father has gezag', [ouder(1, 'Anna', null, 'Jansen', false), ouder(2, 'Piet', 'de', 'Vries', true)], ['Piet de Vries']],
      ['both have gezag', [ouder(1, 'Anna', null, 'Jansen', true), ouder(2, 'Piet', 'de', 'Vries', true)], ['Anna Jansen', 'Piet de Vries']],
      ['no gezag data: both parents', [ouder(1, 'Anna', null, 'Jansen', false), ouder(2, 'Piet', 'de', 'Vries', false)], ['Anna Jansen', 'Piet de Vries']],
      ['no parents in the BRP', [], ['De ouder(s)/verzorger(s)']],
    ])('%s', (_wat, ouders, namen) => {
      const { aan, tekst } = stelVerzuimbriefOp(verzoek(), leerling(), ouders, instructie, null);
      expect(aan.map((a) => a.naam)).toEqual(namen);
      expect(tekst).toContain(`Aan: ${namen.join(' en ')}\n`);
    });

    it('the parent without gezag is not named anywhere in the letter', () => {
      expect(stelVerzuimbriefOp(verzoek(), leerling(), OUDERS, instructie, null).tekst).not.toMatch(/Piet|Vries/);
    });
  });

  it.each(Object.entries(AFSLUITREDEN_IN_WOORDEN) as [Afsluitreden, string][])('closure reason %s is stated in words', (afsluitreden, woorden) => {
    const { tekst } = stelVerzuimbriefOp(verzoek({ afsluitreden }), leerling(), OUDERS, register.voorGemeente('0193'), null);
    expect(tekst).toContain(`: ${woorden}.`);
    expect(tekst).not.toContain(afsluitreden);
  });

  it('a school the register does not know is named by its BRIN', () => {
    const { tekst } = stelVerzuimbriefOp(verzoek(), leerling(), OUDERS, register.voorGemeente('0193'), null);
    expect(tekst).toContain('ontvingen wij van de school (BRIN 12AB) een melding');
  });

  it('without a BRP address, or without the youth\'s name for the youth\'s letter, no letter is composed', () => {
    const instructie = register.voorGemeente('0193');
    expect(() => stelVerzuimbriefOp(verzoek(), leerling({ adres: null }), OUDERS, instructie, null)).toThrow(VerzuimbriefNietSamenTeStellen);
    const naamloos = leerling({ voornamen: null, geslachtsnaam: null });
    expect(() => stelVerzuimbriefOp(verzoek({ soort: 'verzuim-afsluiting-jongere' }), naamloos, OUDERS, instructie, null)).toThrow(VerzuimbriefNietSamenTeStellen);
  });
});
