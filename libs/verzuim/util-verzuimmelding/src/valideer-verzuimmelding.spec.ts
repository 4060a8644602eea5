import { valideerVerzuimmelding, type Controlecontext, type Melder, type VerzuimmeldingInvoer } from './valideer-verzuimmelding';

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

describe('valideerVerzuimmelding: the fields of the Besluit verzuimmelding and the channel', () => {
  const CTX: Controlecontext = { gemeentenVanRegio: REGIO, vandaag: '2026-12-03', verplicht: ['berichtId', 'geboortedatum', 'melderNaam'] };
  const VOLLEDIG: VerzuimmeldingInvoer = { ...GOED, eindDatum: '2026-11-20', berichtId: 'las-1', geboortedatum: '2012-05-01', melderNaam: 'J. de Vries' };
  const fouten = (invoer: Partial<VerzuimmeldingInvoer>, ctx: Partial<Controlecontext> = {}): string[] =>
    valideerVerzuimmelding({ ...VOLLEDIG, ...invoer }, SCHOOL, { ...CTX, ...ctx }).map((b) => `${b.code}@${b.veld}`);

  it('accepts a complete melding of a school system', () => {
    expect(fouten({})).toEqual([]);
  });

  it.each([
    ['no berichtId on the API channel', { berichtId: null }, ['ONGELDIG_BERICHT_ID@berichtId']],
    ['a berichtId with spaces', { berichtId: 'las 1' }, ['ONGELDIG_BERICHT_ID@berichtId']],
    ['no birth date', { geboortedatum: null }, ['ONGELDIGE_DATUM@geboortedatum']],
    ['a birth date in the future', { geboortedatum: '2027-01-01' }, ['ONGELDIGE_DATUM@geboortedatum']],
    ['absence starting in the future', { beginDatum: '2026-12-04', eindDatum: null }, ['ONGELDIGE_DATUM@beginDatum']],
    ['no melder name (Besluit verzuimmelding)', { melderNaam: '  ' }, ['VERPLICHT_VELD@melder.naam']],
    ['a registration day before the start', { verzuimregistratie: [{ datum: '2026-11-01', uren: 2 }] }, ['ONGELDIGE_REGISTRATIE@verzuimregistratie']],
    ['a registration day after the end', { verzuimregistratie: [{ datum: '2026-11-23', uren: 2 }] }, ['ONGELDIGE_REGISTRATIE@verzuimregistratie']],
    ['25 hours on one day', { verzuimregistratie: [{ datum: '2026-11-03', uren: 25 }] }, ['ONGELDIGE_REGISTRATIE@verzuimregistratie']],
    ['a valid registration', { verzuimregistratie: [{ datum: '2026-11-03', uren: 6 }, { datum: '2026-11-20', uren: 0.5 }] }, []],
    ['late 2.5 times', { keerTeLaat: 2.5 }, ['ONGELDIG_AANTAL@keerTeLaat']],
    ['400 days absent', { verzuimdagen: 400 }, ['ONGELDIGE_DAGEN@verzuimdagen']],
    ['a reason of 2001 characters', { teksten: { vermoedelijkeReden: 'x'.repeat(2001) } }, ['TEKST_TE_LANG@vermoedelijkeReden']],
    ['a malformed postcode', { postcode: '123AB' }, ['ONGELDIGE_POSTCODE@afwijkendAdres.postcode']],
  ])('%s', (_wat, invoer, verwacht) => {
    expect(fouten(invoer)).toEqual(verwacht);
  });

  it('paper: the day of receipt is required, not in the future and not before the absence', () => {
    const papier: Partial<Controlecontext> = { verplicht: ['geboortedatum', 'melderNaam', 'ontvangenOp'] };
    expect(fouten({ berichtId: null, ontvangenOp: '2026-12-01' }, papier)).toEqual([]);
    expect(fouten({ berichtId: null }, papier)).toEqual(['ONGELDIGE_DATUM@ontvangenOp']);
    expect(fouten({ berichtId: null, ontvangenOp: '2026-12-04' }, papier)).toEqual(['ONGELDIGE_DATUM@ontvangenOp']);
    expect(fouten({ berichtId: null, ontvangenOp: '2026-11-01' }, papier)).toEqual(['ONGELDIGE_DATUM@ontvangenOp']);
  });
});
