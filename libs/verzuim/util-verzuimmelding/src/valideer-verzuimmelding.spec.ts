import { valideerVerzuimmelding, type Melder, type VerzuimmeldingInvoer } from './valideer-verzuimmelding';

const REGIO = ['0193', '0166', '1581'];
const SCHOOL: Melder = { gemeenten: ['0193', '1581'], eigenBrin: '99XX' };
const MEDEWERKER: Melder = { gemeenten: ['0193'], eigenBrin: null };
const GOED: VerzuimmeldingInvoer = { bsn: '111222333', gemeente: '0193', schoolBrin: '99XX', beginDatum: '2026-11-02', eindDatum: '2026-11-20', verzuimUren: 16 };

function codes(invoer: Partial<VerzuimmeldingInvoer>, melder: Melder = SCHOOL): string[] {
  return valideerVerzuimmelding({ ...GOED, ...invoer }, melder, REGIO).map((b) => `${b.code}@${b.veld}`);
}

describe('valideerVerzuimmelding', () => {
  it('accepts a complete, valid melding', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ eindDatum: null, verzuimUren: null })).toEqual([]);
  });

  it.each([
    ['BSN failing the elfproef', { bsn: '123456781' }, ['ONGELDIG_BSN@bsn']],
    ['gemeente outside the region', { gemeente: '0363' }, ['ONBEKENDE_GEMEENTE@gemeente']],
    ['malformed gemeentecode', { gemeente: '193' }, ['ONBEKENDE_GEMEENTE@gemeente']],
    ['gemeente of the region the school does not serve', { gemeente: '0166' }, ['GEMEENTE_NIET_TOEGESTAAN@gemeente']],
    ['malformed BRIN', { schoolBrin: '9XX' }, ['ONGELDIG_BRIN@schoolBrin']],
    ["another school's BRIN", { schoolBrin: '12AB' }, ['BRIN_NIET_TOEGESTAAN@schoolBrin']],
    ['impossible date', { beginDatum: '2026-02-29' }, ['ONGELDIGE_DATUM@beginDatum']],
    ['leap day is a date', { beginDatum: '2028-02-29', eindDatum: '2028-03-01' }, []],
    ['end before start', { eindDatum: '2026-11-01' }, ['ONGELDIGE_PERIODE@eindDatum']],
    ['end on the start day', { eindDatum: '2026-11-02' }, []],
    ['negative hours', { verzuimUren: -1 }, ['ONGELDIGE_UREN@verzuimUren']],
    ['absurd hours', { verzuimUren: 1001 }, ['ONGELDIGE_UREN@verzuimUren']],
  ])('%s', (_what, invoer, verwacht) => {
    expect(codes(invoer)).toEqual(verwacht);
  });

  it('lets staff report for any school, but only in their own gemeenten', () => {
    expect(codes({ schoolBrin: '12AB' }, MEDEWERKER)).toEqual([]);
    expect(codes({ gemeente: '1581' }, MEDEWERKER)).toEqual(['GEMEENTE_NIET_TOEGESTAAN@gemeente']);
  });

  it('reports every problem, and no message repeats the value', () => {
    const bezwaren = valideerVerzuimmelding({ ...GOED, bsn: '123456781', beginDatum: 'gisteren', verzuimUren: -5 }, SCHOOL, REGIO);
    expect(bezwaren.map((b) => b.veld)).toEqual(['bsn', 'beginDatum', 'verzuimUren']);
    expect(JSON.stringify(bezwaren)).not.toMatch(/123456781|gisteren|-5/);
  });
});
