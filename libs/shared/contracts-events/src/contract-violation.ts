/** One failed check: where (dotted path) and what kind, never the offending value. */
export interface ContractIssue {
  /** Dotted path from the envelope root, e.g. 'payload.bsn'; '(root)' for the whole message. */
  readonly path: string;
  /** zod issue code, e.g. 'invalid_format', 'invalid_type'. */
  readonly code: string;
  /** zod's default message: describes the expectation (type, pattern, options), not the input. */
  readonly message: string;
}

/**
 * A message does not satisfy its contract. The message lists paths only: the values may be
 * personal data (a BSN in the wrong field), and this error ends up in logs and DLQ headers.
 */
export class ContractViolation extends Error {
  readonly code = 'CONTRACT_VIOLATION';
  override readonly name = 'ContractViolation';

  constructor(
    readonly eventType: string,
    readonly issues: readonly ContractIssue[],
  ) {
    super(`contract violation (${eventType}) at: ${ContractViolation.paths(issues)}`);
  }

  /** Distinct paths, comma separated; used as the DLQ reason too. */
  static paths(issues: readonly ContractIssue[]): string {
    return [...new Set(issues.map((issue) => issue.path))].join(', ');
  }
}

/** Formats a zod issue path; numbers are array indices. */
export function formatPath(prefix: readonly PropertyKey[], path: readonly PropertyKey[]): string {
  const parts = [...prefix, ...path].map((part) => (typeof part === 'symbol' ? (part.description ?? '?') : String(part)));
  return parts.length === 0 ? '(root)' : parts.join('.');
}
