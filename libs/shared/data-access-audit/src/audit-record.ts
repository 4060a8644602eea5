import type { EntityManager } from 'typeorm';
import { AUDIT_SCHEMA } from '@leerrecht/shared/data-access-db';
import { grondslagVan, type Verwerkingsactiviteit } from './verwerkingsactiviteiten';

/** One line of the Logboek Dataverwerkingen (fields after the Logius standard). */
export interface AuditEntry {
  traceId: string;
  spanId: string;
  service: string;
  /** GraphQL operation and field, e.g. `query Dossier / leerlingdossier`. */
  operatie: string;
  verwerkingsactiviteit: Verwerkingsactiviteit;
  /** Keyed pseudonym of the data subject (never the BSN itself), when known. */
  betrokkene: string | null;
  /** Gemeente responsible for the data subject, when known. */
  gemeente: string | null;
  actor: { type: 'gebruiker' | 'partner' | 'anoniem' | 'systeem'; id: string | null; rollen: string[]; gemeenten: string[] };
  status: 'toegestaan' | 'geweigerd' | 'fout';
  /** For a refusal: why (a code, never personal data). */
  reden?: string | null;
}

/** The audit log could not be written: the operation that needed it must fail. */
export class AuditUnavailableError extends Error {
  readonly code = 'AUDIT_UNAVAILABLE';
  constructor(cause: unknown) {
    super('het verwerkingenlogboek is niet beschikbaar; de bewerking is niet uitgevoerd');
    this.name = 'AuditUnavailableError';
    this.cause = cause;
  }
}

const INSERT = `INSERT INTO ${AUDIT_SCHEMA}.verwerking
  (trace_id, span_id, service, operatie, verwerkingsactiviteit, grondslag, betrokkene, gemeente,
   actor_type, actor_id, actor_rollen, actor_gemeenten, status, reden, tijdstip)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`;

/**
 * Writes audit records. Pass the `manager` of the transaction that reads or writes the data, so
 * the record and the change commit together; a failure raises AuditUnavailableError and so rolls
 * the operation back ("a read whose audit record cannot be stored fails").
 */
export class AuditWriter {
  constructor(private readonly clock: () => Date = () => new Date()) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    try {
      await manager.query(INSERT, [
        entry.traceId,
        entry.spanId,
        entry.service,
        entry.operatie,
        entry.verwerkingsactiviteit,
        grondslagVan(entry.verwerkingsactiviteit),
        entry.betrokkene,
        entry.gemeente,
        entry.actor.type,
        entry.actor.id,
        entry.actor.rollen,
        entry.actor.gemeenten,
        entry.status,
        entry.reden ?? null,
        this.clock(),
      ]);
    } catch (error) {
      throw new AuditUnavailableError(error);
    }
  }

  /**
   * One record per data subject for a set-based operation (a check over a whole population, an
   * import), written in one statement; same semantics as `record`.
   */
  async recordVoorBetrokkenen(manager: EntityManager, entry: Omit<AuditEntry, 'betrokkene'>, betrokkenen: readonly string[]): Promise<void> {
    if (betrokkenen.length === 0) return;
    try {
      await manager.query(
        `INSERT INTO ${AUDIT_SCHEMA}.verwerking
          (trace_id, span_id, service, operatie, verwerkingsactiviteit, grondslag, betrokkene, gemeente,
           actor_type, actor_id, actor_rollen, actor_gemeenten, status, reden, tijdstip)
         SELECT $1,$2,$3,$4,$5,$6, b, $8,$9,$10,$11,$12,$13,$14,$15 FROM unnest($7::text[]) AS b`,
        [
          entry.traceId,
          entry.spanId,
          entry.service,
          entry.operatie,
          entry.verwerkingsactiviteit,
          grondslagVan(entry.verwerkingsactiviteit),
          betrokkenen,
          entry.gemeente,
          entry.actor.type,
          entry.actor.id,
          entry.actor.rollen,
          entry.actor.gemeenten,
          entry.status,
          entry.reden ?? null,
          this.clock(),
        ],
      );
    } catch (error) {
      throw new AuditUnavailableError(error);
    }
  }
}
