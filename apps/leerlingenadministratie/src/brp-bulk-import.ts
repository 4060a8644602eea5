import { parseArgs } from 'node:util';
import { createServiceDataSource, withDatabaseUser } from '@leerrecht/shared/data-access-db';
import { loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { importeerBrpBulkbestand } from './brp/brp-bulk-import';
import { LEERLINGENADMINISTRATIE_DATABASE, LEERLINGENADMINISTRATIE_ENTITIES, LEERLINGENADMINISTRATIE_SERVICE } from './leerlingenadministratie.database';

/**
 * `npm run brp:bulk -- --bestand personen.ndjson [--gemeenten 0193,0166] [--peildatum 2026-11-24]`:
 * the initial load of the BRP population (docs/operations.md). Runs as the service's own
 * database role, so row-level security applies as in the service.
 */
async function main(): Promise<void> {
  // tools/runtime/run.js passes its entry file along; the options follow it.
  const args = process.argv.slice(process.argv.findIndex((arg) => arg.endsWith('brp-bulk-import.js')) + 1);
  const { values } = parseArgs({ args, options: { bestand: { type: 'string' }, gemeenten: { type: 'string' }, peildatum: { type: 'string' } } });
  if (!values.bestand) throw new Error('gebruik: brp-bulk-import --bestand <personen.ndjson> [--gemeenten 0193,0166] [--peildatum JJJJ-MM-DD]');
  const config = loadSubgraphConfig(LEERLINGENADMINISTRATIE_SERVICE, 4001);
  const instructies = InstructieRegister.laad();
  const gemeenten = values.gemeenten ? values.gemeenten.split(',').map((g) => g.trim()) : instructies.gemeenten();
  for (const gemeente of gemeenten) instructies.voorGemeente(gemeente);
  const dataSource = createServiceDataSource({
    url: config.SERVICE_DATABASE_URL ?? withDatabaseUser(config.DATABASE_URL, LEERLINGENADMINISTRATIE_DATABASE.role),
    spec: LEERLINGENADMINISTRATIE_DATABASE,
    entities: LEERLINGENADMINISTRATIE_ENTITIES,
    poolSize: 2,
  });
  await dataSource.initialize();
  try {
    const resultaat = await importeerBrpBulkbestand(dataSource, instructies, {
      bestand: values.bestand,
      gemeenten,
      peildatum: values.peildatum ?? new Date().toISOString().slice(0, 10),
      pseudoniemSleutel: config.PSEUDONYM_KEY,
    });
    process.stdout.write(`${JSON.stringify({ level: 'info', service: LEERLINGENADMINISTRATIE_SERVICE, msg: 'brp-bulkbestand geladen', ...resultaat, fouten: resultaat.fouten.slice(0, 100) })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: LEERLINGENADMINISTRATIE_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
