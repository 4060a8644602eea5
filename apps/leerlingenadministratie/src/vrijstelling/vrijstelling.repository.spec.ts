import { geldendePeriode, naarPlichtgegevens, type VrijstellingRij } from './vrijstelling.repository';

const rij = (extra: Partial<VrijstellingRij>): VrijstellingRij => ({ soort: 'vrijstelling', artikel: '5 onder b', van: '2026-08-01', tot_en_met: '2027-07-31', beeindigd_op: null, ...extra });

describe('geldendePeriode: what really applied', () => {
  it.each<[string, Partial<VrijstellingRij>, ReturnType<typeof geldendePeriode>]>([
    ['as granted', {}, { van: '2026-08-01', totEnMet: '2027-07-31' }],
    ['open-ended (art 7: never fit)', { tot_en_met: null }, { van: '2026-08-01' }],
    ['ended early', { beeindigd_op: '2026-12-31' }, { van: '2026-08-01', totEnMet: '2026-12-31' }],
    ['open-ended, ended', { tot_en_met: null, beeindigd_op: '2027-02-28' }, { van: '2026-08-01', totEnMet: '2027-02-28' }],
    ['an ending after the granted end changes nothing', { beeindigd_op: '2027-08-31' }, { van: '2026-08-01', totEnMet: '2027-07-31' }],
    ['revoked ab initio (the day before it began)', { beeindigd_op: '2026-07-31' }, null],
    ['ended on its first day', { beeindigd_op: '2026-08-01' }, { van: '2026-08-01', totEnMet: '2026-08-01' }],
  ])('%s', (_geval, extra, verwacht) => {
    expect(geldendePeriode(rij(extra))).toEqual(verwacht);
  });
});

describe('naarPlichtgegevens', () => {
  it('splits exemptions (with their article, for util-leerplicht) from vervangende leerplicht, and drops revoked ones', () => {
    expect(
      naarPlichtgegevens([
        rij({}),
        rij({ artikel: '15', tot_en_met: null }),
        rij({ artikel: '5 onder a', beeindigd_op: '2026-07-31' }),
        rij({ soort: 'vervangende-leerplicht', artikel: '3b', van: '2026-09-01' }),
      ]),
    ).toEqual({
      vrijstellingen: [
        { artikel: '5 onder b', van: '2026-08-01', totEnMet: '2027-07-31' },
        { artikel: '15', van: '2026-08-01' },
      ],
      vervangendeLeerplicht: [{ artikel: '3b', van: '2026-09-01', totEnMet: '2027-07-31' }],
    });
  });

  it('ignores an article that does not belong to the soort rather than guessing', () => {
    expect(naarPlichtgegevens([rij({ artikel: '3a' }), rij({ soort: 'vervangende-leerplicht', artikel: '15' })])).toEqual({ vrijstellingen: [], vervangendeLeerplicht: [] });
  });
});
