import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { adviesUiterlijk, conclusieVolgtAdvies, oudersInformerenUiterlijk, termijnTeLaat, uitschrijvingToegestaan } from './school-erkenning-regels';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
const regelsVan = (gemeente: string) => register.voorGemeente(gemeente).regels.schoolErkenning;

describe('parents informed within 7 days of the advice (000 art 13 lid 3; 003 art 12 lid 4)', () => {
  it.each([
    ['0193', '2027-02-22', '2027-03-01'],
    ['1581', '2027-02-22', '2027-03-01'],
    // Seven days after 18 December 2026 is Christmas Day: the term runs on to Monday 28 December (Atw art 1).
    ['0193', '2026-12-18', '2026-12-28'],
    ['0171', '2027-02-19', '2027-02-26'],
  ])('%s, advice %s: by %s', (gemeente, advies, verwacht) => {
    expect(oudersInformerenUiterlijk(advies, regelsVan(gemeente), kalender)).toBe(verwacht);
  });
});

it('the Inspectie advises within the term stated in the request (6 weeks in every profile, to be confirmed)', () => {
  expect(adviesUiterlijk('2027-03-01', regelsVan('0193'), kalender)).toBe('2027-04-12');
});

it('only a conclusion equal to the advice can be recorded (000 art 13 lid 2; 003 art 12 lid 3)', () => {
  expect(conclusieVolgtAdvies('geen-school', 'geen-school')).toBe(true);
  expect(conclusieVolgtAdvies('geen-school', 'school')).toBe(false);
  expect(conclusieVolgtAdvies('school', 'geen-school')).toBe(false);
  expect(conclusieVolgtAdvies(null, 'school')).toBe(false);
});

it('an existing enrolment is ended only after recognition (003 art 12 lid 2)', () => {
  expect(uitschrijvingToegestaan(null)).toBe(false);
  expect(uitschrijvingToegestaan('geen-school')).toBe(false);
  expect(uitschrijvingToegestaan('school')).toBe(true);
});

it.each([
  [null, null, '2027-03-10', false],
  ['2027-03-01', null, '2027-03-01', false],
  ['2027-03-01', null, '2027-03-02', true],
  ['2027-03-01', '2027-03-01', '2027-03-10', false],
  ['2027-03-01', '2027-03-02', '2027-03-10', true],
] as const)('term %s, informed %s, on %s: late %s', (uiterlijk, op, peil, verwacht) => {
  expect(termijnTeLaat(uiterlijk, op, peil)).toBe(verwacht);
});
