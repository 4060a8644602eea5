import { GraphQLError } from 'graphql';
import { DomainError, formatGraphQLError, veiligeFoutmelding } from './domain-error';

describe('veiligeFoutmelding', () => {
  it('drops the value from a coercion message but keeps the variable and the path', () => {
    const message = 'Variable "$input" got invalid value "zestien-111222333" at "input.verzuimUren"; Float cannot represent non numeric value: "zestien-111222333"';
    expect(veiligeFoutmelding(message)).toBe('Variabele "$input" heeft een ongeldige waarde bij "input.verzuimUren".');
  });

  it('masks BSN-like numbers in any other message', () => {
    expect(veiligeFoutmelding('Expected 123456782 to be x')).toBe('Expected ********* to be x');
  });
});

describe('formatGraphQLError', () => {
  it('keeps a domain error code, message and field', () => {
    const error = new GraphQLError('x', { originalError: new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig.', 'bsn') });
    expect(formatGraphQLError({ message: 'x' }, error)).toEqual({ message: 'Het BSN is ongeldig.', path: undefined, extensions: { code: 'ONGELDIG_BSN', veld: 'bsn' } });
  });

  it('hides an unexpected error behind a generic message', () => {
    const error = new GraphQLError('duplicate key value violates unique constraint (bsn)=(111222333)', { originalError: new Error('duplicate key (bsn)=(111222333)') });
    const formatted = formatGraphQLError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toContain('111222333');
  });
});
