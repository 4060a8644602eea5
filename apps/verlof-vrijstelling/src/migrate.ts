import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { VERLOF_VRIJSTELLING_MIGRATIONS, VERLOF_VRIJSTELLING_SERVICE } from './verlof-vrijstelling.database';

/** `nx run verlof-vrijstelling:migrate` — applies pending migrations with the administrative connection. */
runServiceMigrations(VERLOF_VRIJSTELLING_SERVICE, VERLOF_VRIJSTELLING_MIGRATIONS)
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: VERLOF_VRIJSTELLING_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: VERLOF_VRIJSTELLING_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
