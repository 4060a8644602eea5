import {
  BRIEF_ALINEAS,
  BRIEF_SJABLONEN,
  BRIEF_SJABLOON_VELDEN,
  BRIEVEN_ZONDER_JONGERE,
  GEMEENSCHAPPELIJKE_BRIEFVELDEN,
  IJSSEL_VECHT,
  InstructieRegister,
  renderBrief,
  sjabloonVelden,
  toegestaneBriefvelden,
  type Bezwaarprocedure,
  type BriefSjabloon,
  type GemeenteInstructie,
} from './index';

const register = InstructieRegister.laad();
const gemeenten = register.gemeenten().map((code) => register.voorGemeente(code));
const alleNamen = gemeenten.map((g) => g.gemeenteNaam);

/** What the letter service fills for every letter, taken from the gemeente's own instructie. */
function gemeenschappelijk(g: GemeenteInstructie, sjabloon: BriefSjabloon): Record<string, string> {
  const waarden: Record<string, string> = {
    gemeenteNaam: g.gemeenteNaam,
    datum: '3 maart 2026',
    kenmerk: 'VL-1A2B3C4D',
    geadresseerde: 'A. de Vries',
    adres: 'Voorbeeldstraat 1, 1234 AB Voorbeeld',
    aanhef: 'ouder(s)/verzorger(s)',
    ondertekening: renderBrief(g.regels.brieven.ondertekening.waarde, { gemeenteNaam: g.gemeenteNaam }),
    medewerkerNaam: g.briefhoofd.ondertekenaar.naam,
    medewerkerFunctie: g.briefhoofd.ondertekenaar.functie,
    contactgegevens: g.briefhoofd.contact,
  };
  if (!BRIEVEN_ZONDER_JONGERE.includes(sjabloon)) {
    Object.assign(waarden, { jongereNaam: 'Sam de Vries', geboortedatum: '1 mei 2014' });
  }
  return waarden;
}

function alinea(g: GemeenteInstructie, sjabloon: 'bezwaarclausule' | 'verlofWaarschuwingKorteTermijn'): string {
  const waarden: Record<string, string> = { bezwaartermijn: '6 weken', bezwaarUiterlijk: '14 april 2026', eersteVerlofdag: '9 maart 2026', beslisUiterlijk: '28 april 2026' };
  waarden['bezwaarAdres'] = g.briefhoofd.bezwaarAdres;
  return renderBrief(g.regels.brieven[sjabloon].waarde, waarden);
}

/** A whole letter as the service would send it: common fields, `<veld>` for the template's own, paragraphs rendered. */
function verstuur(g: GemeenteInstructie, sjabloon: BriefSjabloon): string {
  const eigen = Object.fromEntries(BRIEF_SJABLOON_VELDEN[sjabloon].map((veld: string) => [veld, `<${veld}>`]));
  const waarden: Record<string, string> = { ...gemeenschappelijk(g, sjabloon), ...eigen };
  if ('bezwaarclausule' in eigen) waarden['bezwaarclausule'] = alinea(g, 'bezwaarclausule');
  if ('waarschuwingKorteTermijn' in eigen) waarden['waarschuwingKorteTermijn'] = alinea(g, 'verlofWaarschuwingKorteTermijn');
  if ('bezwaarAdres' in eigen) waarden['bezwaarAdres'] = g.briefhoofd.bezwaarAdres;
  return renderBrief(g.regels.brieven[sjabloon].waarde, waarden);
}

const LETTERS = BRIEF_SJABLONEN.filter((s) => !BRIEF_ALINEAS.includes(s));

describe('BRIEF_SJABLOON_VELDEN', () => {
  it('lists the 28 verlof-vrijstelling templates, each an instructie letter', () => {
    expect(BRIEF_SJABLONEN).toHaveLength(28);
    for (const g of gemeenten) {
      expect(Object.keys(g.regels.brieven)).toEqual(expect.arrayContaining([...BRIEF_SJABLONEN]));
    }
    expect(GEMEENSCHAPPELIJKE_BRIEFVELDEN).toContain('ondertekening');
    // A template's own field never shadows a common one: the service would overwrite it unseen.
    for (const sjabloon of BRIEF_SJABLONEN) {
      for (const veld of BRIEF_SJABLOON_VELDEN[sjabloon] as readonly string[]) {
        expect({ sjabloon, veld, gemeenschappelijk: (GEMEENSCHAPPELIJKE_BRIEFVELDEN as readonly string[]).includes(veld) }).toMatchObject({ gemeenschappelijk: false });
      }
    }
  });
});

describe.each(register.profielen().map((p) => [p.profiel, gemeenten.filter((g) => g.profiel === p.profiel)] as const))(
  'letters of %s',
  (_profiel, vanProfiel) => {
    it.each(BRIEF_SJABLONEN.map((s) => [s]))('%s uses only the common fields and its own', (sjabloon) => {
      const toegestaan = toegestaneBriefvelden(sjabloon);
      const velden = sjabloonVelden((vanProfiel[0] as GemeenteInstructie).regels.brieven[sjabloon].waarde);
      expect(velden.filter((veld) => !toegestaan.includes(veld))).toEqual([]);
    });

    it.each(LETTERS.map((s) => [s]))('%s renders complete for each gemeente, with that gemeente in it and no other', (sjabloon) => {
      for (const g of vanProfiel) {
        const tekst = verstuur(g, sjabloon);
        expect(tekst).not.toMatch(/\{\{|\}\}/);
        expect(tekst).toContain(`${g.gemeenteNaam}, 3 maart 2026`);
        expect(tekst).toContain('Ons kenmerk: VL-1A2B3C4D');
        expect(tekst).toContain(g.briefhoofd.ondertekenaar.naam);
        for (const ander of alleNamen.filter((naam) => naam !== g.gemeenteNaam)) {
          expect({ sjabloon, gemeente: g.gemeenteNaam, ander, genoemd: tekst.includes(ander) }).toMatchObject({ genoemd: false });
        }
        // Every own field that the template uses reaches the letter.
        for (const veld of sjabloonVelden(g.regels.brieven[sjabloon].waarde)) {
          if (veld !== 'bezwaarclausule' && veld !== 'waarschuwingKorteTermijn' && (BRIEF_SJABLOON_VELDEN[sjabloon] as readonly string[]).includes(veld)) {
            expect(tekst).toContain(`<${veld}>`);
          }
        }
      }
    });

    it('puts the paragraphs into the letters: the bezwaarclausule with the gemeente\'s bezwaar address, the short-notice warning in the receipt', () => {
      for (const g of vanProfiel) {
        const clausule = alinea(g, 'bezwaarclausule');
        expect(clausule).toContain(g.briefhoofd.bezwaarAdres);
        expect(clausule).toContain(g.gemeenteNaam);
        expect(clausule).toContain('binnen 6 weken');
        expect(clausule).toContain('artikel 6:5');
        for (const besluit of ['verlofBesluit', 'verlofBuitenBehandeling', 'vrijstellingBevestiging', 'vrijstellingInschrijvingsopdracht', 'art15Besluit', 'vervangendeLeerplichtBesluit'] as const) {
          expect(verstuur(g, besluit)).toContain(clausule);
        }
        const ontvangst = verstuur(g, 'verlofOntvangstbevestiging');
        expect(ontvangst).toContain(alinea(g, 'verlofWaarschuwingKorteTermijn'));
        expect(ontvangst).toContain('artikel 2 en artikel 26');
        // Without a warning the receipt is still complete.
        expect(
          renderBrief(g.regels.brieven.verlofOntvangstbevestiging.waarde, {
            ...gemeenschappelijk(g, 'verlofOntvangstbevestiging'),
            ...Object.fromEntries(BRIEF_SJABLOON_VELDEN.verlofOntvangstbevestiging.map((veld: string) => [veld, `<${veld}>`])),
            waarschuwingKorteTermijn: '',
          }),
        ).not.toContain('Let op');
      }
    });
  },
);

describe('letter wording per gemeente', () => {
  const voorProfiel = (profiel: string): GemeenteInstructie => gemeenten.find((g) => g.profiel === profiel) as GemeenteInstructie;
  const WIE_BESLIST_OP_BEZWAAR: Record<Bezwaarprocedure, string> = {
    'procedure-verantwoordelijke-gemeente': 'volgens de bezwaarprocedure van de gemeente',
    'advies-commissie-bezwaarschriften': 'de gemeentelijke commissie voor bezwaarschriften advies uit',
    'lpa-beslist-na-advies-commissie': 'dan beslist de leerplichtambtenaar daarna zelf op uw bezwaar',
  };

  it('explains the objection procedure the instructie prescribes (000 art 5 lid 11; 001 §3.6; 003 art 5 lid 8)', () => {
    for (const g of gemeenten) {
      const procedure = g.regels.verlof.bezwaarprocedure.waarde;
      const zin = WIE_BESLIST_OP_BEZWAAR[procedure];
      expect(alinea(g, 'bezwaarclausule')).toContain(zin);
      expect(verstuur(g, 'bezwaarOntvangstbevestiging')).toContain(zin);
      for (const [andere, andereZin] of Object.entries(WIE_BESLIST_OP_BEZWAAR)) {
        if (andere !== procedure) expect(alinea(g, 'bezwaarclausule')).not.toContain(andereZin);
      }
    }
    expect(voorProfiel('zuid-oost-utrecht').regels.verlof.bezwaarprocedure.waarde).toBe('lpa-beslist-na-advies-commissie');
  });

  it('signs a leave decision as the leerplichtambtenaar (Lpw art 14 lid 3), other decisions on behalf of the college', () => {
    for (const g of gemeenten) {
      const verlof = verstuur(g, 'verlofBesluit');
      expect(verlof).not.toContain('namens het college');
      expect(verlof).toContain(`${g.briefhoofd.ondertekenaar.functie} van de gemeente ${g.gemeenteNaam}`);
      expect(verstuur(g, 'vervangendeLeerplichtBesluit')).toContain(`namens het college van burgemeester en wethouders van ${g.gemeenteNaam},`);
      expect(verstuur(g, 'art15Besluit')).toContain(`Namens het college van burgemeester en wethouders van ${g.gemeenteNaam} beslissen wij`);
    }
  });

  it('follows the sources where they differ', () => {
    const zou = voorProfiel('zuid-oost-utrecht');
    const nop = voorProfiel('noordoostpolder');
    const ijv = voorProfiel('ijssel-vecht');
    const twente = voorProfiel('twente');
    // 003 art 11 lid 2 b: the expert also consults care providers and the officer.
    expect(verstuur(zou, 'vrijstellingToestemmingsverzoek')).toContain('zorgverleners');
    expect(verstuur(ijv, 'vrijstellingToestemmingsverzoek')).not.toContain('zorgverleners');
    // 001 §3.3: the decision rests on the GGD Flevoland youth doctor's statement on capacity.
    expect(verstuur(nop, 'vervangendeLeerplichtBesluit')).toContain('GGD Flevoland');
    expect(verstuur(ijv, 'vervangendeLeerplichtBesluit')).not.toContain('GGD Flevoland');
    // 004 Hfst 2.1: extended review at the first kennisgeving and at 12.
    expect(verstuur(twente, 'vrijstellingUitnodigingToelichting')).toContain('12 jaar');
    // 003 toelichting art 10: or another suitable exit perspective.
    expect(verstuur(zou, 'art15Besluit')).toContain('uitstroomperspectief');
    // 003 toelichting art 11: four months a year in the Netherlands.
    expect(verstuur(zou, 'vrijstellingBewijsBuitenland')).toContain('vier maanden');
    // Awb art 8:7 lid 1: the court of the district where the gemeente has its seat.
    expect(verstuur(ijv, 'besluitOpBezwaar')).toContain('rechtbank Overijssel');
    expect(verstuur(zou, 'besluitOpBezwaar')).toContain('rechtbank Midden-Nederland');
  });

  it('gives a letter about no youth in particular no name or birth date to print', () => {
    for (const g of gemeenten) {
      for (const sjabloon of BRIEVEN_ZONDER_JONGERE) {
        expect(sjabloonVelden(g.regels.brieven[sjabloon].waarde)).not.toEqual(expect.arrayContaining(['jongereNaam']));
        expect(verstuur(g, sjabloon)).not.toContain('Sam de Vries');
      }
    }
  });

  it('gives every gemeente its own letterhead and bezwaar address', () => {
    for (const g of gemeenten) {
      expect(g.briefhoofd.logoTekst).toContain(g.gemeenteNaam);
      expect(g.briefhoofd.bezwaarAdres).toContain(g.gemeenteNaam);
      expect(g.briefhoofd.contact).toMatch(/@[a-z]+\.example/);
    }
    expect(new Set(gemeenten.map((g) => g.briefhoofd.postadres)).size).toBe(gemeenten.length);
  });
});

describe('the instructie refuses a template asking for a field the letter service does not fill', () => {
  function metBrief(sjabloon: BriefSjabloon, waarde: string): unknown {
    const kloon = structuredClone(IJSSEL_VECHT) as { regels: { brieven: Record<string, { waarde: string }> } };
    (kloon.regels.brieven[sjabloon] as { waarde: string }).waarde = waarde;
    return kloon;
  }

  it.each([
    ['verlofBesluit', 'Geachte {{ouderNamen}}, {{beslissing}}', '{{ouderNamen}}'],
    // A paragraph is filled with its own fields only.
    ['bezwaarclausule', 'Bezwaar bij {{gemeenteNaam}} binnen {{bezwaartermijn}}', '{{gemeenteNaam}}'],
    // The Inspectie gets no child data.
    ['schoolErkenningVerzoekInspectie', 'Betreft {{jongereNaam}} bij {{voorzieningNaam}}', '{{jongereNaam}}'],
    // Another template's field.
    ['verlofDoorzendingOuders', 'Wij beslissen uiterlijk {{beslisUiterlijk}}', '{{beslisUiterlijk}}'],
  ] as const)('%s with %s', (sjabloon, waarde, veld) => {
    expect(() => InstructieRegister.laad([metBrief(sjabloon, waarde)])).toThrow(
      `regels.brieven.${sjabloon}.waarde: placeholder ${veld} hoort niet bij deze brief`,
    );
  });

  it('accepts a gemeente\'s own wording within the fields', () => {
    expect(() => InstructieRegister.laad([metBrief('verlofBesluit', 'Geachte {{aanhef}}, {{beslissing}} {{bezwaarclausule}} {{ondertekening}}')])).not.toThrow();
  });
});
