import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { verzuimmeldingOntvangenV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import type { VerzuimmeldingInput } from './dto/verzuimmelding.input';
import { VerzuimmeldingEntity } from './verzuimmelding.entity';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function isKalenderdatum(value: string): boolean {
  if (!DATUM.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

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

  private valideer(input: VerzuimmeldingInput, principal: Principal): void {
    vereisGeldigBsn(input.bsn);
    if (!/^\d{4}$/.test(input.gemeente) || !this.instructies.gemeenten().includes(input.gemeente)) {
      throw new DomainError('ONBEKENDE_GEMEENTE', 'De gemeente is geen gemeente van dit samenwerkingsverband.', 'gemeente');
    }
    if (!principal.gemeenten.includes(input.gemeente)) {
      throw new DomainError('GEMEENTE_NIET_TOEGESTAAN', 'U mag niet melden voor deze gemeente.', 'gemeente');
    }
    if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(input.schoolBrin)) {
      throw new DomainError('ONGELDIG_BRIN', 'De BRIN-code moet uit 2 cijfers en 2 letters of cijfers bestaan.', 'schoolBrin');
    }
    // A school system may only report for its own school (token claim brin).
    if (heeftRol(principal, 'partner-school') && principal.brin !== input.schoolBrin) {
      throw new DomainError('BRIN_NIET_TOEGESTAAN', 'U mag alleen melden voor uw eigen school.', 'schoolBrin');
    }
    if (!isKalenderdatum(input.beginDatum)) {
      throw new DomainError('ONGELDIGE_DATUM', 'De begindatum is geen geldige datum (JJJJ-MM-DD).', 'beginDatum');
    }
    if (input.eindDatum !== undefined && input.eindDatum !== null) {
      if (!isKalenderdatum(input.eindDatum)) {
        throw new DomainError('ONGELDIGE_DATUM', 'De einddatum is geen geldige datum (JJJJ-MM-DD).', 'eindDatum');
      }
      if (input.eindDatum < input.beginDatum) {
        throw new DomainError('ONGELDIGE_PERIODE', 'De einddatum ligt voor de begindatum.', 'eindDatum');
      }
    }
    if (input.verzuimUren !== undefined && input.verzuimUren !== null && !(input.verzuimUren >= 0 && input.verzuimUren <= 1000)) {
      throw new DomainError('ONGELDIGE_UREN', 'Het aantal verzuimde uren moet tussen 0 en 1000 liggen.', 'verzuimUren');
    }
  }
}
