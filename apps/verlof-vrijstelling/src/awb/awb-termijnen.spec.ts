import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { beslistermijnBezwaar, beslistermijnStand, bezwaarTijdigheid, bezwaarUiterlijk, dwangsom, werkdagenVoor } from './awb-termijnen';

const kalender = new NederlandseKalender();
const ACHT_WEKEN = { aantal: 8, eenheid: 'weken' } as const;
const VIJF_WERKDAGEN = { aantal: 5, eenheid: 'werkdagen' } as const;

describe('beslistermijn (Awb art 4:13, 4:15)', () => {
  const basis = { ontvangenOp: '2027-01-04', termijn: ACHT_WEKEN, opschortingen: [], waarschuwing: VIJF_WERKDAGEN };

  it('runs 8 weeks from the day after receipt and warns 5 werkdagen before', () => {
    const stand = beslistermijnStand({ ...basis, peildatum: '2027-01-05' }, kalender);
    expect(stand).toEqual({ uiterlijk: '2027-03-01', waarschuwenVanaf: '2027-02-22', status: 'loopt', opgeschorteDagen: 0 });
  });

  it('is nearly lapsed from the warning day and lapsed the day after the last day', () => {
    expect(beslistermijnStand({ ...basis, peildatum: '2027-02-21' }, kalender).status).toBe('loopt');
    expect(beslistermijnStand({ ...basis, peildatum: '2027-02-22' }, kalender).status).toBe('bijna-verstreken');
    expect(beslistermijnStand({ ...basis, peildatum: '2027-03-01' }, kalender).status).toBe('bijna-verstreken');
    expect(beslistermijnStand({ ...basis, peildatum: '2027-03-02' }, kalender).status).toBe('verstreken');
  });

  it('moves the last day by the days of suspension while the applicant completes the request', () => {
    const stand = beslistermijnStand({ ...basis, opschortingen: [{ van: '2027-01-08', totEnMet: '2027-01-14' }], peildatum: '2027-01-20' }, kalender);
    expect(stand.opgeschorteDagen).toBe(7);
    expect(stand.uiterlijk).toBe('2027-03-08');
  });

  it('is suspended while a hersteltermijn runs', () => {
    const stand = beslistermijnStand({ ...basis, opschortingen: [{ van: '2027-01-08', totEnMet: null }], peildatum: '2027-01-10' }, kalender);
    expect(stand.status).toBe('opgeschort');
    expect(stand.opgeschorteDagen).toBe(3);
  });

  it('tells a timely from a late decision', () => {
    expect(beslistermijnStand({ ...basis, besluitOp: '2027-03-01', peildatum: '2027-03-10' }, kalender).status).toBe('tijdig-besloten');
    expect(beslistermijnStand({ ...basis, besluitOp: '2027-03-02', peildatum: '2027-03-10' }, kalender).status).toBe('te-laat-besloten');
  });

  it('an end on Easter Monday runs on to the next werkdag (Atw art 1)', () => {
    // 2027-01-31 + 8 weeks = Sunday 28 March 2027 (Easter), Monday 29 March is Tweede Paasdag.
    expect(beslistermijnStand({ ...basis, ontvangenOp: '2027-01-31', peildatum: '2027-02-01' }, kalender).uiterlijk).toBe('2027-03-30');
  });
});

describe('dwangsom bij niet tijdig beslissen (Awb art 4:17)', () => {
  it('accrues nothing in the first two weeks after the ingebrekestelling', () => {
    expect(dwangsom('2027-03-10', '2027-03-24')).toEqual({ loopVanaf: '2027-03-25', dagen: 0, bedrag: 0 });
  });

  it('is € 23 a day for the first 14 days, then € 35, then € 45', () => {
    expect(dwangsom('2027-03-10', '2027-03-25').bedrag).toBe(23);
    expect(dwangsom('2027-03-10', '2027-04-07')).toMatchObject({ dagen: 14, bedrag: 322 });
    expect(dwangsom('2027-03-10', '2027-04-08')).toMatchObject({ dagen: 15, bedrag: 357 });
  });

  it('stops at 42 days, € 1.442', () => {
    expect(dwangsom('2027-03-10', '2027-12-31')).toMatchObject({ dagen: 42, bedrag: 1442 });
  });
});

describe('bezwaar (Awb art 6:7–6:11, 7:10)', () => {
  it('the term ends 6 weeks after the day the decision was made known', () => {
    expect(bezwaarUiterlijk('2027-03-01', { aantal: 6, eenheid: 'weken' }, kalender)).toBe('2027-04-12');
  });

  it('on time, by post, late, and late but excusable', () => {
    const uiterlijk = '2027-04-12';
    expect(bezwaarTijdigheid({ uiterlijk, ontvangenOp: '2027-04-12' })).toBe('tijdig');
    expect(bezwaarTijdigheid({ uiterlijk, ontvangenOp: '2027-04-13' })).toBe('te-laat');
    expect(bezwaarTijdigheid({ uiterlijk, ontvangenOp: '2027-04-16', perPostVerzondenOp: '2027-04-12' })).toBe('tijdig-per-post');
    expect(bezwaarTijdigheid({ uiterlijk, ontvangenOp: '2027-04-20', perPostVerzondenOp: '2027-04-12' })).toBe('te-laat');
    expect(bezwaarTijdigheid({ uiterlijk, ontvangenOp: '2027-04-20', verschoonbaar: true })).toBe('te-laat-verschoonbaar');
  });

  it('the decision on objection is due 12 weeks after the objection term (with a committee)', () => {
    expect(beslistermijnBezwaar('2027-04-12', { aantal: 12, eenheid: 'weken' }, kalender)).toBe('2027-07-05');
  });
});

it('counts werkdagen backwards over a weekend', () => {
  expect(werkdagenVoor('2027-03-01', 1, kalender)).toBe('2027-02-26');
});
