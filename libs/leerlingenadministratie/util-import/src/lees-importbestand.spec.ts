import { DOSSIER_GRONDEN, type DossierGrond } from '@leerrecht/shared/util-instructie';
import type { ImportContext, ImportFout, ImportFoutCode, ImportResultaat, Importsoort } from './import.types';
import { IMPORT_KOLOMMEN, leesImportbestand } from './lees-importbestand';

// Elfproef-valid synthetic BSNs from the 9999xxxxx test range.
const BSN = ['999990007', '999990019', '999990020', '999990032', '999990044', '999990056'] as const;

/** Zwolle (0193) allows every ground, Kampen (0166) only two; Hattem (0244) is not the user's. */
const GRONDEN_KAMPEN: readonly DossierGrond[] = ['absoluut-verzuim', 'verzuimmelding'];
const SCHOLEN = new Map<string, readonly string[]>([
  ['12AB', ['00', '01']],
  ['34CD', []],
]);

const CONTEXT: ImportContext = {
  gemeenten: new Set(['0193', '0166']),
  bestaandeSchool: (brin, locatie) => {
    const locaties = SCHOLEN.get(brin);
    return locaties !== undefined && (locatie === undefined || locaties.includes(locatie));
  },
  dossierGronden: (gemeente) => (gemeente === '0166' ? GRONDEN_KAMPEN : DOSSIER_GRONDEN),
  vandaag: '2026-03-15',
};

type Rij = Record<string, string>;

function csv(kolommen: readonly string[], rijen: readonly Rij[], scheiding: ';' | ',' = ';', eol = '\n'): string {
  const regel = (cellen: string[]): string => cellen.join(scheiding);
  return [regel([...kolommen]), ...rijen.map((r) => regel(kolommen.map((k) => r[k] ?? '')))].join(eol) + eol;
}

const KOP: { [S in Importsoort]: string[] } = {
  personen: IMPORT_KOLOMMEN.personen.map((k) => k.naam),
  inschrijvingen: IMPORT_KOLOMMEN.inschrijvingen.map((k) => k.naam),
  dossiers: IMPORT_KOLOMMEN.dossiers.map((k) => k.naam),
};

const GOED: { [S in Importsoort]: Rij } = {
  personen: { bsn: BSN[0], voornamen: 'Fenna Jolien', voorvoegsel: 'van der', geslachtsnaam: 'Berg', geslacht: 'V', geboortedatum: '2012-05-04', gemeente: '0193' },
  inschrijvingen: {
    bsn: BSN[0],
    gemeente: '0193',
    brin: '12AB',
    onderwijslocatie: '01',
    onderwijssoort: 'VO',
    datum_inschrijving: '2024-09-01',
    datum_uitschrijving: '2025-07-18',
  },
  dossiers: { bsn: BSN[0], gemeente: '0193', reden: 'relatief-of-overig-verzuim', geopend_op: '2025-01-10', kenmerk_bron: 'JVS-2025-000123' },
};

function lees<S extends Importsoort>(soort: S, tekst: string): ImportResultaat<unknown> {
  return leesImportbestand(tekst, soort, CONTEXT);
}

const kort = (fouten: readonly ImportFout[]): { regel: number; veld?: string; code: ImportFoutCode }[] =>
  fouten.map(({ regel, veld, code }) => (veld === undefined ? { regel, code } : { regel, veld, code }));

describe('leesImportbestand — a good row of each soort', () => {
  it('personen: a good row becomes an ImportPersoon at line 2', () => {
    expect(leesImportbestand(csv(KOP.personen, [GOED.personen]), 'personen', CONTEXT)).toEqual({
      rijen: [
        {
          regel: 2,
          waarde: { bsn: BSN[0], voornamen: 'Fenna Jolien', voorvoegsel: 'van der', geslachtsnaam: 'Berg', geslacht: 'V', geboortedatum: '2012-05-04', gemeente: '0193' },
        },
      ],
      fouten: [],
    });
  });

  it('personen: optional cells left empty are absent, not empty strings; lower-case geslacht is accepted', () => {
    const tekst = csv(KOP.personen, [{ ...GOED.personen, voorvoegsel: '', geslacht: '' }, { ...GOED.personen, bsn: BSN[1], geslacht: 'm' }]);
    const { rijen, fouten } = leesImportbestand(tekst, 'personen', CONTEXT);
    expect(fouten).toEqual([]);
    expect(rijen[0].waarde).toEqual({ bsn: BSN[0], voornamen: 'Fenna Jolien', geslachtsnaam: 'Berg', geboortedatum: '2012-05-04', gemeente: '0193' });
    expect(rijen[1].waarde.geslacht).toBe('M');
  });

  it('inschrijvingen: keeps the original dates, normalised to JJJJ-MM-DD', () => {
    const tekst = csv(KOP.inschrijvingen, [{ ...GOED.inschrijvingen, datum_inschrijving: '01-09-2024', onderwijssoort: 'vo' }]);
    expect(leesImportbestand(tekst, 'inschrijvingen', CONTEXT)).toEqual({
      rijen: [
        {
          regel: 2,
          waarde: { bsn: BSN[0], gemeente: '0193', brin: '12AB', onderwijslocatie: '01', onderwijssoort: 'VO', datumInschrijving: '2024-09-01', datumUitschrijving: '2025-07-18' },
        },
      ],
      fouten: [],
    });
  });

  it('inschrijvingen: without onderwijslocatie and uitschrijving (an enrolment still running)', () => {
    const tekst = csv(KOP.inschrijvingen, [{ ...GOED.inschrijvingen, brin: '34CD', onderwijslocatie: '', datum_uitschrijving: '' }]);
    expect(leesImportbestand(tekst, 'inschrijvingen', CONTEXT).rijen.map((r) => r.waarde)).toEqual([
      { bsn: BSN[0], gemeente: '0193', brin: '34CD', onderwijssoort: 'VO', datumInschrijving: '2024-09-01' },
    ]);
  });

  it('dossiers: keeps the JVS case id for traceability', () => {
    expect(leesImportbestand(csv(KOP.dossiers, [GOED.dossiers]), 'dossiers', CONTEXT)).toEqual({
      rijen: [{ regel: 2, waarde: { bsn: BSN[0], gemeente: '0193', reden: 'relatief-of-overig-verzuim', geopendOp: '2025-01-10', kenmerkBron: 'JVS-2025-000123' } }],
      fouten: [],
    });
  });
});

/** One change to a good row and the single problem it must cause. */
type Geval = [omschrijving: string, soort: Importsoort, wijziging: Rij, veld: string, code: ImportFoutCode];

const GEVALLEN: Geval[] = [
  // BSN (elfproef, Logius BSN-specificatie)
  ['bsn fails the elfproef', 'personen', { bsn: '999990008' }, 'bsn', 'ONGELDIG_BSN'],
  ['bsn of 8 digits (a spreadsheet dropped the leading zero)', 'inschrijvingen', { bsn: '12345678' }, 'bsn', 'ONGELDIG_BSN'],
  ['bsn with letters', 'dossiers', { bsn: '99999000A' }, 'bsn', 'ONGELDIG_BSN'],
  ['bsn empty', 'personen', { bsn: '' }, 'bsn', 'VERPLICHT_VELD'],
  // Required cells
  ['voornamen empty', 'personen', { voornamen: '' }, 'voornamen', 'VERPLICHT_VELD'],
  ['geslachtsnaam empty', 'personen', { geslachtsnaam: '' }, 'geslachtsnaam', 'VERPLICHT_VELD'],
  ['geboortedatum empty', 'personen', { geboortedatum: '' }, 'geboortedatum', 'VERPLICHT_VELD'],
  ['onderwijssoort empty', 'inschrijvingen', { onderwijssoort: '' }, 'onderwijssoort', 'VERPLICHT_VELD'],
  ['datum_inschrijving empty', 'inschrijvingen', { datum_inschrijving: '' }, 'datum_inschrijving', 'VERPLICHT_VELD'],
  ['brin empty', 'inschrijvingen', { brin: '' }, 'brin', 'VERPLICHT_VELD'],
  ['reden empty', 'dossiers', { reden: '' }, 'reden', 'VERPLICHT_VELD'],
  ['geopend_op empty', 'dossiers', { geopend_op: '' }, 'geopend_op', 'VERPLICHT_VELD'],
  ['kenmerk_bron empty', 'dossiers', { kenmerk_bron: '' }, 'kenmerk_bron', 'VERPLICHT_VELD'],
  ['gemeente empty', 'dossiers', { gemeente: '' }, 'gemeente', 'VERPLICHT_VELD'],
  // Text
  ['geslachtsnaam longer than 200', 'personen', { geslachtsnaam: 'x'.repeat(201) }, 'geslachtsnaam', 'ONGELDIGE_TEKST'],
  ['kenmerk_bron longer than 100', 'dossiers', { kenmerk_bron: 'J'.repeat(101) }, 'kenmerk_bron', 'ONGELDIGE_TEKST'],
  ['geslacht not M, V or O', 'personen', { geslacht: 'X' }, 'geslacht', 'ONGELDIGE_WAARDE'],
  // Dates
  ['geboortedatum impossible', 'personen', { geboortedatum: '2014-02-30' }, 'geboortedatum', 'ONGELDIGE_DATUM'],
  ['geboortedatum impossible (DD-MM-JJJJ)', 'personen', { geboortedatum: '31-04-2014' }, 'geboortedatum', 'ONGELDIGE_DATUM'],
  ['geboortedatum in the future', 'personen', { geboortedatum: '2026-03-16' }, 'geboortedatum', 'DATUM_IN_TOEKOMST'],
  ['geboortedatum more than 30 years ago', 'personen', { geboortedatum: '1996-03-14' }, 'geboortedatum', 'DATUM_TE_OUD'],
  ['datum_inschrijving impossible', 'inschrijvingen', { datum_inschrijving: '2026-02-30' }, 'datum_inschrijving', 'ONGELDIGE_DATUM'],
  ['datum_inschrijving after vandaag', 'inschrijvingen', { datum_inschrijving: '2026-03-16', datum_uitschrijving: '' }, 'datum_inschrijving', 'DATUM_IN_TOEKOMST'],
  ['datum_uitschrijving impossible', 'inschrijvingen', { datum_uitschrijving: '2025-13-01' }, 'datum_uitschrijving', 'ONGELDIGE_DATUM'],
  ['datum_uitschrijving before datum_inschrijving', 'inschrijvingen', { datum_uitschrijving: '2024-08-31' }, 'datum_uitschrijving', 'ONGELDIGE_PERIODE'],
  ['geopend_op impossible', 'dossiers', { geopend_op: '2025-02-29' }, 'geopend_op', 'ONGELDIGE_DATUM'],
  ['geopend_op after vandaag', 'dossiers', { geopend_op: '2026-04-01' }, 'geopend_op', 'DATUM_IN_TOEKOMST'],
  // Gemeente: only the user's own gemeenten
  ['gemeente of another region', 'personen', { gemeente: '0244' }, 'gemeente', 'GEMEENTE_NIET_TOEGESTAAN'],
  ['gemeente of another region', 'inschrijvingen', { gemeente: '0244' }, 'gemeente', 'GEMEENTE_NIET_TOEGESTAAN'],
  ['gemeente of another region', 'dossiers', { gemeente: '0244' }, 'gemeente', 'GEMEENTE_NIET_TOEGESTAAN'],
  ['gemeente not a CBS code', 'personen', { gemeente: 'GM0193' }, 'gemeente', 'ONGELDIGE_GEMEENTE'],
  // School
  ['brin not in the scholenregister', 'inschrijvingen', { brin: '99ZZ', onderwijslocatie: '' }, 'brin', 'ONBEKENDE_SCHOOL'],
  ['brin malformed', 'inschrijvingen', { brin: '12ABC' }, 'brin', 'ONGELDIG_BRIN'],
  ['brin in lower case (the app refuses it too)', 'inschrijvingen', { brin: '12ab' }, 'brin', 'ONGELDIG_BRIN'],
  ['onderwijslocatie not at this BRIN', 'inschrijvingen', { onderwijslocatie: '07' }, 'onderwijslocatie', 'ONBEKENDE_ONDERWIJSLOCATIE'],
  ['onderwijslocatie with other characters', 'inschrijvingen', { onderwijslocatie: '01/02' }, 'onderwijslocatie', 'ONGELDIGE_WAARDE'],
  ['onderwijssoort unknown', 'inschrijvingen', { onderwijssoort: 'BUITENLAND' }, 'onderwijssoort', 'ONBEKENDE_ONDERWIJSSOORT'],
  // Dossier ground: only the gemeente's grounds (000 art 4 lid 1; 003 art 4 lid 1)
  ['reden not a known ground', 'dossiers', { reden: 'zorgen' }, 'reden', 'ONBEKENDE_REDEN'],
  ['reden not a ground in Kampen', 'dossiers', { gemeente: '0166', reden: 'jikp' }, 'reden', 'REDEN_NIET_TOEGESTAAN'],
];

describe('leesImportbestand — every rule, one problem per row', () => {
  it.each(GEVALLEN)('%s (%s) → %s %s', (_omschrijving, soort, wijziging, veld, code) => {
    const rij = { ...GOED[soort], ...wijziging };
    const { rijen, fouten } = lees(soort, csv(KOP[soort], [rij]));
    expect(rijen).toEqual([]);
    expect(kort(fouten)).toEqual([{ regel: 2, veld, code }]);
    // The reason names the field and never echoes the value, which may be personal data.
    expect(fouten[0].reden).toContain(veld);
    for (const waarde of Object.values(wijziging).filter((w) => w.length >= 2)) {
      expect(fouten[0].reden).not.toContain(waarde);
    }
  });

  it.each([
    ['exactly 30 years old today', '1996-03-15'],
    ['born today', '2026-03-15'],
  ])('geboortedatum on the edge is accepted: %s', (_omschrijving, geboortedatum) => {
    expect(lees('personen', csv(KOP.personen, [{ ...GOED.personen, geboortedatum }])).fouten).toEqual([]);
  });

  it.each([
    ['inschrijving today', { datum_inschrijving: '2026-03-15', datum_uitschrijving: '' }],
    ['uitschrijving on the day of inschrijving', { datum_uitschrijving: '2024-09-01' }],
    ['a planned uitschrijving after today', { datum_uitschrijving: '2026-07-17' }],
  ])('inschrijvingen on the edge are accepted: %s', (_omschrijving, wijziging) => {
    expect(lees('inschrijvingen', csv(KOP.inschrijvingen, [{ ...GOED.inschrijvingen, ...wijziging }])).fouten).toEqual([]);
  });

  it('reden allowed in Kampen is accepted there', () => {
    expect(lees('dossiers', csv(KOP.dossiers, [{ ...GOED.dossiers, gemeente: '0166', reden: 'absoluut-verzuim' }])).fouten).toEqual([]);
  });
});

describe('leesImportbestand — a row with several problems lists each of them', () => {
  it('personen', () => {
    const rij = { ...GOED.personen, bsn: '123456789', geslachtsnaam: '', geslacht: 'Q', geboortedatum: '2030-01-01', gemeente: '0244' };
    expect(kort(lees('personen', csv(KOP.personen, [rij])).fouten)).toEqual([
      { regel: 2, veld: 'bsn', code: 'ONGELDIG_BSN' },
      { regel: 2, veld: 'geslachtsnaam', code: 'VERPLICHT_VELD' },
      { regel: 2, veld: 'geslacht', code: 'ONGELDIGE_WAARDE' },
      { regel: 2, veld: 'geboortedatum', code: 'DATUM_IN_TOEKOMST' },
      { regel: 2, veld: 'gemeente', code: 'GEMEENTE_NIET_TOEGESTAAN' },
    ]);
  });

  it('inschrijvingen', () => {
    const rij = { ...GOED.inschrijvingen, brin: '99ZZ', onderwijssoort: 'LO', datum_inschrijving: '2026-04-01', datum_uitschrijving: '2026-03-01' };
    expect(kort(lees('inschrijvingen', csv(KOP.inschrijvingen, [rij])).fouten)).toEqual([
      { regel: 2, veld: 'brin', code: 'ONBEKENDE_SCHOOL' },
      { regel: 2, veld: 'onderwijssoort', code: 'ONBEKENDE_ONDERWIJSSOORT' },
      { regel: 2, veld: 'datum_inschrijving', code: 'DATUM_IN_TOEKOMST' },
      { regel: 2, veld: 'datum_uitschrijving', code: 'ONGELDIGE_PERIODE' },
    ]);
  });

  it('dossiers', () => {
    const rij = { ...GOED.dossiers, gemeente: '0166', reden: 'signalen', geopend_op: '31-02-2025', kenmerk_bron: '' };
    expect(kort(lees('dossiers', csv(KOP.dossiers, [rij])).fouten)).toEqual([
      { regel: 2, veld: 'reden', code: 'REDEN_NIET_TOEGESTAAN' },
      { regel: 2, veld: 'geopend_op', code: 'ONGELDIGE_DATUM' },
      { regel: 2, veld: 'kenmerk_bron', code: 'VERPLICHT_VELD' },
    ]);
  });
});

describe('leesImportbestand — duplicates within one file', () => {
  it.each<[Importsoort, Rij, Rij]>([
    ['personen', GOED.personen, { voornamen: 'Anders' }],
    ['dossiers', GOED.dossiers, { reden: 'absoluut-verzuim', kenmerk_bron: 'JVS-2' }],
    // The same day written the other way is the same key.
    ['inschrijvingen', GOED.inschrijvingen, { datum_inschrijving: '01-09-2024', onderwijssoort: 'PRO' }],
  ])('%s: a later row with the same key is refused and names the earlier line', (soort, goed, anders) => {
    const tekst = csv(KOP[soort], [goed, { ...goed, bsn: BSN[1] }, { ...goed, ...anders }]);
    const { rijen, fouten } = lees(soort, tekst);
    expect(rijen.map((r) => r.regel)).toEqual([2, 3]);
    expect(kort(fouten)).toEqual([{ regel: 4, code: 'DUBBELE_RIJ' }]);
    expect(fouten[0].reden).toContain('regel 2');
  });

  it.each<[Importsoort, Rij]>([
    ['personen', { gemeente: '0166' }],
    ['dossiers', { gemeente: '0166', reden: 'verzuimmelding' }],
    ['inschrijvingen', { brin: '34CD', onderwijslocatie: '' }],
    ['inschrijvingen', { datum_inschrijving: '2025-09-01', datum_uitschrijving: '' }],
  ])('%s: a row differing in one key field is not a duplicate (%j)', (soort, anders) => {
    const { rijen, fouten } = lees(soort, csv(KOP[soort], [GOED[soort], { ...GOED[soort], ...anders }]));
    expect(fouten).toEqual([]);
    expect(rijen).toHaveLength(2);
  });

  it('a duplicate that also has other problems lists them all', () => {
    const tekst = csv(KOP.personen, [GOED.personen, { ...GOED.personen, geboortedatum: '2014-02-30' }]);
    expect(kort(lees('personen', tekst).fouten)).toEqual([
      { regel: 3, veld: 'geboortedatum', code: 'ONGELDIGE_DATUM' },
      { regel: 3, code: 'DUBBELE_RIJ' },
    ]);
  });
});

describe('leesImportbestand — header', () => {
  it('column names are case-insensitive and in any order', () => {
    const kolommen = ['Gemeente', 'GESLACHTSNAAM', 'bsn', 'Voornamen', 'geboortedatum'];
    const { rijen, fouten } = leesImportbestand(csv(kolommen, [{ ...GOED.personen, Gemeente: '0193', GESLACHTSNAAM: 'Berg', Voornamen: 'Fenna' }]), 'personen', CONTEXT);
    expect(fouten).toEqual([]);
    expect(rijen[0].waarde).toEqual({ bsn: BSN[0], voornamen: 'Fenna', geslachtsnaam: 'Berg', geboortedatum: '2012-05-04', gemeente: '0193' });
  });

  it('an unknown column gives one error on line 1 naming its position, and the rows are still read', () => {
    const { rijen, fouten } = lees('dossiers', csv([...KOP.dossiers, 'opmerking', 'behandelaar'], [{ ...GOED.dossiers, opmerking: 'geheim' }]));
    expect(rijen).toHaveLength(1);
    expect(kort(fouten)).toEqual([{ regel: 1, code: 'ONBEKENDE_KOLOM' }]);
    expect(fouten[0].reden).toContain('positie 6, 7');
  });

  it('a missing required column gives one error naming it and no rows', () => {
    const kolommen = KOP.inschrijvingen.filter((k) => k !== 'brin' && k !== 'onderwijssoort');
    const { rijen, fouten } = lees('inschrijvingen', csv(kolommen, [GOED.inschrijvingen]));
    expect(rijen).toEqual([]);
    expect(kort(fouten)).toEqual([{ regel: 1, code: 'ONTBREKENDE_KOLOM' }]);
    expect(fouten[0].reden).toContain('brin en onderwijssoort');
  });

  it('optional columns may be left out of the header', () => {
    const kolommen = KOP.inschrijvingen.filter((k) => k !== 'onderwijslocatie' && k !== 'datum_uitschrijving');
    const { rijen, fouten } = lees('inschrijvingen', csv(kolommen, [GOED.inschrijvingen]));
    expect(fouten).toEqual([]);
    expect(rijen).toHaveLength(1);
  });

  it('a column named twice gives an error and no rows', () => {
    const { rijen, fouten } = lees('dossiers', csv([...KOP.dossiers, 'BSN'], [GOED.dossiers]));
    expect(rijen).toEqual([]);
    expect(kort(fouten)).toEqual([{ regel: 1, code: 'DUBBELE_KOLOM' }]);
  });

  it('a file without a header row (data on line 1) is refused without echoing that data', () => {
    const tekst = csv(KOP.personen, [GOED.personen]).split('\n').slice(1).join('\n');
    const { rijen, fouten } = lees('personen', tekst);
    expect(rijen).toEqual([]);
    expect(fouten.map((f) => f.code)).toEqual(['ONBEKENDE_KOLOM', 'ONTBREKENDE_KOLOM']);
    for (const f of fouten) {
      expect(f.reden).not.toContain(BSN[0]);
      expect(f.reden).not.toContain('Berg');
    }
  });

  it.each(['', '\uFEFF', '\n\n'])('an empty file (%j) gives one error and no rows', (tekst) => {
    expect(lees('personen', tekst)).toEqual({ rijen: [], fouten: [expect.objectContaining({ regel: 1, code: 'LEEG_BESTAND' })] });
  });
});

describe('leesImportbestand — file format', () => {
  it.each([
    ['; with LF', ';', '\n'],
    [', with LF', ',', '\n'],
    ['; with CRLF', ';', '\r\n'],
    [', with CRLF', ',', '\r\n'],
  ] as const)('reads %s', (_omschrijving, scheiding, eol) => {
    const { rijen, fouten } = lees('personen', csv(KOP.personen, [GOED.personen, { ...GOED.personen, bsn: BSN[1] }], scheiding, eol));
    expect(fouten).toEqual([]);
    expect(rijen.map((r) => r.regel)).toEqual([2, 3]);
  });

  it('reads UTF-8 with a BOM, and names with diacritics', () => {
    const tekst = '\uFEFF' + csv(KOP.personen, [{ ...GOED.personen, voornamen: 'Zoë Eliën', geslachtsnaam: 'Çelik' }]);
    const { rijen, fouten } = leesImportbestand(tekst, 'personen', CONTEXT);
    expect(fouten).toEqual([]);
    expect(rijen[0].waarde).toMatchObject({ bsn: BSN[0], voornamen: 'Zoë Eliën', geslachtsnaam: 'Çelik' });
  });

  it('trims whitespace around cells and treats a blank optional cell as absent', () => {
    const tekst = ['bsn ; Voornamen ; voorvoegsel;geslachtsnaam;geboortedatum;gemeente', ` ${BSN[0]} ; Fenna ;   ; " Berg " ; 2012-05-04 ;0193 `].join('\n');
    expect(leesImportbestand(tekst, 'personen', CONTEXT).rijen[0]?.waarde).toEqual({
      bsn: BSN[0],
      voornamen: 'Fenna',
      geslachtsnaam: 'Berg',
      geboortedatum: '2012-05-04',
      gemeente: '0193',
    });
  });

  it('a comma inside a quoted name does not split it in a comma-separated file', () => {
    const tekst = ['bsn,voornamen,geslachtsnaam,geboortedatum,gemeente', `${BSN[0]},"Fenna, Jolien",Berg,04-05-2012,0193`].join('\r\n');
    expect(leesImportbestand(tekst, 'personen', CONTEXT).rijen[0]?.waarde.voornamen).toBe('Fenna, Jolien');
  });

  it('a row with more or fewer cells than the header is one error, not a cascade of misaligned ones', () => {
    const tekst = [KOP.dossiers.join(';'), `${BSN[0]};0193;absoluut-verzuim;2025-01-10;JVS-1;extra`, `${BSN[1]};0193;absoluut-verzuim`, `${BSN[2]};0193;absoluut-verzuim;2025-01-10;JVS-3`].join('\n');
    const { rijen, fouten } = lees('dossiers', tekst);
    expect(kort(fouten)).toEqual([
      { regel: 2, code: 'AANTAL_VELDEN' },
      { regel: 3, code: 'AANTAL_VELDEN' },
    ]);
    expect(rijen.map((r) => r.regel)).toEqual([4]);
  });
});

describe('leesImportbestand — mixed files: bad rows never stop good ones, lines stay physical', () => {
  it('counts a quoted newline so later rows keep their real line numbers', () => {
    const regels = [
      KOP.personen.join(';'),
      `${BSN[0]};Fenna;;Berg;V;2012-05-04;0193`,
      // Lines 3–4: one record whose name holds a newline (a broken export).
      `${BSN[1]};"Daan`,
      `Pieter";;Smit;M;2011-11-30;0193`,
      `${BSN[2]};Sem;;Jansen;M;2013-02-30;0193`,
      '',
      `${BSN[3]};Lotte;de;Vries;V;2010-01-01;0193`,
    ];
    const { rijen, fouten } = lees('personen', regels.join('\n'));
    expect(rijen.map((r) => r.regel)).toEqual([2, 7]);
    expect(kort(fouten)).toEqual([
      { regel: 3, veld: 'voornamen', code: 'ONGELDIGE_TEKST' },
      { regel: 5, veld: 'geboortedatum', code: 'ONGELDIGE_DATUM' },
    ]);
  });

  it('inschrijvingen: good and bad rows interleaved, errors sorted by line', () => {
    const tekst = csv(KOP.inschrijvingen, [
      GOED.inschrijvingen,
      { ...GOED.inschrijvingen, bsn: BSN[1], gemeente: '0244' },
      { ...GOED.inschrijvingen, bsn: BSN[2], brin: '34CD', onderwijslocatie: '', onderwijssoort: 'MBO' },
      { ...GOED.inschrijvingen, bsn: BSN[3], datum_uitschrijving: '2020-01-01' },
      { ...GOED.inschrijvingen, bsn: BSN[4], onderwijssoort: 'vavo', datum_uitschrijving: '' },
    ]);
    const { rijen, fouten } = lees('inschrijvingen', tekst);
    expect(rijen.map((r) => r.regel)).toEqual([2, 4, 6]);
    expect(kort(fouten)).toEqual([
      { regel: 3, veld: 'gemeente', code: 'GEMEENTE_NIET_TOEGESTAAN' },
      { regel: 5, veld: 'datum_uitschrijving', code: 'ONGELDIGE_PERIODE' },
    ]);
  });

  it('an unclosed quote is reported where it starts; rows before it are kept', () => {
    const tekst = [KOP.dossiers.join(';'), `${BSN[0]};0193;absoluut-verzuim;2025-01-10;JVS-1`, `${BSN[1]};0193;"absoluut-verzuim;2025-01-10;JVS-2`, `${BSN[2]};0193;absoluut-verzuim;2025-01-10;JVS-3`].join('\n');
    const { rijen, fouten } = lees('dossiers', tekst);
    expect(rijen.map((r) => r.regel)).toEqual([2]);
    expect(kort(fouten)).toEqual([{ regel: 3, code: 'ONLEESBARE_REGEL' }]);
  });
});

describe('leesImportbestand — context', () => {
  it('refuses to run without a valid vandaag (the clock is injected, never guessed)', () => {
    expect(() => leesImportbestand(csv(KOP.personen, [GOED.personen]), 'personen', { ...CONTEXT, vandaag: '2026-02-30' })).toThrow(/vandaag/);
  });

  it('asks the scholenregister only about well-formed BRINs and the dossier grounds only for own gemeenten', () => {
    const gevraagdeScholen: string[] = [];
    const gevraagdeGemeenten: string[] = [];
    const context: ImportContext = {
      ...CONTEXT,
      bestaandeSchool: (brin, locatie) => {
        gevraagdeScholen.push(`${brin}/${locatie ?? ''}`);
        return CONTEXT.bestaandeSchool(brin, locatie);
      },
      dossierGronden: (gemeente) => {
        gevraagdeGemeenten.push(gemeente);
        return CONTEXT.dossierGronden(gemeente);
      },
    };
    leesImportbestand(csv(KOP.inschrijvingen, [GOED.inschrijvingen, { ...GOED.inschrijvingen, brin: 'XX' }]), 'inschrijvingen', context);
    leesImportbestand(csv(KOP.dossiers, [GOED.dossiers, { ...GOED.dossiers, gemeente: '0244' }]), 'dossiers', context);
    expect(gevraagdeScholen).toEqual(['12AB/', '12AB/01']);
    expect(gevraagdeGemeenten).toEqual(['0193']);
  });
});
