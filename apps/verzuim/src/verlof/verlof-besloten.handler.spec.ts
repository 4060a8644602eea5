import type { VerlofBeslotenV1 } from '@leerrecht/shared/contracts-events';
import { verleendePeriode } from './verlof-besloten.handler';

const besluit = (afwijkend: Partial<VerlofBeslotenV1>): VerlofBeslotenV1 => ({
  aanvraagId: '3f1c9a52-3a4e-4c8e-9a55-2d4f1c0b7e01',
  besluitId: '7d2e8b41-5c6f-4a9d-8e3b-1f0a2c4d6e02',
  bsn: '999990019',
  schoolBrin: '99XX',
  uitkomst: 'toegewezen',
  gevraagdVan: '2027-02-08',
  gevraagdTotEnMet: '2027-02-26',
  instructieVersie: 'test',
  ...afwijkend,
});

/** Which period verzuim counts as granted leave (Lpw art 11 onder g, art 14 lid 3). */
describe('verleendePeriode', () => {
  it.each([
    { geval: 'toegewezen with its period', invoer: { verleendVan: '2027-02-08', verleendTotEnMet: '2027-02-26' }, verwacht: { van: '2027-02-08', totEnMet: '2027-02-26' } },
    { geval: 'toegewezen without a period grants what was asked', invoer: {}, verwacht: { van: '2027-02-08', totEnMet: '2027-02-26' } },
    { geval: 'gedeeltelijk-toegewezen: the granted part only', invoer: { uitkomst: 'gedeeltelijk-toegewezen' as const, verleendVan: '2027-02-08', verleendTotEnMet: '2027-02-12' }, verwacht: { van: '2027-02-08', totEnMet: '2027-02-12' } },
    { geval: 'afgewezen: nothing granted', invoer: { uitkomst: 'afgewezen' as const }, verwacht: null },
    { geval: 'buiten-behandeling: nothing granted', invoer: { uitkomst: 'buiten-behandeling' as const }, verwacht: null },
  ])('$geval', ({ invoer, verwacht }) => {
    expect(verleendePeriode(besluit(invoer))).toEqual(verwacht);
  });

  it.each([
    { geval: 'gedeeltelijk-toegewezen without a period', invoer: { uitkomst: 'gedeeltelijk-toegewezen' as const }, fout: /zonder verleende periode/ },
    { geval: 'afgewezen with a period', invoer: { uitkomst: 'afgewezen' as const, verleendVan: '2027-02-08', verleendTotEnMet: '2027-02-12' }, fout: /verleende periode bij uitkomst afgewezen/ },
    { geval: 'half a period', invoer: { verleendVan: '2027-02-08' }, fout: /horen samen/ },
    { geval: 'a granted period in the wrong order', invoer: { verleendVan: '2027-02-12', verleendTotEnMet: '2027-02-08' }, fout: /verleendTotEnMet ligt voor verleendVan/ },
    { geval: 'more granted than asked', invoer: { uitkomst: 'gedeeltelijk-toegewezen' as const, verleendVan: '2027-02-01', verleendTotEnMet: '2027-02-12' }, fout: /buiten de gevraagde/ },
    { geval: 'an asked period in the wrong order', invoer: { gevraagdVan: '2027-02-26', gevraagdTotEnMet: '2027-02-08' }, fout: /gevraagdTotEnMet ligt voor gevraagdVan/ },
  ])('refuses a decision that contradicts itself: $geval (no value in the message)', ({ invoer, fout }) => {
    expect(() => verleendePeriode(besluit(invoer))).toThrow(fout);
    try {
      verleendePeriode(besluit(invoer));
    } catch (e) {
      expect((e as Error).message).not.toMatch(/\d{4}-\d{2}-\d{2}|999990019/);
    }
  });
});
