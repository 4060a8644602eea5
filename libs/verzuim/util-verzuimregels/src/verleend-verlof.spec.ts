import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { verlofInMelding, type Verlofperiode } from './verleend-verlof';
import { VerzuimregelFout } from './verzuimregels.types';

const kalender = new NederlandseKalender();

/** Lpw art 11 onder g: schooldagen with leave granted under art 14 are not verzuim. */
describe('verlofInMelding (Lpw art 11 onder g, art 14)', () => {
  function binnen(van: string, totEnMet: string, verlof: Verlofperiode[], regio: 'noord' | 'midden' | 'zuid' = 'noord') {
    return verlofInMelding({ van, totEnMet, verlof, kalender, regio });
  }

  it.each([
    { geval: 'no granted leave', melding: ['2027-02-08', '2027-02-12'], verlof: [], dagen: 0, perioden: 0 },
    { geval: 'leave covering the whole school week', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-02-08', totEnMet: '2027-02-12' }], dagen: 5, perioden: 1 },
    { geval: 'leave over a weekend counts the schooldagen only (Fri + Mon)', melding: ['2027-02-05', '2027-02-08'], verlof: [{ van: '2027-02-05', totEnMet: '2027-02-08' }], dagen: 2, perioden: 1 },
    { geval: 'partial overlap: leave from Wednesday, melding Monday–Friday', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-02-10', totEnMet: '2027-02-19' }], dagen: 3, perioden: 1 },
    { geval: 'leave before the melding does not overlap', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-01-25', totEnMet: '2027-02-05' }], dagen: 0, perioden: 0 },
    { geval: 'boundary: leave ending on the first day of the melding', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-02-01', totEnMet: '2027-02-08' }], dagen: 1, perioden: 1 },
    { geval: 'two overlapping granted periods count a shared day once', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-02-08', totEnMet: '2027-02-10' }, { van: '2027-02-10', totEnMet: '2027-02-11' }], dagen: 4, perioden: 2 },
    { geval: 'the same period twice is one period', melding: ['2027-02-08', '2027-02-12'], verlof: [{ van: '2027-02-08', totEnMet: '2027-02-09' }, { van: '2027-02-08', totEnMet: '2027-02-09' }], dagen: 2, perioden: 1 },
    // noord: voorjaarsvakantie 13–21 February 2027; the vacation days are no schooldagen.
    { geval: 'leave across the voorjaarsvakantie (noord) counts the schooldagen around it', melding: ['2027-02-11', '2027-02-23'], verlof: [{ van: '2027-02-11', totEnMet: '2027-02-23' }], dagen: 4, perioden: 1 },
    { geval: 'leave only inside the vacation is listed, with no schooldag', melding: ['2027-02-12', '2027-02-22'], verlof: [{ van: '2027-02-15', totEnMet: '2027-02-19' }], dagen: 0, perioden: 1 },
  ])('$geval', ({ melding, verlof, dagen, perioden }) => {
    const uitkomst = binnen(melding[0], melding[1], verlof);
    expect(uitkomst.schooldagen).toBe(dagen);
    expect(uitkomst.perioden).toHaveLength(perioden);
  });

  it('the region counts: 22 February 2027 is a schooldag in noord, in the voorjaarsvakantie of midden', () => {
    const verlof = [{ van: '2027-02-22', totEnMet: '2027-02-22' }];
    expect(binnen('2027-02-22', '2027-02-22', verlof, 'noord').schooldagen).toBe(1);
    expect(binnen('2027-02-22', '2027-02-22', verlof, 'midden').schooldagen).toBe(0);
  });

  it('lists the overlapping periods in date order', () => {
    const uitkomst = binnen('2027-02-01', '2027-02-12', [{ van: '2027-02-10', totEnMet: '2027-02-12' }, { van: '2027-02-01', totEnMet: '2027-02-02' }, { van: '2027-03-01', totEnMet: '2027-03-05' }]);
    expect(uitkomst.perioden).toEqual([{ van: '2027-02-01', totEnMet: '2027-02-02' }, { van: '2027-02-10', totEnMet: '2027-02-12' }]);
    expect(uitkomst.schooldagen).toBe(5);
  });

  it.each([
    ['van', '2027-02-30', '2027-03-01', [], 'ONGELDIGE_DATUM'],
    ['totEnMet', '2027-02-08', '2027-02-05', [], 'ONGELDIGE_INVOER'],
    ['verlof.van', '2027-02-08', '2027-02-12', [{ van: '8-2-2027', totEnMet: '2027-02-12' }], 'ONGELDIGE_DATUM'],
    ['verlof.totEnMet', '2027-02-08', '2027-02-12', [{ van: '2027-02-12', totEnMet: '2027-02-08' }], 'ONGELDIGE_INVOER'],
  ])('refuses a bad %s, naming the field', (veld, van, totEnMet, verlof, code) => {
    let fout: unknown;
    try {
      binnen(van, totEnMet, verlof);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(VerzuimregelFout);
    expect(fout).toMatchObject({ code, veld });
  });
});
