import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { VERLEEND_VERLOF_BRON, isEersteOvertreding, stelLuxeVerzuimVoor, type EerdereMaatregel } from './luxe-verzuim';
import { VerzuimregelFout, type Regels } from './verzuimregels.types';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
const IJSSEL_VECHT = register.voorGemeente('0193').regels; // Zwolle: 000 + 002
const NOORDOOSTPOLDER = register.voorGemeente('0171').regels; // 001
const ZUID_OOST_UTRECHT = register.voorGemeente('1581').regels; // Utrechtse Heuvelrug: 003
const TWENTE = register.voorGemeente('0153').regels; // Enschede: 004

/** Hand-built: a gemeente that configures both luxe-verzuim rules (no profile does). */
const BEIDE: Regels = {
  ...IJSSEL_VECHT,
  handhaving: {
    ...IJSSEL_VECHT.handhaving,
    luxeVerzuimPvVerplichtBovenDagen: { waarde: 2, bron: 'test: pv boven 2 dagen', status: 'vastgesteld' },
  },
};

describe('stelLuxeVerzuimVoor (002 §7; 003 art 6 lid 11; handhaving.md §3, §6.3)', () => {
  it.each([
    { geval: '002 §7: 1 day, first time → waarschuwing (IJssel-Vecht)', regels: IJSSEL_VECHT, dagen: 1, eerste: true, voorstel: 'waarschuwing', bron: '002 §7' },
    { geval: '002 §7: half a day, first time → waarschuwing (IJssel-Vecht)', regels: IJSSEL_VECHT, dagen: 0.5, eerste: true, voorstel: 'waarschuwing', bron: '002 §7' },
    { geval: '002 §7: 2 days, first time → onderzoek (IJssel-Vecht)', regels: IJSSEL_VECHT, dagen: 2, eerste: true, voorstel: 'onderzoek', bron: '002 §7' },
    { geval: '002 §7: 1 day, recidive → onderzoek (IJssel-Vecht has no PV threshold)', regels: IJSSEL_VECHT, dagen: 1, eerste: false, voorstel: 'onderzoek', bron: '002 §7' },
    { geval: '003 art 6 lid 11: 1 day, first time → onderzoek (no warning rule)', regels: ZUID_OOST_UTRECHT, dagen: 1, eerste: true, voorstel: 'onderzoek', bron: '003 art 6 lid 11; 003 art 6 lid 11 a' },
    { geval: '003 art 6 lid 11 a: 2 days, first time → onderzoek ("meer dan twee dagen")', regels: ZUID_OOST_UTRECHT, dagen: 2, eerste: true, voorstel: 'onderzoek', bron: '003 art 6 lid 11; 003 art 6 lid 11 a' },
    { geval: '003 art 6 lid 11 a: 3 days, first time → proces-verbaal', regels: ZUID_OOST_UTRECHT, dagen: 3, eerste: true, voorstel: 'proces-verbaal', bron: '003 art 6 lid 11 a' },
    { geval: '003 art 6 lid 11 a: 1 day, recidive → proces-verbaal', regels: ZUID_OOST_UTRECHT, dagen: 1, eerste: false, voorstel: 'proces-verbaal', bron: '003 art 6 lid 11 a' },
    { geval: 'Lpw art 22 (001 zwijgt): 1 day, first time → onderzoek (Noordoostpolder)', regels: NOORDOOSTPOLDER, dagen: 1, eerste: true, voorstel: 'onderzoek', bron: 'Lpw art 22 (001 zwijgt)' },
    { geval: 'Lpw art 22 (001 zwijgt): 5 days, first time → onderzoek (Noordoostpolder)', regels: NOORDOOSTPOLDER, dagen: 5, eerste: true, voorstel: 'onderzoek', bron: 'Lpw art 22 (001 zwijgt)' },
    { geval: 'Lpw art 22 (001 zwijgt): 10 days, recidive → onderzoek (Noordoostpolder)', regels: NOORDOOSTPOLDER, dagen: 10, eerste: false, voorstel: 'onderzoek', bron: 'Lpw art 22 (001 zwijgt)' },
    { geval: 'Lpw art 22 (004 zwijgt): 3 days, recidive → onderzoek (Twente)', regels: TWENTE, dagen: 3, eerste: false, voorstel: 'onderzoek', bron: 'Lpw art 22 (standaard; 004 zwijgt)' },
    { geval: 'both rules configured: 1 day, first time → waarschuwing first (002 §7)', regels: BEIDE, dagen: 1, eerste: true, voorstel: 'waarschuwing', bron: '002 §7' },
    { geval: 'both rules configured: 1 day, recidive → proces-verbaal (003 art 6 lid 11 a)', regels: BEIDE, dagen: 1, eerste: false, voorstel: 'proces-verbaal', bron: 'test: pv boven 2 dagen' },
    { geval: 'both rules configured: 3 days, first time → proces-verbaal (003 art 6 lid 11 a)', regels: BEIDE, dagen: 3, eerste: true, voorstel: 'proces-verbaal', bron: 'test: pv boven 2 dagen' },
  ])('$geval', ({ regels, dagen, eerste, voorstel, bron }) => {
    const advies = stelLuxeVerzuimVoor({ schooldagen: dagen, eersteOvertreding: eerste, regels });
    expect(advies).toMatchObject({ voorstel, bron });
    expect(advies.toelichting.length).toBeGreaterThan(0);
  });

  it('002 §7: takes the day limit from the profile (a hand-built limit of 3 days warns at 3)', () => {
    const ruimer: Regels = {
      ...IJSSEL_VECHT,
      handhaving: { ...IJSSEL_VECHT.handhaving, luxeVerzuimEersteKeerMaxDagenWaarschuwing: { waarde: 3, bron: 'test', status: 'vastgesteld' } },
    };
    expect(stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ruimer }).voorstel).toBe('waarschuwing');
    expect(stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: IJSSEL_VECHT }).voorstel).toBe('onderzoek');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p school days (ONGELDIGE_INVOER)', (schooldagen) => {
    expect(() => stelLuxeVerzuimVoor({ schooldagen, eersteOvertreding: true, regels: IJSSEL_VECHT })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER', veld: 'schooldagen' }),
    );
  });
});

describe('stelLuxeVerzuimVoor with granted leave (Lpw art 11 onder g, art 14; verzuim.md §7 rule 5)', () => {
  const week = { van: '2027-02-08', totEnMet: '2027-02-12' };
  const maandag = { van: '2027-02-08', totEnMet: '2027-02-08' };

  it.each([
    { geval: 'all 5 reported days inside granted leave → geen-verzuim, even on recidive (Zuid Oost Utrecht would otherwise draw up a PV)', regels: ZUID_OOST_UTRECHT, dagen: 5, binnen: 5, eerste: false, voorstel: 'geen-verzuim', over: 0, bron: VERLEEND_VERLOF_BRON },
    { geval: 'fewer days reported than the leave covers → geen-verzuim, never below 0', regels: IJSSEL_VECHT, dagen: 2, binnen: 5, eerste: true, voorstel: 'geen-verzuim', over: 0, bron: VERLEEND_VERLOF_BRON },
    { geval: 'half a day reported inside a granted day → geen-verzuim', regels: IJSSEL_VECHT, dagen: 0.5, binnen: 1, eerste: true, voorstel: 'geen-verzuim', over: 0, bron: VERLEEND_VERLOF_BRON },
    { geval: '002 §7: 3 days of which 2 granted → 1 day remains, first time → waarschuwing (without the leave: onderzoek)', regels: IJSSEL_VECHT, dagen: 3, binnen: 2, eerste: true, voorstel: 'waarschuwing', over: 1, bron: '002 §7; Lpw art 11 onder g' },
    { geval: '003 art 6 lid 11 a: 5 days of which 2 granted → 3 remain → proces-verbaal', regels: ZUID_OOST_UTRECHT, dagen: 5, binnen: 2, eerste: true, voorstel: 'proces-verbaal', over: 3, bron: '003 art 6 lid 11 a; Lpw art 11 onder g' },
    { geval: '003 art 6 lid 11 a: 4 days of which 2 granted → 2 remain → onderzoek ("meer dan twee dagen")', regels: ZUID_OOST_UTRECHT, dagen: 4, binnen: 2, eerste: true, voorstel: 'onderzoek', over: 2, bron: '003 art 6 lid 11; 003 art 6 lid 11 a; Lpw art 11 onder g' },
  ])('$geval', ({ regels, dagen, binnen, eerste, voorstel, over, bron }) => {
    const advies = stelLuxeVerzuimVoor({ schooldagen: dagen, eersteOvertreding: eerste, regels, verleendVerlof: { schooldagen: binnen, perioden: [week] } });
    expect(advies).toMatchObject({ voorstel, schooldagen: over, bron });
    // The officer sees which granted period was taken into account.
    expect(advies.toelichting).toContain('Verleend verlof meegenomen: 8 februari 2027 tot en met 12 februari 2027.');
  });

  it('geen-verzuim says why, citing Lpw art 11 onder g, and proposes no sanction', () => {
    const advies = stelLuxeVerzuimVoor({ schooldagen: 1, eersteOvertreding: true, regels: IJSSEL_VECHT, verleendVerlof: { schooldagen: 1, perioden: [maandag, week] } });
    expect(advies.voorstel).toBe('geen-verzuim');
    expect(advies.toelichting).toContain('Lpw art 11 onder g');
    expect(advies.toelichting).toContain('geen waarschuwing of proces-verbaal');
    expect(advies.toelichting).toContain('8 februari 2027; 8 februari 2027 tot en met 12 februari 2027');
  });

  it('a granted period that covers none of the reported schooldagen changes nothing but is named', () => {
    const zonder = stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ZUID_OOST_UTRECHT });
    const met = stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ZUID_OOST_UTRECHT, verleendVerlof: { schooldagen: 0, perioden: [week] } });
    expect(met).toMatchObject({ voorstel: zonder.voorstel, bron: zonder.bron, schooldagen: 3 });
    expect(met.toelichting).toContain('Geen van de gemelde schooldagen valt binnen dat verlof.');
  });

  it('without granted leave the reported days are judged as they are', () => {
    expect(stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ZUID_OOST_UTRECHT, verleendVerlof: { schooldagen: 0, perioden: [] } })).toEqual(
      stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ZUID_OOST_UTRECHT }),
    );
    expect(stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: ZUID_OOST_UTRECHT }).schooldagen).toBe(3);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p schooldagen inside leave (ONGELDIGE_INVOER)', (binnen) => {
    expect(() => stelLuxeVerzuimVoor({ schooldagen: 3, eersteOvertreding: true, regels: IJSSEL_VECHT, verleendVerlof: { schooldagen: binnen, perioden: [week] } })).toThrow(
      expect.objectContaining({ code: 'ONGELDIGE_INVOER', veld: 'verleendVerlof.schooldagen' }),
    );
  });
});

describe('isEersteOvertreding (handhaving.md §3 rule 2: no warning, Halt or PV within the look-back term)', () => {
  const twee = IJSSEL_VECHT.verzuim.eersteOvertredingTerugkijktermijn.waarde; // 2 jaren (placeholder)
  const vijf = ZUID_OOST_UTRECHT.verzuim.eersteOvertredingTerugkijktermijn.waarde; // 5 jaren (placeholder)

  function eerste(eerdere: EerdereMaatregel[], peildatum: string, terugkijktermijn = twee): boolean {
    return isEersteOvertreding({ eerdere, peildatum, terugkijktermijn, kalender });
  }

  it('the profiles carry their look-back terms', () => {
    expect(twee).toEqual({ aantal: 2, eenheid: 'jaren' });
    expect(vijf).toEqual({ aantal: 5, eenheid: 'jaren' });
  });

  it.each([
    { geval: 'no earlier measure', eerdere: [], peildatum: '2026-03-04', verwacht: true },
    // Wed 4 Mar 2026 is two years after Mon 4 Mar 2024: the warning still counts on that day.
    { geval: 'boundary: a warning exactly 2 years before still counts', eerdere: [{ soort: 'waarschuwing', datum: '2024-03-04' }], peildatum: '2026-03-04', verwacht: false },
    { geval: 'boundary: the day after, the warning no longer counts', eerdere: [{ soort: 'waarschuwing', datum: '2024-03-04' }], peildatum: '2026-03-05', verwacht: true },
    // Thu 7 Mar 2024 + 2 years = Sat 7 Mar 2026. A look-back window is no deadline: no Atw extension.
    { geval: 'a look-back ending on a Saturday still counts that Saturday', eerdere: [{ soort: 'halt', datum: '2024-03-07' }], peildatum: '2026-03-07', verwacht: false },
    { geval: 'and not the Monday after (no Atw art 1 extension for a look-back)', eerdere: [{ soort: 'halt', datum: '2024-03-07' }], peildatum: '2026-03-09', verwacht: true },
    { geval: 'a proces-verbaal counts', eerdere: [{ soort: 'proces-verbaal', datum: '2025-09-01' }], peildatum: '2026-03-04', verwacht: false },
    { geval: 'an SVB-melding does not count', eerdere: [{ soort: 'svb', datum: '2025-09-01' }], peildatum: '2026-03-04', verwacht: true },
    { geval: 'another kind of measure does not count', eerdere: [{ soort: 'zorgmelding', datum: '2025-09-01' }], peildatum: '2026-03-04', verwacht: true },
    { geval: 'a measure dated after the peildatum is not earlier', eerdere: [{ soort: 'waarschuwing', datum: '2026-03-05' }], peildatum: '2026-03-04', verwacht: true },
    { geval: 'one counting measure among others is enough', eerdere: [{ soort: 'svb', datum: '2025-01-06' }, { soort: 'waarschuwing', datum: '2023-01-02' }, { soort: 'halt', datum: '2025-06-02' }], peildatum: '2026-03-04', verwacht: false },
  ])('$geval', ({ eerdere, peildatum, verwacht }) => {
    expect(eerste(eerdere, peildatum)).toBe(verwacht);
  });

  it('a look-back that ends in a year without a loaded gelijkstellingsbesluit (2029) is still answered', () => {
    expect(eerste([{ soort: 'waarschuwing', datum: '2027-03-01' }], '2027-03-01')).toBe(false);
    expect(eerste([{ soort: 'waarschuwing', datum: '2027-03-01' }], '2029-03-02')).toBe(true);
  });

  it('the look-back term is the profile’s: a PV of June 2022 is past in IJssel-Vecht (2 years), not in Zuid Oost Utrecht (5 years)', () => {
    const eerdere = [{ soort: 'proces-verbaal', datum: '2022-06-01' }];
    expect(eerste(eerdere, '2026-09-01', twee)).toBe(true);
    expect(eerste(eerdere, '2026-09-01', vijf)).toBe(false);
  });

  it.each([
    ['peildatum', [], '2026-02-30'],
    ['eerdere.datum', [{ soort: 'waarschuwing', datum: '1-3-2025' }], '2026-03-04'],
  ])('refuses a bad date in %s, naming the field (ONGELDIGE_DATUM)', (veld, eerdere, peildatum) => {
    let fout: unknown;
    try {
      eerste(eerdere, peildatum);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(VerzuimregelFout);
    expect(fout).toMatchObject({ code: 'ONGELDIGE_DATUM', veld });
    expect((fout as Error).message).not.toMatch(/2026-02-30|1-3-2025/);
  });
});
