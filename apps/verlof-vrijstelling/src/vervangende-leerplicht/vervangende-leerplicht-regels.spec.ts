import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import {
  afschriftUiterlijk,
  arbeidsinspectieInformeren,
  beslistermijnVervangendeLeerplicht,
  gesprekkenUiterlijk,
  informerenUiterlijk,
  minimumLeeftijdBereikt,
  planAuteurSoort,
  stapStand,
} from './vervangende-leerplicht-regels';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
const regelsVan = (gemeente: string) => register.voorGemeente(gemeente).regels.vervangendeLeerplicht;
const waarschuwing = { aantal: 5, eenheid: 'werkdagen' } as const;

// Zwolle (000), Noordoostpolder (001), Utrechtse Heuvelrug (003), Enschede (004).
const ZWOLLE = '0193';
const NOP = '0171';
const HEUVELRUG = '1581';
const ENSCHEDE = '0153';

describe('conversations within 10 werkdagen of the finding (000 art 10 lid 2; 003 art 9 lid 3)', () => {
  it.each([
    // Wednesday 16 December 2026: Christmas (25th, a Friday) is no werkdag, so the 10th is 31 December.
    [ZWOLLE, '2026-12-16', '2026-12-31'],
    [HEUVELRUG, '2026-12-16', '2026-12-31'],
    // Friday 5 March 2027: two weekends in between.
    [ZWOLLE, '2027-03-05', '2027-03-19'],
    // 001 §3.3 and 004 set no term.
    [NOP, '2026-12-16', null],
    [ENSCHEDE, '2026-12-16', null],
  ])('%s, finding %s: last day %s', (gemeente, bevinding, verwacht) => {
    expect(gesprekkenUiterlijk(bevinding, regelsVan(gemeente), kalender)).toBe(verwacht);
  });
});

describe('designers informed within 5 werkdagen of the agreements (000 art 10 lid 3; 003 art 9 lid 4 b)', () => {
  it.each([
    // Wednesday 23 December 2026: 24, 28, 29, 30, 31 December (Christmas and the weekend skipped).
    [ZWOLLE, '2026-12-23', '2026-12-31'],
    [HEUVELRUG, '2026-12-23', '2026-12-31'],
    // Friday 23 April 2027: 26, 28, 29, 30 April and 3 May (Koningsdag, Tuesday 27 April, is no werkdag).
    [HEUVELRUG, '2027-04-23', '2027-05-03'],
    [NOP, '2026-12-23', null],
    [ENSCHEDE, '2026-12-23', null],
  ])('%s, agreements %s: last day %s', (gemeente, vastgelegd, verwacht) => {
    expect(informerenUiterlijk(vastgelegd, regelsVan(gemeente), kalender)).toBe(verwacht);
  });
});

describe('the decision within 4 weeks of the request (Lpw art 3a–3c), every profile', () => {
  it.each([ZWOLLE, NOP, HEUVELRUG, ENSCHEDE])('%s: received Monday 1 February 2027, last day Monday 1 March', (gemeente) => {
    const stand = beslistermijnVervangendeLeerplicht({ verzoekOntvangenOp: '2027-02-01', besluitOp: null, peildatum: '2027-02-10', waarschuwing }, regelsVan(gemeente), kalender);
    expect(stand).toMatchObject({ uiterlijk: '2027-03-01', status: 'loopt' });
  });

  it('a last day on Christmas Day runs on to Monday 28 December (Atw art 1)', () => {
    expect(beslistermijnVervangendeLeerplicht({ verzoekOntvangenOp: '2026-11-27', besluitOp: null, peildatum: '2026-12-01', waarschuwing }, regelsVan(ZWOLLE), kalender).uiterlijk).toBe('2026-12-28');
  });

  it.each([
    [{ besluitOp: '2027-03-01', peildatum: '2027-03-01' }, 'tijdig-besloten'],
    [{ besluitOp: '2027-03-02', peildatum: '2027-03-02' }, 'te-laat-besloten'],
    [{ besluitOp: null, peildatum: '2027-02-22' }, 'bijna-verstreken'],
    [{ besluitOp: null, peildatum: '2027-03-02' }, 'verstreken'],
  ])('%o: %s', (invoer, status) => {
    expect(beslistermijnVervangendeLeerplicht({ verzoekOntvangenOp: '2027-02-01', waarschuwing, ...invoer }, regelsVan(ZWOLLE), kalender).status).toBe(status);
  });
});

describe('copies within 2 weeks of the decision (Lpw art 3a–3c)', () => {
  it.each([
    [ZWOLLE, '2027-03-01', '2027-03-15'],
    [NOP, '2027-03-01', '2027-03-15'],
    // Two weeks after Tuesday 13 April 2027 is Koningsdag: Wednesday 28 April.
    [HEUVELRUG, '2027-04-13', '2027-04-28'],
    [ENSCHEDE, '2027-04-13', '2027-04-28'],
  ])('%s, decided %s: copies by %s', (gemeente, besluit, verwacht) => {
    expect(afschriftUiterlijk(besluit, regelsVan(gemeente), kalender)).toBe(verwacht);
  });
});

describe('Arbeidsinspectie informed (000 art 10 lid 4; 001 §3.6; 003 art 9 lid 6)', () => {
  it.each([
    [ZWOLLE, '3a', true],
    [ZWOLLE, '3b', true],
    [NOP, '3a', false],
    [NOP, '3b', true],
    [HEUVELRUG, '3a', false],
    [HEUVELRUG, '3b', true],
    [ENSCHEDE, '3a', false],
    [ENSCHEDE, '3b', true],
  ] as const)('%s, art %s: %s', (gemeente, artikel, verwacht) => {
    expect(arbeidsinspectieInformeren(artikel, regelsVan(gemeente))).toBe(verwacht);
  });
});

describe('minimum age 14 on the first day (Lpw art 3a lid 1; 001 §3.3; 003 toelichting art 9)', () => {
  it.each([ZWOLLE, NOP, HEUVELRUG, ENSCHEDE])('%s: 13 the day before the 14th birthday, 14 on it', (gemeente) => {
    expect(minimumLeeftijdBereikt('2013-03-15', '2027-03-14', regelsVan(gemeente))).toEqual({ bereikt: false, leeftijd: 13, minimum: 14 });
    expect(minimumLeeftijdBereikt('2013-03-15', '2027-03-15', regelsVan(gemeente))).toEqual({ bereikt: true, leeftijd: 14, minimum: 14 });
  });
});

it('the plan is drawn up by the school for art 3a and the institution for art 3b (003 art 9 lid 2)', () => {
  expect(planAuteurSoort('3a')).toBe('school');
  expect(planAuteurSoort('3b')).toBe('instelling');
});

describe('stapStand', () => {
  it.each([
    [null, null, 'geen-termijn', false],
    [null, '2027-03-01', 'gedaan', false],
    ['2027-03-05', null, 'loopt', false],
    ['2027-02-26', null, 'verstreken', true],
    ['2027-03-05', '2027-03-05', 'tijdig', false],
    ['2027-02-26', '2027-03-01', 'te-laat', true],
  ] as const)('last day %s, done %s on 1 March 2027: %s', (uiterlijk, gedaanOp, status, teLaat) => {
    expect(stapStand(uiterlijk, gedaanOp, '2027-03-01')).toMatchObject({ status, teLaat });
  });
});
