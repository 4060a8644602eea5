import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { VerzuimregelFout } from './verzuimregels.types';
import { beoordeelWettelijkVerzuim, type Verzuimregistratie } from './wettelijk-verzuim';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
// Lpw art 21a: 16 uur in 4 opeenvolgende lesweken, taken from the profile (wettelijk-standaard in all four).
const DREMPEL = register.voorGemeente('0193').regels.verzuim.wettelijkVerzuimDrempel.waarde;

function uren(...dagen: [string, number][]): Verzuimregistratie[] {
  return dagen.map(([datum, u]) => ({ datum, uren: u }));
}

function metRegistratie(registratie: Verzuimregistratie[], regio: Vakantieregio = 'noord') {
  return beoordeelWettelijkVerzuim({ registratie, beginDatum: registratie[0]?.datum ?? '2026-03-02', drempel: DREMPEL, kalender, regio });
}

describe('the profiles carry the legal threshold (Lpw art 21a)', () => {
  it.each(['0193', '0171', '1581', '0153'])('%s: 16 uur in 4 lesweken', (code) => {
    expect(register.voorGemeente(code).regels.verzuim.wettelijkVerzuimDrempel.waarde).toEqual({ uren: 16, lesweken: 4 });
  });
});

describe('with a per-day registration: ≥ 16 hours in some window of 4 consecutive lesweken (Lpw art 21a)', () => {
  it.each([
    {
      // Mon 9 – Thu 12 Mar 2026; the window runs on over the lesweken of 16, 23 and 30 March.
      geval: 'Lpw art 21a: 16 uur in one week',
      registratie: uren(['2026-03-09', 4], ['2026-03-10', 4], ['2026-03-11', 4], ['2026-03-12', 4]),
      regio: 'noord' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-03-09', totEnMet: '2026-04-05' },
      hoogste: 16,
    },
    {
      geval: 'Lpw art 21a "ten minste": 15.5 uur is not enough',
      registratie: uren(['2026-03-09', 4], ['2026-03-10', 4], ['2026-03-11', 4], ['2026-03-12', 3.5]),
      regio: 'noord' as const,
      uitkomst: 'niet-bereikt',
      venster: null,
      hoogste: 15.5,
    },
    {
      geval: 'Lpw art 21a: exactly 16 uur spread over 4 lesweken is bereikt (inclusive)',
      registratie: uren(['2026-03-02', 4], ['2026-03-10', 4], ['2026-03-18', 4], ['2026-03-26', 4]),
      regio: 'noord' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-03-02', totEnMet: '2026-03-29' },
      hoogste: 16,
    },
    {
      // Lesweken 2, 9, 16, 23 (no absence) and 30 March: every 4-week window holds 12 hours.
      geval: 'Lpw art 21a: 16 uur spread over 5 lesweken, no window of 4 reaches 16',
      registratie: uren(['2026-03-02', 4], ['2026-03-09', 4], ['2026-03-16', 4], ['2026-03-30', 4]),
      regio: 'noord' as const,
      uitkomst: 'niet-bereikt',
      venster: null,
      hoogste: 12,
    },
    {
      // Kerstvakantie 19 Dec 2026 – 3 Jan 2027 (all regions): the weeks of 21 and 28 December have no
      // lessons and neither count nor break the sequence; the window spans 6 calendar weeks.
      geval: 'Lpw art 21a; verzuim.md §1: a window across the kerstvakantie',
      registratie: uren(['2026-12-07', 4], ['2026-12-14', 4], ['2027-01-04', 4], ['2027-01-11', 4]),
      regio: 'midden' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-12-07', totEnMet: '2027-01-17' },
      hoogste: 16,
    },
    {
      // Noord herfstvakantie 10–18 Oct 2026: after the week of 5 October the window skips the week
      // of 12 October and takes the lesweken of 19 Oct, 26 Oct and 2 Nov: it ends on Sunday 8 November.
      geval: 'Lpw art 21a; verzuim.md §1: the window runs on past the registration and skips the herfstvakantie',
      registratie: uren(['2026-10-05', 8], ['2026-10-06', 8]),
      regio: 'noord' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-10-05', totEnMet: '2026-11-08' },
      hoogste: 16,
    },
    {
      // Midden herfstvakantie per OCW: 17–25 Oct 2026. Absence registered on 19 and 20 October shows
      // this school had lessons that week (its own calendar differs; inferred), so the week counts.
      geval: 'Lpw art 21a; domain README §2: a week with registered absence is a lesweek even in an OCW vacation',
      registratie: uren(['2026-10-19', 8], ['2026-10-20', 8]),
      regio: 'midden' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-10-19', totEnMet: '2026-11-15' },
      hoogste: 16,
    },
    {
      geval: 'Lpw art 21a: entries on one date are summed first (3 + 5 on 9 March)',
      registratie: uren(['2026-03-09', 3], ['2026-03-09', 5], ['2026-03-10', 8]),
      regio: 'noord' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-03-09', totEnMet: '2026-04-05' },
      hoogste: 16,
    },
    {
      geval: 'Lpw art 21a: a registration of only zero hours is no absence',
      registratie: uren(['2026-03-09', 0], ['2026-03-10', 0]),
      regio: 'noord' as const,
      uitkomst: 'niet-bereikt',
      venster: null,
      hoogste: 0,
    },
    {
      // Decimal lesson hours (45-minute lessons) must not fall short of 16 through float noise.
      geval: 'Lpw art 21a: 0.1-hour steps adding up to exactly 16 are bereikt',
      registratie: [...Array.from({ length: 150 }, () => ({ datum: '2026-03-09', uren: 0.1 })), { datum: '2026-03-10', uren: 1 }],
      regio: 'noord' as const,
      uitkomst: 'bereikt',
      venster: { van: '2026-03-09', totEnMet: '2026-04-05' },
      hoogste: 16,
    },
  ])('$geval', ({ registratie, regio, uitkomst, venster, hoogste }) => {
    expect(metRegistratie(registratie, regio)).toEqual({ uitkomst, venster, hoogsteUrenInVenster: hoogste, bron: 'Lpw art 21a' });
  });

  describe('around the herfstvakantie 2026 the same dates give different answers per region (Lpw art 21a; verzuim.md §1)', () => {
    // 4 hours on Mondays 28 Sep, 5 Oct, 19 Oct and 26 Oct 2026 (nothing in the week of 12 Oct).
    const registratie = uren(['2026-09-28', 4], ['2026-10-05', 4], ['2026-10-19', 4], ['2026-10-26', 4]);

    it.each([
      // noord: herfstvakantie 10–18 Oct, so the week of 12 Oct is no lesweek: 4 consecutive lesweken
      // 28 Sep, 5 Oct, 19 Oct, 26 Oct span 5 calendar weeks and hold 16 hours.
      { regio: 'noord' as const, uitkomst: 'bereikt', venster: { van: '2026-09-28', totEnMet: '2026-11-01' }, hoogste: 16 },
      // midden: herfstvakantie 17–25 Oct. The week of 12 Oct is a lesweek without absence; the week of
      // 19 Oct is a lesweek too because absence was registered in it (the school had lessons, inferred).
      // Five lesweken then; every window of 4 holds 12 hours.
      { regio: 'midden' as const, uitkomst: 'niet-bereikt', venster: null, hoogste: 12 },
      { regio: 'zuid' as const, uitkomst: 'niet-bereikt', venster: null, hoogste: 12 },
    ])('regio $regio → $uitkomst', ({ regio, uitkomst, venster, hoogste }) => {
      expect(metRegistratie(registratie, regio)).toEqual({ uitkomst, venster, hoogsteUrenInVenster: hoogste, bron: 'Lpw art 21a' });
    });
  });

  it('Lpw art 21a: the venster is the first window reaching 16; hoogsteUrenInVenster the most hours of any window', () => {
    const registratie = uren(['2026-03-02', 4], ['2026-03-03', 12], ['2026-05-11', 7], ['2026-05-12', 7], ['2026-05-13', 6]);
    expect(metRegistratie(registratie)).toEqual({
      uitkomst: 'bereikt',
      venster: { van: '2026-03-02', totEnMet: '2026-03-29' },
      hoogsteUrenInVenster: 20,
      bron: 'Lpw art 21a',
    });
  });

  it('Lpw art 21a: a window need not start with the first registered week', () => {
    // 4 hours on 2 March, then 16 hours from 30 March: the window of 2 March holds 4 (2, 9, 16, 23 March),
    // the one starting 30 March holds 16 and runs over 7, 13 and 20 April (meivakantie noord from 25 April).
    const registratie = uren(['2026-03-02', 4], ['2026-03-30', 8], ['2026-04-07', 8]);
    expect(metRegistratie(registratie)).toEqual({
      uitkomst: 'bereikt',
      venster: { van: '2026-03-30', totEnMet: '2026-04-26' },
      hoogsteUrenInVenster: 16,
      bron: 'Lpw art 21a',
    });
  });

  it('Lpw art 21a: an empty registration counts as none sent, so the totals decide', () => {
    const uitkomst = beoordeelWettelijkVerzuim({ registratie: [], totaalUren: 16, beginDatum: '2026-03-02', eindDatum: '2026-03-27', drempel: DREMPEL, kalender, regio: 'noord' });
    expect(uitkomst.uitkomst).toBe('bereikt');
  });

  it('uses the threshold passed in, not a literal 16/4 (a hand-built drempel of 10 uur in 2 lesweken)', () => {
    const registratie = uren(['2026-03-02', 5], ['2026-03-09', 5]);
    expect(beoordeelWettelijkVerzuim({ registratie, beginDatum: '2026-03-02', drempel: { uren: 10, lesweken: 2 }, kalender, regio: 'noord' })).toMatchObject({
      uitkomst: 'bereikt',
      venster: { van: '2026-03-02', totEnMet: '2026-03-15' },
    });
    expect(metRegistratie(registratie).uitkomst).toBe('niet-bereikt');
  });

  it('never guesses a lesweek: a schooljaar without vacation schedule throws the KalenderError (README util-kalender)', () => {
    // 2024-2025 is not loaded; whether the week of 14 October 2024 had lessons decides the answer.
    const registratie = uren(['2024-10-07', 8], ['2024-10-21', 8]);
    expect(() => metRegistratie(registratie)).toThrow(KalenderError);
    expect(() => metRegistratie(registratie)).toThrow(expect.objectContaining({ code: 'ROOSTER_ONTBREEKT' }));
  });
});

describe('without a registration: the melding totals (Lpw art 21a)', () => {
  function zonder(totaalUren: number | null, beginDatum: string, eindDatum: string | null, regio: Vakantieregio = 'noord') {
    return beoordeelWettelijkVerzuim({ totaalUren, beginDatum, eindDatum, drempel: DREMPEL, kalender, regio });
  }

  it.each([
    { geval: 'fewer than 16 uur → niet-bereikt', totaal: 10, begin: '2026-03-02', eind: '2026-03-27', regio: 'noord' as const, uitkomst: 'niet-bereikt', venster: null, hoogste: 10 },
    { geval: 'fewer than 16 uur over a longer period → niet-bereikt, hours not placeable', totaal: 15.5, begin: '2026-03-02', eind: '2026-04-24', regio: 'noord' as const, uitkomst: 'niet-bereikt', venster: null, hoogste: null },
    { geval: 'fewer than 16 uur without end date → niet-bereikt', totaal: 12, begin: '2026-03-02', eind: null, regio: 'noord' as const, uitkomst: 'niet-bereikt', venster: null, hoogste: null },
    { geval: '16 uur within 4 lesweken → bereikt', totaal: 16, begin: '2026-03-02', eind: '2026-03-27', regio: 'noord' as const, uitkomst: 'bereikt', venster: { van: '2026-03-02', totEnMet: '2026-03-29' }, hoogste: 16 },
    { geval: '30 uur within one lesweek → bereikt', totaal: 30, begin: '2026-03-09', eind: '2026-03-13', regio: 'noord' as const, uitkomst: 'bereikt', venster: { van: '2026-03-09', totEnMet: '2026-03-15' }, hoogste: 30 },
    { geval: '16 uur over 5 lesweken → onbepaald (the officer needs the overview)', totaal: 16, begin: '2026-03-02', eind: '2026-04-03', regio: 'noord' as const, uitkomst: 'onbepaald', venster: null, hoogste: null },
    { geval: '16 uur without end date → onbepaald', totaal: 20, begin: '2026-03-02', eind: null, regio: 'noord' as const, uitkomst: 'onbepaald', venster: null, hoogste: null },
    { geval: 'no total given → onbepaald', totaal: null, begin: '2026-03-02', eind: '2026-03-06', regio: 'noord' as const, uitkomst: 'onbepaald', venster: null, hoogste: null },
    // A Saturday start: the week of 2 March has no schooldag inside the period, so the period has 4 lesweken.
    { geval: 'a period starting on a Saturday counts the lesweken with a schooldag in it', totaal: 16, begin: '2026-03-07', eind: '2026-04-03', regio: 'noord' as const, uitkomst: 'bereikt', venster: { van: '2026-03-09', totEnMet: '2026-04-05' }, hoogste: 16 },
    // 14 Sep – 16 Oct 2026: noord has 4 lesweken (12–16 Oct is herfstvakantie), midden 5.
    { geval: 'herfstvakantie noord: 14 Sep – 16 Oct 2026 is 4 lesweken', totaal: 16, begin: '2026-09-14', eind: '2026-10-16', regio: 'noord' as const, uitkomst: 'bereikt', venster: { van: '2026-09-14', totEnMet: '2026-10-11' }, hoogste: 16 },
    { geval: 'herfstvakantie midden: the same period is 5 lesweken', totaal: 16, begin: '2026-09-14', eind: '2026-10-16', regio: 'midden' as const, uitkomst: 'onbepaald', venster: null, hoogste: null },
  ])('Lpw art 21a: $geval', ({ totaal, begin, eind, regio, uitkomst, venster, hoogste }) => {
    expect(zonder(totaal, begin, eind, regio)).toEqual({ uitkomst, venster, hoogsteUrenInVenster: hoogste, bron: 'Lpw art 21a' });
  });
});

describe('refusals (VerzuimregelFout): the message names the field, never the value', () => {
  function fout(aanroep: () => unknown): VerzuimregelFout {
    try {
      aanroep();
    } catch (e) {
      if (e instanceof VerzuimregelFout) return e;
      throw e;
    }
    throw new Error('geen fout');
  }
  const basis = { beginDatum: '2026-03-02', drempel: DREMPEL, kalender, regio: 'noord' as const };

  it.each([
    ['negative hours', uren(['2026-03-02', -1]), 'ONGELDIGE_REGISTRATIE', 'registratie.uren', '-1'],
    ['NaN hours', uren(['2026-03-02', Number.NaN]), 'ONGELDIGE_REGISTRATIE', 'registratie.uren', 'NaN'],
    ['infinite hours', uren(['2026-03-02', Number.POSITIVE_INFINITY]), 'ONGELDIGE_REGISTRATIE', 'registratie.uren', 'Infinity'],
    ['more than 24 hours on one date, after summing', uren(['2026-03-02', 13], ['2026-03-02', 12]), 'ONGELDIGE_REGISTRATIE', 'registratie.uren', '25'],
    ['a date that does not exist', uren(['2026-02-30', 4]), 'ONGELDIGE_REGISTRATIE', 'registratie.datum', '2026-02-30'],
    ['a date in the wrong format', uren(['02-03-2026', 4]), 'ONGELDIGE_REGISTRATIE', 'registratie.datum', '02-03-2026'],
  ])('%s', (_wat, registratie, code, veld, waarde) => {
    const f = fout(() => beoordeelWettelijkVerzuim({ ...basis, registratie }));
    expect(f).toMatchObject({ code, veld });
    expect(f.message).toContain(veld);
    expect(f.message).not.toContain(waarde);
  });

  it('accepts exactly 24 hours on one date', () => {
    expect(beoordeelWettelijkVerzuim({ ...basis, registratie: uren(['2026-03-02', 24]) }).uitkomst).toBe('bereikt');
  });

  it.each([
    ['a bad begin date', { beginDatum: '2026-13-01' }, 'ONGELDIGE_DATUM', 'beginDatum'],
    ['a bad end date', { eindDatum: '2026-02-29' }, 'ONGELDIGE_DATUM', 'eindDatum'],
    ['an end before the begin', { eindDatum: '2026-03-01' }, 'ONGELDIGE_DATUM', 'eindDatum'],
    ['a negative total', { totaalUren: -3 }, 'ONGELDIGE_REGISTRATIE', 'totaalUren'],
    ['a NaN total', { totaalUren: Number.NaN }, 'ONGELDIGE_REGISTRATIE', 'totaalUren'],
  ])('%s', (_wat, invoer, code, veld) => {
    expect(fout(() => beoordeelWettelijkVerzuim({ ...basis, totaalUren: 16, ...invoer }))).toMatchObject({ code, veld });
  });
});
