/*
 * Schema names end up in SQL text (identifiers cannot be bind parameters), so they are checked
 * against a plain-identifier pattern instead of being escaped.
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function schemaIdentifier(schema: string): string {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`invalid schema name for the bus tables: '${schema}' (expected [a-z_][a-z0-9_]*)`);
  }
  return `"${schema}"`;
}

/** Keeps error texts that leave the process (DB columns, DLQ headers, logs) short and BSN-free. */
export function safeErrorText(error: unknown, maxLength = 500): string {
  let text: string;
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    const label = typeof code === 'string' || typeof code === 'number' ? `${error.name} ${code}` : error.name;
    text = `${label}: ${error.message}`;
  } else {
    text = String(error);
  }
  text = redactBsnLike(text);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** Last line of defence: a nine-digit run looks like a BSN, whatever put it there. */
export function redactBsnLike(text: string): string {
  return text.replace(/(?<!\d)\d{9}(?!\d)/g, '*********');
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
