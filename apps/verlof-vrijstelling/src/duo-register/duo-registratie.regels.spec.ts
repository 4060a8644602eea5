import type { DuoPersoonsgegevens } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import type { DuoRegistratieEntity } from './duo-registratie.entity';
import { MAXIMALE_WACHTTIJD_MS, duoSoortVanArtikel, naarDuoBeeindiging, naarDuoRegistratie, wachttijdMs } from './duo-registratie.regels';

describe('wachttijdMs: exponential backoff while DUO is down', () => {
  it.each([
    [0, 30_000],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, MAXIMALE_WACHTTIJD_MS],
    [50, MAXIMALE_WACHTTIJD_MS],
    [10_000, MAXIMALE_WACHTTIJD_MS],
  ])('after %i failed attempts: %i ms', (pogingen, ms) => {
    expect(wachttijdMs(pogingen)).toBe(ms);
  });
});

describe('duoSoortVanArtikel (koppelingen §3)', () => {
  it.each([
    ['5 onder a', { soort: 'vrijstelling-art5', grond: 'a' }],
    ['5 onder b', { soort: 'vrijstelling-art5', grond: 'b' }],
    ['5 onder c', { soort: 'vrijstelling-art5', grond: 'c' }],
    ['15', { soort: 'vrijstelling-art15' }],
    ['5a', null],
  ] as const)('Lpw art %s → %j', (artikel, verwacht) => {
    expect(duoSoortVanArtikel(artikel)).toEqual(verwacht);
  });
});

const PERSOON: DuoPersoonsgegevens = {
  naam: { voornamen: 'Noor', voorvoegsel: null, geslachtsnaam: 'Dijk' },
  adres: { straat: 'Kerkstraat', huisnummer: 12, huisletter: null, toevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' },
  geslacht: 'V',
  geboortedatum: '2011-04-05',
};

function rij(extra: Partial<DuoRegistratieEntity>): DuoRegistratieEntity {
  return {
    id: '7f9c1e4a-2b3d-4c5e-8f6a-1b2c3d4e5f60',
    gemeente: '0193',
    bsn: '999990019',
    soort: 'vrijstelling-art5',
    grond: 'b',
    artikel: null,
    postcode: '8011AB',
    begindatum: '2026-08-01',
    einddatum: '2027-07-31',
    eerderBeroep: true,
    eerderVerleend: null,
    persoonsgegevens: null,
    ...extra,
  } as DuoRegistratieEntity;
}

describe('naarDuoRegistratie: the queued row as DUO takes it', () => {
  it('an art 5 exemption: the row id is the registratieId, the BSN the persoonsgebonden nummer', () => {
    expect(naarDuoRegistratie(rij({}))).toEqual({
      registratieId: '7f9c1e4a-2b3d-4c5e-8f6a-1b2c3d4e5f60',
      gemeente: '0193',
      persoonsgebondenNummer: '999990019',
      postcode: '8011AB',
      begindatum: '2026-08-01',
      einddatum: '2027-07-31',
      soort: 'vrijstelling-art5',
      grond: 'b',
      eerderBeroep: true,
    });
  });

  it('an open-ended art 15 exemption carries no ground', () => {
    expect(naarDuoRegistratie(rij({ soort: 'vrijstelling-art15', grond: null, einddatum: null }))).toMatchObject({ soort: 'vrijstelling-art15', einddatum: null });
    expect(naarDuoRegistratie(rij({ soort: 'vrijstelling-art15', grond: null }))).not.toHaveProperty('grond');
  });

  it('vervangende leerplicht with the person block', () => {
    expect(naarDuoRegistratie(rij({ soort: 'vervangende-leerplicht', grond: null, artikel: '3b', eerderBeroep: null, eerderVerleend: false, persoonsgegevens: PERSOON }))).toMatchObject({
      soort: 'vervangende-leerplicht',
      artikel: '3b',
      eerderVerleend: false,
      persoonsgegevens: PERSOON,
    });
  });

  it('refuses a row without the fields of its soort, naming the field and not the person', () => {
    expect(() => naarDuoRegistratie(rij({ grond: null }))).toThrow(/grond/);
    expect(() => naarDuoRegistratie(rij({ grond: null }))).not.toThrow(/999990019/);
    expect(() => naarDuoRegistratie(rij({ soort: 'vervangende-leerplicht', artikel: '3a', eerderVerleend: true, einddatum: null }))).toThrow(/einddatum/);
  });

  it('a beëindiging names the registration it ends', () => {
    expect(naarDuoBeeindiging({ id: 'b', gemeente: '0193', registratieId: 'r', einddatum: '2026-12-31' })).toEqual({ registratieId: 'r', gemeente: '0193', einddatum: '2026-12-31' });
    expect(() => naarDuoBeeindiging({ id: 'b', gemeente: '0193', registratieId: null, einddatum: '2026-12-31' })).toThrow();
  });
});
