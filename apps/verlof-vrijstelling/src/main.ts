import { bootstrapService, loadSubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AppModule } from './app.module';
import { loadVerlofVrijstellingConfig } from './kern/verlof-vrijstelling.config';
import { VERLOF_VRIJSTELLING_SERVICE } from './verlof-vrijstelling.database';

/**
 * verlof-vrijstelling: verlofaanvragen under the Awb (Lpw art 11, 13a, 14), vrijstellingen (art 5,
 * 5a, 15), vervangende leerplicht (art 3a/3b), "is this a school", bezwaar, and their letters.
 * Start: `nx run verlof-vrijstelling:serve`.
 */
async function main(): Promise<void> {
  const config = loadSubgraphConfig(VERLOF_VRIJSTELLING_SERVICE, 4003);
  const verlofVrijstelling = loadVerlofVrijstellingConfig();
  await bootstrapService(AppModule.register(config, verlofVrijstelling), VERLOF_VRIJSTELLING_SERVICE, config.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: VERLOF_VRIJSTELLING_SERVICE, msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
