import { isAangewezenOp } from './deskundige.service';

describe('designated on the day (Lpw art 7; 000 art 14; 003 art 13)', () => {
  const aanwijzing = { aangewezenOp: '2027-03-01', geldigTotEnMet: '2027-12-31', ingetrokkenOp: null };

  it.each([
    ['2027-02-28', aanwijzing, false],
    ['2027-03-01', aanwijzing, true],
    ['2027-12-31', aanwijzing, true],
    ['2028-01-01', aanwijzing, false],
    ['2030-01-01', { ...aanwijzing, geldigTotEnMet: null }, true],
    ['2027-05-31', { ...aanwijzing, ingetrokkenOp: '2027-06-01' }, true],
    ['2027-06-01', { ...aanwijzing, ingetrokkenOp: '2027-06-01' }, false],
  ])('on %s: %o → %s', (peildatum, deskundige, verwacht) => {
    expect(isAangewezenOp(deskundige, peildatum)).toBe(verwacht);
  });
});
