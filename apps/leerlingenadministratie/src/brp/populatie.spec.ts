import { populatieOordeel } from './populatie';

const VIER_TM_22 = { van: 4, totEnMet: 22 }; // 000 art 3 lid 2
const VIJF_TM_17 = { van: 5, totEnMet: 17 }; // 003 art 3 lid 2

describe('populatieOordeel: the leerplicht population of a gemeente (Lpw art 19)', () => {
  // prettier-ignore
  it.each([
    ['day before the 4th birthday', '2022-11-25', VIER_TM_22, 'te-jong'],
    ['the 4th birthday itself', '2022-11-24', VIER_TM_22, 'in-populatie'],
    ['22 years old, day before the 23rd birthday', '2003-11-25', VIER_TM_22, 'in-populatie'],
    ['the 23rd birthday', '2003-11-24', VIER_TM_22, 'te-oud'],
    ['4 years old where the range starts at 5 (003)', '2021-11-25', VIJF_TM_17, 'te-jong'],
    ['5th birthday where the range starts at 5 (003)', '2021-11-23', VIJF_TM_17, 'in-populatie'],
    ['17, day before the 18th birthday (003)', '2008-11-25', VIJF_TM_17, 'in-populatie'],
    ['the 18th birthday (003)', '2008-11-24', VIJF_TM_17, 'te-oud'],
  ])('%s', (_wat, geboortedatum, leeftijd, verwacht) => {
    expect(populatieOordeel({ geboortedatum, gemeenteVanInschrijving: '0193' }, '0193', leeftijd, '2026-11-24')).toBe(verwacht);
  });

  it('leaves out the RNI, other gemeenten and the deceased', () => {
    const kind = { geboortedatum: '2015-01-01' };
    expect(populatieOordeel({ ...kind, gemeenteVanInschrijving: '1999' }, '0193', VIER_TM_22, '2026-11-24')).toBe('rni');
    expect(populatieOordeel({ ...kind, gemeenteVanInschrijving: '0166' }, '0193', VIER_TM_22, '2026-11-24')).toBe('andere-gemeente');
    expect(populatieOordeel({ ...kind, gemeenteVanInschrijving: '0193', overlijdensdatum: '2026-11-01' }, '0193', VIER_TM_22, '2026-11-24')).toBe('overleden');
  });
});
