import type { EventContract } from '@leerrecht/shared/contracts-events';

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
export const SUBGRAPH_CONFIG = Symbol('SUBGRAPH_CONFIG');

export interface PlatformOptions {
  /** Service name as in apps/<service>; also its schema, role, client id and consumer group. */
  service: string;
  /** TypeORM entity classes of the service. */
  entities: (new () => unknown)[];
  /** Topics this service publishes to (created at start if missing). */
  produces: EventContract<unknown>[];
  /**
   * Partitions consumed in parallel by one instance (default 1). Order stays per partition, and
   * the partition key is the person, so events about one youth are still handled one by one.
   */
  consumerConcurrency?: number;
}
