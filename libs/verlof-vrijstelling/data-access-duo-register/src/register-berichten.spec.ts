import type { DuoPersoonsgegevens, DuoRegistratie } from './duo-registratie';
import { dagErvoor, isPersoonsgebondenNummer, naarWireRegistratie, valideerDuoRegistratie } from './register-berichten';

const BASIS = { registratieId: '7f9c1e4a-2b3d-4c5e-8f6a-1b2c3d4e5f60', gemeente: '0193', persoonsgebondenNummer: '999990019', postcode: '8011AB', begindatum: '2026-08-01' };
const PERSOON: DuoPersoonsgegevens = {
  naam: { voornamen: 'Noor', voorvoegsel: null, geslachtsnaam: 'Dijk' },
  adres: { straat: 'Kerkstraat', huisnummer: 12, huisletter: null, toevoeging: 'bis', postcode: '8011AB', woonplaats: 'Zwolle' },
  geslacht: 'V',
  geboortedatum: '2011-04-05',
};
const art5 = (extra: Record<string, unknown> = {}) => ({ ...BASIS, soort: 'vrijstelling-art5', grond: 'a', eerderBeroep: false, einddatum: '2027-07-31', ...extra }) as DuoRegistratie;
const vl = (extra: Record<string, unknown> = {}) => ({ ...BASIS, soort: 'vervangende-leerplicht', artikel: '3a', eerderVerleend: false, einddatum: '2027-07-31', persoonsgegevens: null, ...extra }) as DuoRegistratie;

describe('valideerDuoRegistratie: what the register asks per soort (Lpw art 3a–3c, 6 lid 4–5, 15 lid 3–4)', () => {
  it.each<[string, DuoRegistratie, { veld: string; code: string }[]]>([
    ['art 5 onder a, with period', art5(), []],
    ['art 5, open-ended (art 7: never fit)', art5({ einddatum: null }), []],
    ['art 15, open-ended', { ...BASIS, soort: 'vrijstelling-art15', eerderBeroep: true, einddatum: null } as DuoRegistratie, []],
    ['art 5 with a ground that is not a, b or c', art5({ grond: '5a' }), [{ veld: 'grond', code: 'ongeldig' }]],
    ['vervangende leerplicht 3a', vl(), []],
    ['vervangende leerplicht with the person block', vl({ persoonsgegevens: PERSOON }), []],
    ['vervangende leerplicht without an end date', vl({ einddatum: null }), [{ veld: 'einddatum', code: 'verplicht' }]],
    ['vervangende leerplicht under 3c', vl({ artikel: '3c' }), [{ veld: 'artikel', code: 'ongeldig' }]],
    ['a person block without surname, with a bad sex and birth date', vl({ persoonsgegevens: { ...PERSOON, naam: { ...PERSOON.naam, geslachtsnaam: ' ' }, geslacht: 'X', geboortedatum: '2011-02-30' } }), [
      { veld: 'persoonsgegevens.naam.geslachtsnaam', code: 'verplicht' },
      { veld: 'persoonsgegevens.geslacht', code: 'ongeldig' },
      { veld: 'persoonsgegevens.geboortedatum', code: 'ongeldig' },
    ]],
    ['an end before the start', art5({ einddatum: '2026-07-31' }), [{ veld: 'einddatum', code: 'periode' }]],
    ['an end on the first day', art5({ einddatum: '2026-08-01' }), []],
    ['a BSN failing the elfproef, a postcode with a space, a date that does not exist', art5({ persoonsgebondenNummer: '999990018', postcode: '8011 AB', begindatum: '2026-02-29' }), [
      { veld: 'persoonsgebondenNummer', code: 'ongeldig' },
      { veld: 'postcode', code: 'ongeldig' },
      { veld: 'begindatum', code: 'ongeldig' },
    ]],
    ['an unknown soort', { ...BASIS, soort: 'verlof', einddatum: null } as unknown as DuoRegistratie, [{ veld: 'soort', code: 'ongeldig' }]],
  ])('%s', (_geval, registratie, problemen) => {
    expect(valideerDuoRegistratie(registratie)).toEqual(problemen);
  });

  it('never puts a value in a problem', () => {
    expect(JSON.stringify(valideerDuoRegistratie(art5({ persoonsgebondenNummer: '999990018', postcode: 'Kerkstraat' })))).not.toMatch(/999990018|Kerkstraat/);
  });
});

describe('persoonsgebonden nummer', () => {
  it.each([
    ['999990019', true, 'BSN, elfproef'],
    ['100000004', true, 'onderwijsnummer, rest 5'],
    ['999990018', false, 'neither'],
    ['000000000', false, 'zeros'],
    ['12345678', false, 'eight digits'],
  ])('%s → %s (%s)', (nummer, geldig) => {
    expect(isPersoonsgebondenNummer(nummer)).toBe(geldig);
  });
});

describe('naarWireRegistratie', () => {
  it('sends only the fields of the soort: no person block or article on an exemption, the address in the register\'s names', () => {
    expect(naarWireRegistratie({ ...art5(), persoonsgegevens: PERSOON, artikel: '3a' } as unknown as DuoRegistratie)).toEqual({
      ...BASIS,
      soort: 'vrijstelling-art5',
      grond: 'a',
      eerderBeroep: false,
      einddatum: '2027-07-31',
    });
    expect(naarWireRegistratie(vl({ persoonsgegevens: PERSOON }))).toMatchObject({
      artikel: '3a',
      eerderVerleend: false,
      persoonsgegevens: { adres: { straatnaam: 'Kerkstraat', huisnummer: 12, huisletter: null, huisnummertoevoeging: 'bis', postcode: '8011AB', woonplaats: 'Zwolle' } },
    });
  });

  it('dagErvoor crosses months and leap days', () => {
    expect([dagErvoor('2026-08-01'), dagErvoor('2028-03-01'), dagErvoor('2027-01-01')]).toEqual(['2026-07-31', '2028-02-29', '2026-12-31']);
  });
});
