import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { hersteltermijnBinnenGrenzen, korteTermijn, verleendePeriode, verleendeSchooldagen, verlofroute, wijktAf } from './verlof-regels';

const kalender = new NederlandseKalender();
const grenzen = { min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } } as const;

describe('verlofroute (Lpw art 13a, 14)', () => {
  it('10 schooldagen in the schooljaar: the head decides; 11: the officer', () => {
    expect(verlofroute('gewichtige-omstandigheden', 10, 10)).toBe('schoolleider');
    expect(verlofroute('gewichtige-omstandigheden', 11, 10)).toBe('leerplichtambtenaar');
  });

  it('vakantieverlof is always the head’s', () => {
    expect(verlofroute('vakantieverlof', 30, 10)).toBe('schoolleider');
  });
});

describe('hersteltermijn (Awb art 4:5; 000 art 5 lid 2)', () => {
  it('accepts 1 to 3 weeks, and 10 werkdagen', () => {
    expect(hersteltermijnBinnenGrenzen('2027-03-01', { aantal: 1, eenheid: 'weken' }, grenzen, kalender).binnen).toBe(true);
    expect(hersteltermijnBinnenGrenzen('2027-03-01', { aantal: 3, eenheid: 'weken' }, grenzen, kalender).binnen).toBe(true);
    expect(hersteltermijnBinnenGrenzen('2027-03-01', { aantal: 10, eenheid: 'werkdagen' }, grenzen, kalender).binnen).toBe(true);
  });

  it('refuses 4 kalenderdagen and 4 weeks', () => {
    expect(hersteltermijnBinnenGrenzen('2027-03-01', { aantal: 4, eenheid: 'kalenderdagen' }, grenzen, kalender)).toMatchObject({ binnen: false, vroegst: '2027-03-08' });
    expect(hersteltermijnBinnenGrenzen('2027-03-01', { aantal: 4, eenheid: 'weken' }, grenzen, kalender)).toMatchObject({ binnen: false, laatst: '2027-03-22' });
  });
});

it('warns when the leave starts on or before the last day of the decision term', () => {
  expect(korteTermijn('2027-04-26', '2027-04-26')).toBe(true);
  expect(korteTermijn('2027-04-27', '2027-04-26')).toBe(false);
});

describe('verleende periode', () => {
  const gevraagd = { van: '2027-05-10', totEnMet: '2027-05-28' };
  it('grants the whole request, nothing, or a part inside it', () => {
    expect(verleendePeriode('toegewezen', gevraagd, {})).toEqual(gevraagd);
    expect(verleendePeriode('afgewezen', gevraagd, {})).toBeNull();
    expect(verleendePeriode('gedeeltelijk-toegewezen', gevraagd, { van: '2027-05-10', totEnMet: '2027-05-14' })).toEqual({ van: '2027-05-10', totEnMet: '2027-05-14' });
  });

  it('refuses a part outside the request, reversed, or equal to it', () => {
    expect(verleendePeriode('gedeeltelijk-toegewezen', gevraagd, { van: '2027-05-03', totEnMet: '2027-05-14' })).toMatch(/buiten/);
    expect(verleendePeriode('gedeeltelijk-toegewezen', gevraagd, { van: '2027-05-14', totEnMet: '2027-05-10' })).toMatch(/vóór/);
    expect(verleendePeriode('gedeeltelijk-toegewezen', gevraagd, gevraagd)).toMatch(/toegewezen/);
    expect(verleendePeriode('gedeeltelijk-toegewezen', gevraagd, {})).toMatch(/verplicht/);
  });
});

it('only a full grant does not depart from the request (Awb art 4:7)', () => {
  expect(wijktAf('toegewezen')).toBe(false);
  expect(wijktAf('gedeeltelijk-toegewezen')).toBe(true);
  expect(wijktAf('afgewezen')).toBe(true);
});

describe('what a decided forwarded request still counts (003 toelichting art 5)', () => {
  it.each([
    ['refused: nothing', null, 0],
    ['3 of 6 schooldagen granted', { van: '2027-03-15', totEnMet: '2027-03-17' }, 3],
    ['a granted week with its weekend', { van: '2027-03-15', totEnMet: '2027-03-22' }, 6],
    ['inside the meivakantie (noord): no schooldagen', { van: '2027-04-26', totEnMet: '2027-04-30' }, 0],
  ])('%s', (_naam, verleend, dagen) => {
    expect(verleendeSchooldagen(verleend, 'noord', kalender)).toBe(dagen);
  });
});
