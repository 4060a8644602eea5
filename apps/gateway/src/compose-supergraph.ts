import { readFileSync, writeFileSync } from 'node:fs';
import { SUPERGRAPH_FILE, composeSupergraph } from './supergraph';

/** CLI: `npm run supergraph` writes the file; `npm run supergraph:check` fails when it is stale. */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const composed = await composeSupergraph();
  if (check) {
    const current = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (current !== composed) {
      process.stderr.write(`${SUPERGRAPH_FILE} is verouderd: draai 'npm run supergraph' en commit het resultaat.\n`);
      process.exit(1);
    }
    process.stdout.write(`${SUPERGRAPH_FILE} is actueel.\n`);
    return;
  }
  writeFileSync(SUPERGRAPH_FILE, composed);
  process.stdout.write(`${SUPERGRAPH_FILE} geschreven.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
