import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { DOORSTROOMPUNT_SERVICE } from './doorstroompunt.database';

/** doorstroompunt: VSV follow-up 18–23, overdracht at 18, JIKP monitoring, trajecten. Start: `nx run doorstroompunt:serve`. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(DOORSTROOMPUNT_SERVICE, 4005);
  await bootstrapService(AppModule.register(config), DOORSTROOMPUNT_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: DOORSTROOMPUNT_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
