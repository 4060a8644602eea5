import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { VERZUIM_SERVICE } from './verzuim.database';

/** verzuim: verzuimmeldingen and verzuim cases. Start: `nx run verzuim:serve`. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(VERZUIM_SERVICE, 4002);
  await bootstrapService(AppModule.register(config), VERZUIM_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: VERZUIM_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
