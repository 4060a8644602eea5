import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { VERZUIM_MIGRATIONS, VERZUIM_SERVICE } from './verzuim.database';

/** `nx run verzuim:migrate` — applies pending migrations with the administrative connection. */
runServiceMigrations(VERZUIM_SERVICE, VERZUIM_MIGRATIONS)
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: VERZUIM_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: VERZUIM_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
