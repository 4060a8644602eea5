import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { VERLOF_VRIJSTELLING_SERVICE } from './verlof-vrijstelling.database';

/** verlof-vrijstelling: verlofaanvragen, vrijstellingen, vervangende leerplicht, Awb procedure, bezwaar. Start: `nx run verlof-vrijstelling:serve`. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(VERLOF_VRIJSTELLING_SERVICE, 4003);
  await bootstrapService(AppModule.register(config), VERLOF_VRIJSTELLING_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: VERLOF_VRIJSTELLING_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
