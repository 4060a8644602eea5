import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { verzuimmeldingOntvangenV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { valideerVerzuimmelding } from '@leerrecht/verzuim/util-verzuimmelding';
import type { VerzuimmeldingInput } from './dto/verzuimmelding.input';
import { VerzuimmeldingEntity } from './verzuimmelding.entity';

@Injectable()
export class VerzuimmeldingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
  ) {}

  /**
   * Intake of a verzuimmelding (Lpw art 21/21a). Everything is checked before anything is
   * written; the melding, its event (outbox) and the audit record commit in one transaction.
   */
  async dienIn(input: VerzuimmeldingInput, principal: Principal, request: RequestContext, now: Date = new Date()): Promise<VerzuimmeldingEntity> {
    this.valideer(input, principal);
    const instructie = this.instructies.voorGemeente(input.gemeente);
    const persoonSleutel = this.verwerkingslog.pseudoniem(input.bsn);

    return inTenantTransaction(this.dataSource, [input.gemeente], async (manager) => {
      const melding = manager.create(VerzuimmeldingEntity, {
        gemeente: input.gemeente,
        bsn: input.bsn,
        persoonSleutel,
        schoolBrin: input.schoolBrin,
        melderClientId: principal.clientId,
        verzuimsoort: input.verzuimsoort,
        beginDatum: input.beginDatum,
        eindDatum: input.eindDatum ?? null,
        verzuimUren: input.verzuimUren === undefined ? null : String(input.verzuimUren),
        status: 'geregistreerd',
        // 003 toelichting art 4: every verzuimmelding is Wpg data there; elsewhere AVG.
        classificatie: instructie.regels.privacy.wpgGrens.verzuimmelding.waarde,
        instructieVersie: instructie.versieSleutel,
        ontvangenOp: now,
      });
      await manager.save(melding);
      await this.outbox.add(manager, verzuimmeldingOntvangenV1, {
        gemeente: melding.gemeente,
        subjectKey: persoonSleutel,
        classification: melding.classificatie,
        correlationId: request.trace.traceId,
        causationId: null,
        actor: { type: principal.type === 'partner' ? 'partner' : 'gebruiker', id: principal.clientId },
        payload: {
          meldingId: melding.id,
          bsn: melding.bsn,
          schoolBrin: melding.schoolBrin,
          verzuimsoort: melding.verzuimsoort,
          beginDatum: melding.beginDatum,
          status: 'geregistreerd',
          instructieVersie: melding.instructieVersie,
        },
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: persoonSleutel, gemeente: melding.gemeente });
      return melding;
    });
  }

  /**
   * Status of a melding for the one who filed it: a partner sees only its own meldingen, staff
   * only those of their gemeenten (row-level security). Unknown or not-yours look the same.
   */
  async status(id: string, principal: Principal, request: RequestContext): Promise<VerzuimmeldingEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) {
      throw new DomainError('ONGELDIGE_INVOER', 'Het melding-id is geen geldige UUID.', 'id');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const where = heeftRol(principal, 'partner-school') ? { id, melderClientId: principal.clientId } : { id };
      const melding = await manager.findOne(VerzuimmeldingEntity, { where });
      await this.verwerkingslog.leg(manager, request, principal, {
        betrokkene: melding?.persoonSleutel ?? null,
        gemeente: melding?.gemeente ?? null,
      });
      return melding;
    });
  }

  /** All checks live in the pure valideerVerzuimmelding; the first problem is the answer. */
  private valideer(input: VerzuimmeldingInput, principal: Principal): void {
    const melder = { gemeenten: principal.gemeenten, eigenBrin: heeftRol(principal, 'partner-school') ? principal.brin ?? '' : null };
    const [eerste] = valideerVerzuimmelding(input, melder, this.instructies.gemeenten());
    if (eerste) {
      throw new DomainError(eerste.code, eerste.melding, eerste.veld);
    }
  }
}
