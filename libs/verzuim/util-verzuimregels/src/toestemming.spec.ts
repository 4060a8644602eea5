import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { heeftToestemming, type Toestemming } from './toestemming';

const register = InstructieRegister.laad();
// 000 art 6 lid 8: "de leerling vanaf 16 jaar"
const VANAF = register.voorGemeente('0193').regels.verzuim.toestemmingJongereVanafLeeftijd.waarde;

const ouders = (gegevenOp: string, ingetrokkenOp: string | null = null): Toestemming => ({ gever: 'ouders', gegevenOp, ingetrokkenOp, leeftijdJongereBijGeven: 13 });
const jongere = (leeftijd: number, gegevenOp = '2026-01-10', ingetrokkenOp: string | null = null): Toestemming => ({ gever: 'jongere', gegevenOp, ingetrokkenOp, leeftijdJongereBijGeven: leeftijd });

describe('heeftToestemming (000 art 6 lid 8; 003 art 2 lid 5; privacy-retentie.md §7)', () => {
  it('the profiles set the consent age at 16', () => {
    expect(VANAF).toBe(16);
    expect(register.voorGemeente('1581').regels.verzuim.toestemmingJongereVanafLeeftijd.waarde).toBe(16);
  });

  it.each([
    { geval: '000 art 6 lid 8: no consent recorded', toestemmingen: [], peildatum: '2026-01-10', verwacht: false },
    { geval: '000 art 6 lid 8: the parents consented on the peildatum', toestemmingen: [ouders('2026-01-10')], peildatum: '2026-01-10', verwacht: true },
    { geval: '000 art 6 lid 8: consent given after the peildatum does not count yet', toestemmingen: [ouders('2026-01-10')], peildatum: '2026-01-09', verwacht: false },
    { geval: 'privacy-retentie.md §7: before the withdrawal the consent holds', toestemmingen: [ouders('2026-01-10', '2026-02-01')], peildatum: '2026-01-31', verwacht: true },
    { geval: 'privacy-retentie.md §7: withdrawn on the peildatum stops sharing', toestemmingen: [ouders('2026-01-10', '2026-02-01')], peildatum: '2026-02-01', verwacht: false },
    { geval: '000 art 6 lid 8 "vanaf 16 jaar": the youth consented at 16', toestemmingen: [jongere(16)], peildatum: '2026-03-01', verwacht: true },
    { geval: '000 art 6 lid 8: the youth consented at 15 — not valid, even later', toestemmingen: [jongere(15)], peildatum: '2027-06-01', verwacht: false },
    { geval: 'privacy-retentie.md §7: one withdrawn consent and one valid', toestemmingen: [ouders('2025-09-01', '2025-12-01'), jongere(17, '2026-01-05')], peildatum: '2026-02-01', verwacht: true },
  ])('$geval', ({ toestemmingen, peildatum, verwacht }) => {
    expect(heeftToestemming({ toestemmingen, peildatum, vanafLeeftijd: VANAF })).toBe(verwacht);
  });

  it('the consent age comes from the instructie (a hand-built 15)', () => {
    expect(heeftToestemming({ toestemmingen: [jongere(15)], peildatum: '2026-03-01', vanafLeeftijd: 15 })).toBe(true);
  });

  it.each([
    ['toestemmingen.gegevenOp', [ouders('2026-02-30')], '2026-03-01'],
    ['toestemmingen.ingetrokkenOp', [ouders('2026-01-10', '2026-13-01')], '2026-03-01'],
    ['toestemmingen.ingetrokkenOp', [ouders('2026-01-10', '2026-01-09')], '2026-03-01'],
    ['peildatum', [ouders('2026-01-10')], 'vandaag'],
  ])('refuses a bad date in %s (ONGELDIGE_DATUM)', (veld, toestemmingen, peildatum) => {
    expect(() => heeftToestemming({ toestemmingen, peildatum, vanafLeeftijd: VANAF })).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM', veld }));
  });
});
