import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditWriter, type AuditEntry, type Verwerkingsactiviteit } from '@leerrecht/shared/data-access-audit';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { isDatum } from '@leerrecht/shared/util-kalender';
import { DomainError } from './domain-error';
import { PLATFORM_OPTIONS, SUBGRAPH_CONFIG, type PlatformOptions } from './platform-options';
import type { SubgraphConfig } from './platform-config';

/** Refuses a BSN that fails the elfproef, naming the field but never echoing the value. */
export function vereisGeldigBsn(bsn: string, veld = 'bsn'): void {
  if (!isGeldigBsn(bsn)) {
    throw new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.', veld);
  }
}

/** Refuses a gemeente the caller does not work for (the token's `gemeenten` claim); the refusal is logged. */
export function vereisGemeente(principal: Pick<Principal, 'gemeenten'>, gemeente: string, veld = 'gemeente'): void {
  if (!principal.gemeenten.includes(gemeente)) {
    throw new DomainError('GEMEENTE_NIET_TOEGESTAAN', 'U werkt niet voor deze gemeente.', veld, { reden: 'gemeente-niet-toegestaan', gemeente: /^\d{4}$/.test(gemeente) ? gemeente : null });
  }
}

/** Refuses anything that is not an existing calendar date written JJJJ-MM-DD (2026-02-30 is refused). */
export function vereisDatum(waarde: string, veld: string): void {
  if (!isDatum(waarde)) {
    throw new DomainError('ONGELDIGE_DATUM', 'De datum is geen bestaande datum (JJJJ-MM-DD).', veld);
  }
}

export interface Verwerking {
  /** The data subject's BSN; stored only as its keyed pseudonym. */
  bsn?: string | null;
  /** Or the pseudonym itself, when the service already has it. */
  betrokkene?: string | null;
  /** Gemeente responsible for the subject, when known. */
  gemeente: string | null;
  /** Defaults to the purpose the resolver declared with @Purpose(). */
  activiteit?: Verwerkingsactiviteit;
  status?: AuditEntry['status'];
  reden?: string | null;
}

/**
 * Writes one line of the Logboek Dataverwerkingen for the current request, inside the caller's
 * transaction (`manager`): who (principal), why (the declared purpose), about whom (pseudonym),
 * which operation and trace. If the line cannot be written the transaction fails with it.
 */
@Injectable()
export class Verwerkingslog {
  constructor(
    private readonly audit: AuditWriter,
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  pseudoniem(bsn: string): string {
    return pseudonimiseerBsn(bsn, this.config.PSEUDONYM_KEY);
  }

  async leg(manager: EntityManager, request: RequestContext, principal: Principal, verwerking: Verwerking): Promise<void> {
    const activiteit = verwerking.activiteit ?? request.activiteit;
    if (!activiteit) {
      throw new Error('verwerking zonder verwerkingsactiviteit: het resolver mist @Purpose()');
    }
    await this.audit.record(manager, {
      traceId: request.trace.traceId,
      spanId: request.trace.spanId,
      service: this.options.service,
      operatie: request.operatie,
      verwerkingsactiviteit: activiteit,
      betrokkene: verwerking.betrokkene ?? (verwerking.bsn ? this.pseudoniem(verwerking.bsn) : null),
      gemeente: verwerking.gemeente,
      actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
      status: verwerking.status ?? 'toegestaan',
      reden: verwerking.reden ?? null,
    });
  }

  /** One line per data subject (pseudonyms) for a set-based operation, in one statement. */
  async legVoorBetrokkenen(manager: EntityManager, request: RequestContext, principal: Principal, gemeente: string, betrokkenen: readonly string[], activiteit?: Verwerkingsactiviteit): Promise<void> {
    const doel = activiteit ?? request.activiteit;
    if (!doel) {
      throw new Error('verwerking zonder verwerkingsactiviteit: het resolver mist @Purpose()');
    }
    await this.audit.recordVoorBetrokkenen(
      manager,
      {
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        service: this.options.service,
        operatie: request.operatie,
        verwerkingsactiviteit: doel,
        gemeente,
        actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
        status: 'toegestaan',
        reden: null,
      },
      betrokkenen,
    );
  }
}
