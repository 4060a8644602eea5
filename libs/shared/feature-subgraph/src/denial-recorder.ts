import type { DataSource } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import type { DenialRecorder, RequestContext } from '@leerrecht/shared/feature-auth';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';

/** Writes refusals to the Logboek in their own transaction (there is no data transaction to join). */
export class AuditDenialRecorder implements DenialRecorder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly service: string,
    private readonly pseudonymKey: string,
  ) {}

  async recordDenial(request: RequestContext, reden: string, args: Record<string, unknown>, betreft: { betrokkene?: string | null; gemeente?: string | null } = {}): Promise<void> {
    // A refusal about a named person is part of that person's log ("denied attempts are recorded
    // too"), so the auditor finds it when asked about them.
    const bsn = typeof args.bsn === 'string' ? args.bsn : typeof (args.input as { bsn?: unknown } | undefined)?.bsn === 'string' ? String((args.input as { bsn: string }).bsn) : null;
    await this.audit.record(this.dataSource.manager, {
      traceId: request.trace.traceId,
      spanId: request.trace.spanId,
      service: this.service,
      operatie: request.operatie,
      // Record the purpose the resolver declared; a resolver without one is logged as such.
      verwerkingsactiviteit: request.activiteit ?? 'geweigerde-toegang',
      betrokkene: betreft.betrokkene ?? (bsn && isGeldigBsn(bsn) ? pseudonimiseerBsn(bsn, this.pseudonymKey) : null),
      gemeente: betreft.gemeente ?? null,
      actor: request.principal
        ? { type: request.principal.type, id: request.principal.id, rollen: request.principal.rollen, gemeenten: request.principal.gemeenten }
        : { type: 'anoniem', id: null, rollen: [], gemeenten: [] },
      status: 'geweigerd',
      reden,
    });
  }
}
