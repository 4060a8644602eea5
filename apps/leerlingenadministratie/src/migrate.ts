import { runServiceMigrations } from '@leerrecht/shared/feature-subgraph';
import { LEERLINGENADMINISTRATIE_MIGRATIONS, LEERLINGENADMINISTRATIE_SERVICE } from './leerlingenadministratie.database';

/** `nx run leerlingenadministratie:migrate`. This service also serves the auditor's log view. */
runServiceMigrations(LEERLINGENADMINISTRATIE_SERVICE, LEERLINGENADMINISTRATIE_MIGRATIONS, { auditReader: true })
  .then((applied) => process.stdout.write(`${JSON.stringify({ level: 'info', service: LEERLINGENADMINISTRATIE_SERVICE, msg: 'migraties toegepast', applied })}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'error', service: LEERLINGENADMINISTRATIE_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(1);
  });
