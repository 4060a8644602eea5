import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { HANDHAVING_MIGRATIONS, HANDHAVING_SERVICE } from './handhaving.database';

/** `nx run handhaving:migrate` — applies pending migrations with the administrative connection. */
runServiceMigrations(HANDHAVING_SERVICE, HANDHAVING_MIGRATIONS)
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: HANDHAVING_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: HANDHAVING_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
