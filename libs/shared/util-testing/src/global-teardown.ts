import type { DedicatedKafka } from './dedicated-kafka';

/** Stops the integration run's own Kafka broker and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const broker = (globalThis as { __leerrechtKafka?: DedicatedKafka }).__leerrechtKafka;
  await broker?.destroy();
}
