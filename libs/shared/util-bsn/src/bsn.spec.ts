import { isGeldigBsn, pseudonimiseerBsn } from './bsn';

describe('isGeldigBsn (elfproef)', () => {
  it('accepts known valid test numbers', () => {
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('123456782')).toBe(true);
  });

  it('refuses a number that fails the elfproef by one digit', () => {
    expect(isGeldigBsn('123456781')).toBe(false);
    expect(isGeldigBsn('111222334')).toBe(false);
  });

  it('refuses wrong length, non-digits and all zeros', () => {
    expect(isGeldigBsn('12345678')).toBe(false);
    expect(isGeldigBsn('1234567820')).toBe(false);
    expect(isGeldigBsn('12345678a')).toBe(false);
    expect(isGeldigBsn('000000000')).toBe(false);
  });
});

describe('pseudonimiseerBsn', () => {
  it('is stable for one key and differs per key and per BSN', () => {
    const key = 'k'.repeat(32);
    expect(pseudonimiseerBsn('111222333', key)).toBe(pseudonimiseerBsn('111222333', key));
    expect(pseudonimiseerBsn('111222333', key)).not.toBe(pseudonimiseerBsn('123456782', key));
    expect(pseudonimiseerBsn('111222333', key)).not.toBe(pseudonimiseerBsn('111222333', 'x'.repeat(32)));
    expect(pseudonimiseerBsn('111222333', key)).not.toContain('111222333');
  });
});
