import { KafkaBus } from './kafka-bus';
import { replayDeadLetters } from './dlq-replay';

/**
 * Operator command: `npm run dlq:replay -- --topic=<topic> [--group=<consumer group>]
 * [--event-id=<uuid>] [--dry-run]`. Republishes dead letters of <topic> (read from <topic>.dlq)
 * to the topic, after the cause was fixed. Replaying twice is harmless: consumers de-duplicate
 * through their inbox. See docs/operations.md.
 */
function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const topic = flag('topic');
  if (!topic || !/^leerrecht\.[a-z0-9-]+\.[a-z0-9-]+\.v\d+$/.test(topic)) {
    process.stderr.write('gebruik: npm run dlq:replay -- --topic=leerrecht.<context>.<event>.v<N> [--group=...] [--event-id=...] [--dry-run]\n');
    process.exit(2);
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim());
  const bus = new KafkaBus({ brokers, clientId: 'leerrecht-dlq-replay' });
  await bus.connect();
  try {
    const result = await replayDeadLetters(bus, {
      topic,
      consumerGroup: flag('group'),
      eventId: flag('event-id'),
      dryRun: process.argv.includes('--dry-run'),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify({ topic, ...result, dryRun: process.argv.includes('--dry-run') })}\n`);
  } finally {
    await bus.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
