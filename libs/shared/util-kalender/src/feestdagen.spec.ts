import { KalenderError } from './datum';
import {
  GELIJKSTELLINGSBESLUITEN,
  feestdagen,
  gelijkstellingBekend,
  isAlgemeneErkendeFeestdag,
  koningsdag,
  paaszondag,
  type Gelijkstellingsbesluit,
} from './feestdagen';

function datumVan(jaar: number, naam: string): string {
  const gevonden = feestdagen(jaar).find((feestdag) => feestdag.naam === naam);
  if (gevonden === undefined) throw new Error(`${naam} ontbreekt in ${jaar}`);
  return gevonden.datum;
}

describe('paaszondag: anonymous Gregorian algorithm', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('Pasen %d is %s', (jaar, verwacht) => {
    expect(paaszondag(jaar)).toBe(verwacht);
  });
});

describe('Easter-based feestdagen (Atw art 3 lid 1: tweede Paas- en Pinksterdag, Hemelvaartsdag; lid 2: Goede Vrijdag)', () => {
  it.each([
    // jaar, Goede Vrijdag, Tweede Paasdag, Hemelvaartsdag (Pasen + 39), Tweede Pinksterdag (Pasen + 50)
    [2024, '2024-03-29', '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('%d: Goede Vrijdag %s, Tweede Paasdag %s, Hemelvaartsdag %s, Tweede Pinksterdag %s', (jaar, goedeVrijdag, paasdag, hemelvaart, pinksterdag) => {
    expect(datumVan(jaar, 'Goede Vrijdag')).toBe(goedeVrijdag);
    expect(datumVan(jaar, 'Tweede Paasdag')).toBe(paasdag);
    expect(datumVan(jaar, 'Hemelvaartsdag')).toBe(hemelvaart);
    expect(datumVan(jaar, 'Tweede Pinksterdag')).toBe(pinksterdag);
  });

  it('cites lid 2 for Goede Vrijdag, which lid 1 does not list but lid 2 gelijkstelt', () => {
    const goedeVrijdag = feestdagen(2026).find((f) => f.naam === 'Goede Vrijdag');
    expect(goedeVrijdag).toEqual({ datum: '2026-04-03', naam: 'Goede Vrijdag', bron: 'Atw art 3 lid 2', soort: 'gelijkgesteld' });
  });
});

describe('Koningsdag (Atw art 3 lid 1: "de dag waarop de verjaardag van de Koning wordt gevierd")', () => {
  it.each([
    [2014, '2014-04-26'], // 27 April a Sunday: celebrated on Saturday 26 April
    [2025, '2025-04-26'], // 27 April 2025 is a Sunday
    [2026, '2026-04-27'],
    [2030, '2030-04-27'], // a Saturday: only a Sunday moves the celebration
    [2031, '2031-04-26'], // 27 April 2031 is a Sunday
  ])('%d → %s', (jaar, verwacht) => {
    expect(koningsdag(jaar)).toBe(verwacht);
    expect(datumVan(jaar, 'Koningsdag')).toBe(verwacht);
  });

  it('says in its bron why 2025 is celebrated on 26 April', () => {
    const dag = feestdagen(2025).find((f) => f.naam === 'Koningsdag');
    expect(dag?.bron).toMatch(/^Atw art 3 lid 1; 27 april valt op zondag/);
  });
});

describe('feestdagen(jaar): the complete Atw list with citations', () => {
  it('2025: lid 1 days, Goede Vrijdag (lid 2) and the gelijkgestelde vrijdag na Hemelvaartsdag (lid 3)', () => {
    expect(feestdagen(2025).map((f) => [f.datum, f.naam, f.soort])).toEqual([
      ['2025-01-01', 'Nieuwjaarsdag', 'algemeen-erkend'],
      ['2025-04-18', 'Goede Vrijdag', 'gelijkgesteld'],
      ['2025-04-21', 'Tweede Paasdag', 'algemeen-erkend'],
      ['2025-04-26', 'Koningsdag', 'algemeen-erkend'],
      ['2025-05-05', 'Bevrijdingsdag (de vijfde mei)', 'algemeen-erkend'],
      ['2025-05-29', 'Hemelvaartsdag', 'algemeen-erkend'],
      ['2025-05-30', 'vrijdag na Hemelvaartsdag', 'gelijkgesteld'],
      ['2025-06-09', 'Tweede Pinksterdag', 'algemeen-erkend'],
      ['2025-12-25', 'Eerste Kerstdag', 'algemeen-erkend'],
      ['2025-12-26', 'Tweede Kerstdag', 'algemeen-erkend'],
    ]);
  });

  it('every entry cites Atw art 3 and its lid', () => {
    for (const jaar of [2024, 2025, 2026, 2027, 2028, 2035]) {
      for (const feestdag of feestdagen(jaar)) {
        expect(feestdag.bron).toMatch(/^Atw art 3 lid [123]/);
      }
    }
  });

  it('lists the vijfde mei every year, also on a weekend (Atw art 3 lid 1 has no lustrum rule)', () => {
    expect(datumVan(2027, 'Bevrijdingsdag (de vijfde mei)')).toBe('2027-05-05');
    expect(datumVan(2029, 'Bevrijdingsdag (de vijfde mei)')).toBe('2029-05-05');
  });

  it('2026 holds the gelijkgestelde 2 januari and 15 mei of the 2026–2028 besluit (Atw art 3 lid 3)', () => {
    const gelijkgesteld = feestdagen(2026).filter((f) => f.bron.startsWith('Atw art 3 lid 3'));
    expect(gelijkgesteld.map((f) => f.datum)).toEqual(['2026-01-02', '2026-05-15']);
    expect(gelijkgesteld[0]?.bron).toContain('Besluit gelijkstelling van 2 januari 2026');
  });

  it('refuses years before Koningsdag on 27 April (2014)', () => {
    expect(() => feestdagen(2013)).toThrow(KalenderError);
    expect(() => feestdagen(2025.5)).toThrow(KalenderError);
  });
});

describe('gelijkstellingBekend: which years a besluit under Atw art 3 lid 3 covers', () => {
  it.each([
    [2022, false],
    [2023, true],
    [2025, true],
    [2026, true],
    [2028, true],
    [2029, false],
  ])('%d → %s', (jaar, verwacht) => {
    expect(gelijkstellingBekend(jaar)).toBe(verwacht);
  });

  it('every listed day lies in the years its besluit covers', () => {
    for (const besluit of GELIJKSTELLINGSBESLUITEN) {
      for (const dag of besluit.dagen) {
        const jaar = Number(dag.datum.slice(0, 4));
        expect(jaar).toBeGreaterThanOrEqual(besluit.vanJaar);
        expect(jaar).toBeLessThanOrEqual(besluit.totEnMetJaar);
      }
    }
  });
});

describe('isAlgemeneErkendeFeestdag', () => {
  it.each([
    ['2026-01-01', true, 'Nieuwjaarsdag, lid 1'],
    ['2026-04-03', true, 'Goede Vrijdag, lid 2'],
    ['2026-04-02', false, 'Witte Donderdag is nothing in the Atw'],
    ['2025-04-26', true, 'Koningsdag 2025, Saturday, lid 1'],
    ['2025-04-27', false, 'the birthday itself is not celebrated on a Sunday'],
    ['2026-05-15', true, 'vrijdag na Hemelvaartsdag, lid 3 besluit 2026–2028'],
    ['2025-12-24', false, 'Kerstavond is not a feestdag'],
    ['2025-12-31', false, 'Oudejaarsdag is not a feestdag'],
    ['2029-05-11', false, 'vrijdag na Hemelvaartsdag 2029: no besluit yet, so not known (the kalender refuses such years)'],
  ])('%s → %s (%s)', (datum, verwacht) => {
    expect(isAlgemeneErkendeFeestdag(datum)).toBe(verwacht);
  });

  it('takes a later besluit when given one (Atw art 3 lid 3)', () => {
    const besluit: Gelijkstellingsbesluit = {
      titel: 'testbesluit 2029–2031',
      vanJaar: 2029,
      totEnMetJaar: 2031,
      dagen: [{ datum: '2029-05-11', naam: 'vrijdag na Hemelvaartsdag' }],
    };
    expect(isAlgemeneErkendeFeestdag('2029-05-11', [...GELIJKSTELLINGSBESLUITEN, besluit])).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isAlgemeneErkendeFeestdag('2025-02-30')).toThrow(KalenderError);
  });
});
