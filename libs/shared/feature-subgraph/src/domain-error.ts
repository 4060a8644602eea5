import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * A refusal of access (not of bad input): the Logboek records it, like the guard's refusals. The
 * exception filter writes it after the request's transaction rolled back.
 */
export interface Weigering {
  /** A code, e.g. 'gemeente-niet-toegestaan', 'geen-wpg-autorisatie'. */
  reden: string;
  /** The data subject's pseudonym, when the refusal is about a known person. */
  betrokkene?: string | null;
  gemeente?: string | null;
}

/**
 * An expected refusal with a stable code (e.g. 'ONGELDIG_BSN'). The message is written for the
 * caller and must never contain personal data: say which field is wrong, not its value. An access
 * refusal carries `weigering`, so it is written to the Logboek.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly weigering?: Weigering,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * GraphQL's own input-coercion messages quote the offending value ("Variable "$input" got invalid
 * value "..." at "input.bsn"; ..."), and that value may be personal data. Keep the variable and
 * the path, drop the value. Anything BSN-like left in any message is masked as well.
 */
export function veiligeFoutmelding(message: string): string {
  const coercion = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; /.exec(message);
  if (coercion) {
    return `Variabele "$${coercion[1]}" heeft een ongeldige waarde${coercion[2] ? ` bij "${coercion[2]}"` : ''}.`;
  }
  return message.replace(/(?<!\d)\d{9}(?!\d)/g, '*********');
}

const PASS_THROUGH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'NOT_FOUND']);

/**
 * The one place where errors become GraphQL errors. Domain errors keep their code and message;
 * GraphQL's own validation errors pass; everything else becomes a generic message, so a stack
 * trace, SQL text or a value from the request can never reach the caller.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { veld: original.field } : {}) },
    };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && PASS_THROUGH_CODES.has(code) && !(original instanceof Error && original.name === 'QueryFailedError')) {
    return { message: veiligeFoutmelding(formatted.message), path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  if (original && typeof original === 'object' && 'code' in original && original.code === 'AUDIT_UNAVAILABLE') {
    return { message: 'Het verwerkingenlogboek is niet beschikbaar; er is niets uitgevoerd.', path: formatted.path, extensions: { code: 'AUDIT_UNAVAILABLE' } };
  }
  return { message: 'Interne fout; de beheerder kan de trace-id in de logs opzoeken.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
