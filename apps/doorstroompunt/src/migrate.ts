import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { DOORSTROOMPUNT_MIGRATIONS, DOORSTROOMPUNT_SERVICE } from './doorstroompunt.database';

/** `nx run doorstroompunt:migrate` — applies pending migrations with the administrative connection. */
runServiceMigrations(DOORSTROOMPUNT_SERVICE, DOORSTROOMPUNT_MIGRATIONS)
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: DOORSTROOMPUNT_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: DOORSTROOMPUNT_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
