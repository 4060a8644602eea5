import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { DuoRegisterFout, type DuoVrijstellingenregister } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import { DuoRegistratieEntity } from './duo-registratie.entity';
import { naarDuoBeeindiging, naarDuoRegistratie, wachttijdMs } from './duo-registratie.regels';
import { DUO_VRIJSTELLINGENREGISTER } from './duo-register.tokens';

const SERVICE = 'verlof-vrijstelling';
/** At most this many rows per run; the next run (or a second click) takes the rest. */
const MAX_PER_RUN = 500;

export interface DuoRegistratieVerzendresultaat {
  verzonden: number;
  /** DUO was unreachable: the row waits (longer each time) and the rest of the run with it. */
  uitgesteld: number;
  /** DUO refused for good: the row stays, with DUO's reason code, for beheer. */
  geweigerd: number;
}

type Uitkomst = keyof DuoRegistratieVerzendresultaat;

/**
 * Sends the queued registrations and beëindigingen to DUO's register vrijstellingen en
 * vervangende leerplicht, oldest first, one transaction per row: the row is locked while it is
 * sent (FOR UPDATE SKIP LOCKED, so replicas share the work) and its new state and the audit line
 * commit together. DUO is idempotent on the registratieId, so a crash after DUO answered and
 * before our commit only repeats a harmless resend. A beëindiging waits for its registration.
 */
@Injectable()
export class DuoRegistratieVerzender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly logger: JsonLogger,
    @Inject(DUO_VRIJSTELLINGENREGISTER) private readonly duo: DuoVrijstellingenregister,
  ) {}

  /**
   * Sends what waits for `gemeenten` (the job: all the service serves; an operator: his own).
   * `direct`: an operator's "send now" after an outage, ignoring the waiting time.
   */
  async verstuur(gemeenten: readonly string[], correlationId: string, direct = false): Promise<DuoRegistratieVerzendresultaat> {
    const resultaat: DuoRegistratieVerzendresultaat = { verzonden: 0, uitgesteld: 0, geweigerd: 0 };
    const gehad: string[] = [];
    for (let i = 0; i < MAX_PER_RUN; i += 1) {
      const uitkomst = await inTenantTransaction(this.dataSource, gemeenten, (manager) => this.verstuurVolgende(manager, correlationId, direct, gehad));
      if (uitkomst === null) break;
      resultaat[uitkomst] += 1;
      // DUO is down: the rest waits too, rather than each row hitting the outage.
      if (uitkomst === 'uitgesteld') break;
    }
    return resultaat;
  }

  private async verstuurVolgende(manager: EntityManager, correlationId: string, direct: boolean, gehad: string[]): Promise<Uitkomst | null> {
    const [gekozen]: { id: string }[] = await manager.query(
      `SELECT r.id FROM verlof_vrijstelling.duo_registratie r
       WHERE r.status = 'wachtend'
         AND ($1::boolean OR r.volgende_poging_op IS NULL OR r.volgende_poging_op <= now())
         AND NOT (r.id = ANY($2::uuid[]))
         AND NOT EXISTS (SELECT 1 FROM verlof_vrijstelling.duo_registratie o WHERE o.id = r.registratie_id AND o.status = 'wachtend')
       ORDER BY r.created_at, r.id
       LIMIT 1
       FOR UPDATE OF r SKIP LOCKED`,
      [direct, gehad],
    );
    if (gekozen === undefined) return null;
    gehad.push(gekozen.id);
    const rij = await manager.findOneByOrFail(DuoRegistratieEntity, { id: gekozen.id });
    const pogingen = rij.pogingen + 1;

    if (rij.handeling === 'beeindiging') {
      const registratie = rij.registratieId === null ? null : await manager.findOneBy(DuoRegistratieEntity, { id: rij.registratieId });
      // DUO never received the registration: there is nothing there to end. Beheer sees both rows.
      if (registratie?.status !== 'verzonden') {
        await manager.update(DuoRegistratieEntity, { id: rij.id }, { status: 'geweigerd', laatsteFout: 'REGISTRATIE_NIET_VERZONDEN', pogingen });
        this.logger.event('warn', 'DUO-beëindiging niet verstuurd: de registratie is geweigerd', { component: 'duo-register', registratieId: rij.id });
        return 'geweigerd';
      }
    }

    try {
      if (rij.handeling === 'registratie') {
        const antwoord = await this.duo.registreer(naarDuoRegistratie(rij));
        await manager.update(DuoRegistratieEntity, { id: rij.id }, { status: 'verzonden', verzondenOp: new Date(), pogingen, laatsteFout: null, volgendePogingOp: null, duoRegistratienummer: antwoord.registratienummer });
      } else {
        await this.duo.beeindig(naarDuoBeeindiging(rij));
        await manager.update(DuoRegistratieEntity, { id: rij.id }, { status: 'verzonden', verzondenOp: new Date(), pogingen, laatsteFout: null, volgendePogingOp: null });
      }
      await this.legVast(manager, rij, correlationId, 'toegestaan', null);
      return 'verzonden';
    } catch (fout) {
      if (!(fout instanceof DuoRegisterFout)) throw fout;
      if (!fout.herhaalbaar) {
        const reden = fout.redenCode ?? fout.code;
        await manager.update(DuoRegistratieEntity, { id: rij.id }, { status: 'geweigerd', laatsteFout: reden, pogingen });
        // The data did go to DUO: the line says so, with DUO's reason.
        await this.legVast(manager, rij, correlationId, 'fout', reden);
        this.logger.event('warn', 'DUO weigerde een registratie', { component: 'duo-register', registratieId: rij.id, reden });
        return 'geweigerd';
      }
      await manager.update(DuoRegistratieEntity, { id: rij.id }, { pogingen, laatsteFout: fout.redenCode ?? fout.code, volgendePogingOp: new Date(Date.now() + wachttijdMs(pogingen)) });
      this.logger.event('warn', 'DUO niet bereikbaar; registratie later opnieuw', { component: 'duo-register', registratieId: rij.id, code: fout.code, pogingen });
      return 'uitgesteld';
    }
  }

  /** Processing no user asked for in that moment: actor systeem, trace = the run's correlation id (as verzuim's Systeemverwerking). */
  private async legVast(manager: EntityManager, rij: DuoRegistratieEntity, traceId: string, status: 'toegestaan' | 'fout', reden: string | null): Promise<void> {
    await this.audit.record(manager, {
      traceId,
      spanId: '0000000000000000',
      service: SERVICE,
      operatie: rij.handeling === 'registratie' ? 'duo registratie vrijstelling' : 'duo beeindiging vrijstelling',
      verwerkingsactiviteit: 'vrijstelling-registreren-duo',
      betrokkene: rij.persoonSleutel,
      gemeente: rij.gemeente,
      actor: { type: 'systeem', id: SERVICE, rollen: [], gemeenten: [rij.gemeente] },
      status,
      reden,
    });
  }
}
