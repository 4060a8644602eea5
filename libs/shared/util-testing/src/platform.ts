import { ServiceProcess } from './service-process';
import { SUBGRAPHS, TEST_ENV, serviceEnv } from './test-environment';

export interface RunningPlatform {
  gatewayUrl: string;
  services: Map<string, ServiceProcess>;
  stop(): Promise<void>;
}

/** Starts every subgraph and the gateway as separate processes against the real stack. */
export async function startPlatform(): Promise<RunningPlatform> {
  const env = serviceEnv();
  const services = new Map<string, ServiceProcess>();
  for (const name of SUBGRAPHS) {
    services.set(name, new ServiceProcess(name, TEST_ENV.ports[name], env));
  }
  // Two cores: start the subgraphs in two waves rather than all at once.
  const names = [...services.keys()];
  await Promise.all(names.slice(0, 3).map((name) => services.get(name)?.start()));
  await Promise.all(names.slice(3).map((name) => services.get(name)?.start()));
  const gateway = new ServiceProcess('gateway', TEST_ENV.gatewayPort, env);
  await gateway.start();
  services.set('gateway', gateway);
  return {
    gatewayUrl: `http://127.0.0.1:${TEST_ENV.gatewayPort}/graphql`,
    services,
    async stop() {
      await Promise.all([...services.values()].map((service) => service.stop()));
    },
  };
}
