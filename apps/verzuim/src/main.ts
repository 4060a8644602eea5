import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { loadVerzuimConfig } from './kern/verzuim.config';
import { VERZUIM_SERVICE } from './verzuim.database';

/**
 * verzuim: verzuimmeldingen from DUO, paper and school systems; the case along the MAS;
 * feedback to DUO and schools; escalation to handhaving and the Doorstroompunt.
 * Start: `nx run verzuim:serve`.
 */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(VERZUIM_SERVICE, 4002);
  const verzuim = loadVerzuimConfig();
  await bootstrapService(AppModule.register(config, verzuim), VERZUIM_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: VERZUIM_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
