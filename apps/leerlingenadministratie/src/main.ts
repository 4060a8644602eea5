import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { loadAdministratieConfig } from './kern/administratie.config';
import { LEERLINGENADMINISTRATIE_SERVICE } from './leerlingenadministratie.database';

/** leerlingenadministratie: BRP population, enrolments, leerplicht status, absolute-verzuim check, the leerlingdossier. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(LEERLINGENADMINISTRATIE_SERVICE, 4001);
  const administratie = loadAdministratieConfig();
  await bootstrapService(AppModule.register(config, administratie), LEERLINGENADMINISTRATIE_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: LEERLINGENADMINISTRATIE_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
