import {
  Kafka,
  logLevel as KafkaLogLevel,
  Partitioners,
  type Admin,
  type Consumer,
  type IHeaders,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type { BusConfig } from './bus-config';
import { redactBsnLike, safeErrorText } from './sql';

export type BusLogLevel = 'error' | 'warn' | 'info' | 'debug';
export type BusLogFields = Record<string, string | number | boolean | null>;
/** Same shape as util-logging's `JsonLogger.event`, so the lead can pass that straight in. */
export type BusLogger = (level: BusLogLevel, msg: string, fields: BusLogFields) => void;

export type KafkaBusOptions = {
  log?: BusLogger;
  logLevel?: BusLogLevel;
  /** isReady() gives up after this long. Default 2000 ms. */
  readyTimeoutMs?: number;
};

export type BusMessage = {
  topic: string;
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
};

export type TopicOffsets = { partition: number; low: bigint; high: bigint };

export const DLQ_SUFFIX = '.dlq';
export function deadLetterTopic(topic: string): string {
  return `${topic}${DLQ_SUFFIX}`;
}

/** JSON lines on stdout: `{level, time, msg, component:'kafka', ...fields}`. */
export const stdoutBusLogger: BusLogger = (level, msg, fields) => {
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg, component: 'kafka', ...fields })}\n`);
};

const TO_KAFKA_LEVEL: Record<BusLogLevel, KafkaLogLevel> = {
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
};

function fromKafkaLevel(level: KafkaLogLevel): BusLogLevel {
  if (level === KafkaLogLevel.ERROR) return 'error';
  if (level === KafkaLogLevel.WARN) return 'warn';
  if (level === KafkaLogLevel.INFO) return 'info';
  return 'debug';
}

/**
 * kafkajs log entries carry arbitrary extras (stacks, request payloads, assignments). Only these
 * technical fields are passed on, so message contents (personal data) can never reach a log line.
 */
const SAFE_FIELDS = [
  'broker',
  'clientId',
  'groupId',
  'memberId',
  'topic',
  'partition',
  'offset',
  'retryCount',
  'retryTime',
  'groupGenerationId',
  'leaderId',
  'isLeader',
] as const;

/**
 * One kafkajs client per process, wrapped. Feature code never sees kafkajs: it publishes through
 * the outbox and consumes through EventConsumer; this class is their shared plumbing.
 */
export class KafkaBus {
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private readonly ensuredTopics = new Set<string>();
  private readonly logger: BusLogger;
  private readonly readyTimeoutMs: number;
  private connected = false;

  constructor(
    readonly config: Pick<BusConfig, 'brokers' | 'clientId'>,
    options: KafkaBusOptions = {},
  ) {
    this.logger = options.log ?? stdoutBusLogger;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 2_000;
    this.kafka = new Kafka({
      clientId: config.clientId,
      brokers: config.brokers,
      logLevel: TO_KAFKA_LEVEL[options.logLevel ?? 'info'],
      logCreator: () => (entry: LogEntry) => this.forwardKafkaLog(entry),
    });
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({
      // Broker-side de-duplication of the producer's own retries, in order per partition.
      idempotent: true,
      maxInFlightRequests: 1,
      // Java-compatible murmur2: the same key lands on the same partition as with any other client.
      createPartitioner: Partitioners.DefaultPartitioner,
      // kafkajs retries an idempotent producer forever by default; a bounded send lets the relay
      // record the failure and back off instead of holding its row locks indefinitely. The
      // duplicates this may cause are absorbed by the consumers' inbox.
      retry: { retries: 5 },
    });
  }

  async connect(): Promise<void> {
    await this.admin.connect();
    await this.producer.connect();
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
    await this.producer.disconnect();
    await this.admin.disconnect();
  }

  /**
   * Creates the topics and their dead-letter topics when missing (the brokers do not auto-create).
   * Idempotent and safe to race with another service doing the same. Partition count is fixed at
   * creation: changing it later would move keys to other partitions and break per-person order.
   */
  /**
   * A just-created topic can be missing from the broker's metadata for a moment even after
   * `waitForLeaders` (seen on a freshly started KRaft broker: "This server does not host this
   * topic-partition"); a consumer subscribing in that moment crashes. Wait until every partition
   * reports a leader, for at most ten seconds.
   */
  private async waitForPartitionLeaders(topics: readonly string[]): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const metadata = await this.admin.fetchTopicMetadata({ topics: [...topics] });
        if (metadata.topics.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0))) return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async ensureTopics(topics: readonly string[], partitions = 3): Promise<void> {
    const wanted = new Set<string>();
    for (const topic of topics) {
      wanted.add(topic);
      if (!topic.endsWith(DLQ_SUFFIX)) {
        wanted.add(deadLetterTopic(topic));
      }
    }
    const unknown = [...wanted].filter((topic) => !this.ensuredTopics.has(topic));
    if (unknown.length === 0) {
      return;
    }
    this.assertConnected();
    const existing = new Set(await this.admin.listTopics());
    const missing = unknown.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      try {
        // Resolves false (no throw) for topics that someone else created in the meantime.
        await this.admin.createTopics({
          topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
          waitForLeaders: true,
        });
        this.log('info', 'topics created', { topics: missing.join(',') });
      } catch (error) {
        // Two services creating the same topic at once: kafkajs' wait for leaders can fail with
        // "This server does not host this topic-partition" while the other creation settles. The
        // topic exists or will in a moment; the wait below decides (and throws if it never does).
        this.log('warn', 'createTopics failed, waiting for the topics instead', { topics: missing.join(','), error: safeErrorText(error) });
      }
    }
    // Also for topics another service created a moment ago (services start side by side).
    await this.waitForPartitionLeaders(unknown);
    for (const topic of unknown) {
      this.ensuredTopics.add(topic);
    }
  }

  /** Readiness probe: can we reach the cluster right now? Never throws. */
  async isReady(): Promise<boolean> {
    if (!this.connected) {
      return false;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.readyTimeoutMs);
    });
    const probe = this.admin.describeCluster().then(
      (cluster) => cluster.brokers.length > 0,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends through the shared idempotent producer (acks from all in-sync replicas). */
  async send(messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) {
      return;
    }
    this.assertConnected();
    const byTopic = new Map<string, BusMessage[]>();
    for (const message of messages) {
      const list = byTopic.get(message.topic) ?? [];
      list.push(message);
      byTopic.set(message.topic, list);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
      })),
    });
  }

  /** For this library's consumers (EventConsumer, replayDeadLetters); not for feature code. */
  createConsumer(groupId: string): Consumer {
    return this.kafka.consumer({
      groupId,
      // Bounds how long an idle fetch blocks stop()/disconnect().
      maxWaitTimeInMs: 1_000,
    });
  }

  async fetchTopicOffsets(topic: string): Promise<TopicOffsets[]> {
    this.assertConnected();
    const offsets = await this.admin.fetchTopicOffsets(topic);
    return offsets.map(({ partition, low, high }) => ({ partition, low: BigInt(low), high: BigInt(high) }));
  }

  async topicExists(topic: string): Promise<boolean> {
    this.assertConnected();
    return (await this.admin.listTopics()).includes(topic);
  }

  async deleteConsumerGroup(groupId: string): Promise<void> {
    this.assertConnected();
    await this.admin.deleteGroups([groupId]);
  }

  log(level: BusLogLevel, msg: string, fields: BusLogFields = {}): void {
    try {
      this.logger(level, msg, fields);
    } catch {
      // A broken logger must never break message processing.
    }
  }

  /** kafkajs would connect implicitly and leave sockets behind that disconnect() does not know about. */
  private assertConnected(): void {
    if (!this.connected) {
      throw new Error('KafkaBus is not connected');
    }
  }

  private forwardKafkaLog({ namespace, level, log }: LogEntry): void {
    const fields: BusLogFields = namespace ? { namespace } : {};
    for (const key of SAFE_FIELDS) {
      const value: unknown = log[key];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        fields[key] = value;
      }
    }
    const error: unknown = log['error'];
    if (error !== undefined) {
      fields['error'] = safeErrorText(error);
    }
    const message = String(log.message);
    // The bounded producer retries are deliberate (see the constructor); not worth a warning at every start.
    const effective = message.startsWith('Limiting retries for the idempotent producer') ? 'debug' : fromKafkaLevel(level);
    this.log(effective, redactBsnLike(message), fields);
  }
}
