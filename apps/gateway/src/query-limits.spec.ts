import { parse } from 'graphql';
import { measureOperation } from './query-limits';

describe('measureOperation', () => {
  it('counts depth and fields', () => {
    expect(measureOperation(parse('{ a { b { c } d } }'))).toEqual({ depth: 3, fields: 4 });
  });

  it('expands fragments and inline fragments', () => {
    const document = parse('query Q { a { ...F } } fragment F on A { b { c } ... on A { d { e } } }');
    expect(measureOperation(document, 'Q')).toEqual({ depth: 3, fields: 5 });
  });

  it('measures the named operation only', () => {
    const document = parse('query Small { a } query Big { a { b { c { d } } } }');
    expect(measureOperation(document, 'Small').depth).toBe(1);
    expect(measureOperation(document, 'Big').depth).toBe(4);
  });

  it('does not loop on a self-referencing fragment', () => {
    const document = parse('{ a { ...F } } fragment F on A { b { ...F } }');
    expect(measureOperation(document).depth).toBe(2);
  });
});
