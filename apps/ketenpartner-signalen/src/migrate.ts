import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { KETENPARTNER_SIGNALEN_MIGRATIONS, KETENPARTNER_SIGNALEN_SERVICE } from './ketenpartner-signalen.database';

/** `nx run ketenpartner-signalen:migrate` — applies pending migrations with the administrative connection. */
runServiceMigrations(KETENPARTNER_SIGNALEN_SERVICE, KETENPARTNER_SIGNALEN_MIGRATIONS)
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: KETENPARTNER_SIGNALEN_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: KETENPARTNER_SIGNALEN_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
