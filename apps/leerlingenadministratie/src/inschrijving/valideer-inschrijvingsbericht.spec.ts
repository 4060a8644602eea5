import { valideerInschrijvingsbericht, type InschrijvingsberichtInvoer } from './valideer-inschrijvingsbericht';

const REGIO = ['0193', '0166', '1581'];
const SCHOOL: { gemeenten: string[]; eigenBrin: string | null } = { gemeenten: ['0193', '1581'], eigenBrin: '99XX' };
const GOED: InschrijvingsberichtInvoer = { berichtId: 'ssa-2026-000123', bsn: '111222333', gemeente: '0193', brin: '99XX', datum: '2026-08-24' };

const codes = (invoer: Partial<InschrijvingsberichtInvoer>, melder = SCHOOL): string[] =>
  valideerInschrijvingsbericht({ ...GOED, ...invoer }, melder, REGIO).map((b) => `${b.code}@${b.veld}`);

describe('valideerInschrijvingsbericht (Lpw art 18)', () => {
  it.each([
    ['a valid message', {}, []],
    ['an empty bericht-id', { berichtId: '' }, ['ONGELDIGE_INVOER@berichtId']],
    ['a bericht-id with spaces', { berichtId: 'a b' }, ['ONGELDIGE_INVOER@berichtId']],
    ['a BSN failing the elfproef', { bsn: '111222334' }, ['ONGELDIG_BSN@bsn']],
    ['a gemeente outside the region', { gemeente: '0363' }, ['ONBEKENDE_GEMEENTE@gemeente']],
    ['a gemeente the school does not serve', { gemeente: '0166' }, ['GEMEENTE_NIET_TOEGESTAAN@gemeente']],
    ["another school's BRIN", { brin: '12AB' }, ['BRIN_NIET_TOEGESTAAN@brin']],
    ['a malformed BRIN', { brin: '99xx' }, ['ONGELDIG_BRIN@brin']],
    ['an impossible date', { datum: '2026-02-29' }, ['ONGELDIGE_DATUM@datum']],
    ['a birth date after the enrolment', { geboortedatum: '2026-09-01' }, ['ONGELDIGE_DATUM@geboortedatum']],
    ['a valid birth date', { geboortedatum: '2010-05-01' }, []],
  ])('%s', (_what, invoer, verwacht) => {
    expect(codes(invoer)).toEqual(verwacht);
  });

  it('lets staff report for any school in their gemeenten', () => {
    expect(codes({ brin: '12AB' }, { gemeenten: ['0193'], eigenBrin: null })).toEqual([]);
  });
});
