import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { HANDHAVING_SERVICE } from './handhaving.database';

/** handhaving: waarschuwing, Halt, proces-verbaal, SVB, RvdK, Veilig Thuis — the Wpg domain. Start: `nx run handhaving:serve`. */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(HANDHAVING_SERVICE, 4004);
  await bootstrapService(AppModule.register(config), HANDHAVING_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: HANDHAVING_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
