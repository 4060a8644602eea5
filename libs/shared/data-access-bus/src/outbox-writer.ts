import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Classification, EventActor, EventContract, EventEnvelope } from '@leerrecht/shared/contracts-events';
import { schemaIdentifier } from './sql';

export type OutboxInput<P> = {
  gemeente: string;
  subjectKey: string;
  classification: Classification;
  correlationId: string;
  causationId?: string | null;
  actor: EventActor;
  payload: P;
};

/**
 * Writes events to the service's outbox in the caller's transaction: the event exists if and only
 * if the state change it describes was committed. The OutboxRelay publishes it afterwards.
 */
export class OutboxWriter {
  private readonly table: string;

  constructor(
    schema: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.table = `${schemaIdentifier(schema)}."outbox_message"`;
  }

  async add<P>(manager: EntityManager, contract: EventContract<P>, input: OutboxInput<P>): Promise<EventEnvelope<P>> {
    // Outside a transaction the event and the change could diverge, which the outbox exists to prevent.
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.add needs the EntityManager of an open transaction');
    }
    // Throws ContractViolation before anything is written; what is stored is what consumers will parse.
    const envelope = contract.parse({
      eventId: randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: this.clock().toISOString(),
      gemeente: input.gemeente,
      subjectKey: input.subjectKey,
      classification: input.classification,
      correlationId: input.correlationId,
      causationId: input.causationId ?? null,
      actor: input.actor,
      payload: input.payload,
    });
    await manager.query(
      `INSERT INTO ${this.table} ("event_id", "topic", "partition_key", "envelope") VALUES ($1, $2, $3, $4::jsonb)`,
      [envelope.eventId, contract.topic, envelope.subjectKey, JSON.stringify(envelope)],
    );
    return envelope;
  }
}
