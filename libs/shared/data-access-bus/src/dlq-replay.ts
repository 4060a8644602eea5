import { randomUUID } from 'node:crypto';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { DLQ_HEADERS } from './event-consumer';
import { deadLetterTopic, type BusMessage, type KafkaBus } from './kafka-bus';

export type ReplayOptions = {
  /** The original topic; its dead letters are read from `<topic>.dlq`. */
  topic: string;
  /** Only dead letters written by this consumer group. */
  consumerGroup?: string;
  /** Only this event. */
  eventId?: string;
  /** Report what would be replayed; `replayed` then counts those messages, nothing is sent. */
  dryRun?: boolean;
  log?: (line: string) => void;
  /** Give up when the end of the DLQ was not reached in time. Default 60 s. */
  timeoutMs?: number;
};

export type ReplayResult = { replayed: number; skipped: number };

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

function eventIdOf(message: KafkaMessage): string | undefined {
  const fromHeader = headerText(message.headers, 'event-id');
  if (fromHeader) {
    return fromHeader;
  }
  try {
    const parsed: unknown = JSON.parse(message.value?.toString('utf8') ?? '');
    if (typeof parsed === 'object' && parsed !== null && 'eventId' in parsed && typeof parsed.eventId === 'string') {
      return parsed.eventId;
    }
  } catch {
    // not JSON: only matchable through the header
  }
  return undefined;
}

/**
 * Republishes dead letters of `topic` to the topic itself, with their original key and headers
 * (minus dlq-*). Reads the DLQ from the beginning up to the high watermark taken at the start,
 * with a throwaway consumer group that is deleted afterwards. Dead letters stay in the DLQ
 * (Kafka is append-only); replaying one twice is harmless because consumers de-duplicate.
 * Log lines carry ids and reasons only, never message contents.
 */
export async function replayDeadLetters(bus: KafkaBus, opts: ReplayOptions): Promise<ReplayResult> {
  const log = opts.log ?? (() => undefined);
  const dlq = deadLetterTopic(opts.topic);
  if (!(await bus.topicExists(dlq))) {
    log(`${dlq} does not exist: nothing to replay`);
    return { replayed: 0, skipped: 0 };
  }
  // The end of each partition as of now; messages dead-lettered during the replay wait for the next one.
  const ends = new Map<number, bigint>();
  for (const { partition, low, high } of await bus.fetchTopicOffsets(dlq)) {
    if (high > low) {
      ends.set(partition, high);
    }
  }
  if (ends.size === 0) {
    log(`${dlq} is empty`);
    return { replayed: 0, skipped: 0 };
  }

  const result: ReplayResult = { replayed: 0, skipped: 0 };
  const groupId = `${bus.config.clientId}.dlq-replay.${randomUUID()}`;
  const consumer = bus.createConsumer(groupId);
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const remaining = new Set(ends.keys());

  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [dlq], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = ends.get(partition);
        const offset = BigInt(message.offset);
        if (end === undefined || offset >= end) {
          return;
        }
        await replayOne(bus, opts, message, partition, result, log);
        if (offset + 1n >= end) {
          remaining.delete(partition);
          if (remaining.size === 0) {
            finish();
          }
        }
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), opts.timeoutMs ?? 60_000);
    });
    const late = await Promise.race([finished.then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) {
      throw new Error(
        `replay of ${dlq} did not reach the end in time (replayed ${result.replayed}, skipped ${result.skipped})`,
      );
    }
  } finally {
    await consumer.disconnect();
    await bus.deleteConsumerGroup(groupId).catch(() => log(`could not delete throwaway group ${groupId}`));
  }
  log(`${opts.dryRun ? 'dry run: would replay' : 'replayed'} ${result.replayed}, skipped ${result.skipped}`);
  return result;
}

async function replayOne(
  bus: KafkaBus,
  opts: ReplayOptions,
  message: KafkaMessage,
  partition: number,
  result: ReplayResult,
  log: (line: string) => void,
): Promise<void> {
  const eventId = eventIdOf(message);
  const group = headerText(message.headers, DLQ_HEADERS.consumerGroup);
  const where = `partition ${partition} offset ${message.offset} event ${eventId ?? '(unknown)'}`;
  if ((opts.eventId && eventId !== opts.eventId) || (opts.consumerGroup && group !== opts.consumerGroup)) {
    result.skipped += 1;
    return;
  }
  const reason = headerText(message.headers, DLQ_HEADERS.reason) ?? '';
  // Always back to opts.topic (never to a topic named in a header): the operator chose that one.
  const originalTopic = opts.topic;
  if (opts.dryRun) {
    log(`would replay ${where} (group ${group ?? '?'}, reason: ${reason})`);
    result.replayed += 1;
    return;
  }
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!name.startsWith('dlq-')) {
      headers[name] = value;
    }
  }
  const republished: BusMessage = { topic: originalTopic, key: message.key, value: message.value, headers };
  await bus.send([republished]);
  result.replayed += 1;
  log(`replayed ${where} to ${originalTopic} (group ${group ?? '?'}, reason: ${reason})`);
}
