import { bootstrapService } from '@leerrecht/shared/feature-subgraph';
import { loadGatewayConfig } from './gateway-config';
import { GatewayModule } from './gateway.module';

/** gateway: the one public GraphQL endpoint; composes the subgraphs and limits queries. */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  await bootstrapService(GatewayModule.register(config), 'gateway', config.GATEWAY_PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', service: 'gateway', msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
