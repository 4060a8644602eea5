import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { KETENPARTNER_SIGNALEN_SERVICE } from './ketenpartner-signalen.database';

/** ketenpartner-signalen: intake of signals from chain partners and their status feedback. Start: `nx run ketenpartner-signalen:serve`. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(KETENPARTNER_SIGNALEN_SERVICE, 4006);
  await bootstrapService(AppModule.register(config), KETENPARTNER_SIGNALEN_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: KETENPARTNER_SIGNALEN_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
