#!/usr/bin/env node
// npm run stack:down — stop whatever tools/stack/stack.mjs started (every pid file in .stack/run).
// A Kafka/Keycloak that was already running before (not started by us) is left alone.
import { stopStack } from '../stack/stack.mjs';

try {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const { stopped } = await stopStack(names.length ? names : undefined);
  console.log(stopped.length ? `[stack] stopped: ${stopped.join(', ')}` : '[stack] nothing of ours was running');
} catch (err) {
  console.error(`[stack] FAILED: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
