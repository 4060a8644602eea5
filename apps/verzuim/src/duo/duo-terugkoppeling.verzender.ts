import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { DUO_AFSLUITREDENEN, DUO_TOELICHTINGEN, DuoFout, type DuoAfsluitreden, type DuoToelichting, type DuoVerzuimregister } from '@leerrecht/verzuim/data-access-duo';
import { DUO_REGISTER } from '../kern/kern.module';
import { Systeemverwerking } from '../kern/systeemverwerking';
import { TerugkoppelingEntity } from '../terugkoppeling/terugkoppeling.entity';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';

const PER_RONDE = 50;

export interface Verzendresultaat {
  verzonden: number;
  uitgesteld: number;
  geweigerd: number;
}

/** Wait before the next attempt after DUO was unreachable: 30 s doubling, at most an hour. */
function wachttijdMs(pogingen: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, pogingen - 1), 3_600_000);
}

/**
 * Sends the recorded feedback to DUO's ROD, oldest first and never a melding's later feedback
 * before its earlier one (in behandeling before afgesloten). Each row is locked while it is sent
 * (FOR UPDATE SKIP LOCKED, so replicas share the work); DUO is idempotent on the terugkoppelingId,
 * so a crash after DUO answered and before our commit only repeats a harmless resend. While DUO is
 * down the row waits with a growing delay; a refusal is kept with DUO's reason code.
 */
@Injectable()
export class DuoTerugkoppelingVerzender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly systeem: Systeemverwerking,
    private readonly logger: JsonLogger,
    @Inject(DUO_REGISTER) private readonly duo: DuoVerzuimregister,
  ) {}

  /**
   * Sends what waits for `gemeenten` (the job: all the centre serves; an operator: his own).
   * `direct`: an operator's "send now" after an outage, ignoring the waiting time.
   */
  async verstuur(gemeenten: readonly string[], correlationId: string, direct = false): Promise<Verzendresultaat> {
    const resultaat: Verzendresultaat = { verzonden: 0, uitgesteld: 0, geweigerd: 0 };
    for (;;) {
      const ronde = await this.verstuurRonde(gemeenten, correlationId, direct);
      resultaat.verzonden += ronde.verzonden;
      resultaat.uitgesteld += ronde.uitgesteld;
      resultaat.geweigerd += ronde.geweigerd;
      if (ronde.verzonden + ronde.geweigerd === 0 || ronde.uitgesteld > 0) return resultaat;
    }
  }

  private async verstuurRonde(gemeenten: readonly string[], correlationId: string, direct: boolean): Promise<Verzendresultaat> {
    return inTenantTransaction(this.dataSource, gemeenten, async (manager) => {
      const rijen = await manager
        .createQueryBuilder(TerugkoppelingEntity, 't')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`t.verzendstatus = 'te-versturen' AND t.kanaal = 'duo'`)
        .andWhere(direct ? 'TRUE' : '(t.volgende_poging_op IS NULL OR t.volgende_poging_op <= now())')
        .andWhere(`NOT EXISTS (SELECT 1 FROM verzuim.terugkoppeling e WHERE e.melding_id = t.melding_id AND e.vastgelegd_op < t.vastgelegd_op AND e.verzendstatus = 'te-versturen')`)
        .orderBy('t.vastgelegd_op', 'ASC')
        .limit(PER_RONDE)
        .getMany();
      const resultaat: Verzendresultaat = { verzonden: 0, uitgesteld: 0, geweigerd: 0 };
      for (const rij of rijen) {
        const melding = await manager.findOneByOrFail(VerzuimmeldingEntity, { id: rij.meldingId });
        try {
          await this.duo.stuurTerugkoppeling({
            terugkoppelingId: rij.id,
            meldingsnummer: melding.externId ?? '',
            status: rij.status,
            acties: rij.acties,
            afsluitreden: (DUO_AFSLUITREDENEN as readonly string[]).includes(rij.afsluitreden ?? '') ? (rij.afsluitreden as DuoAfsluitreden) : null,
            toelichting: (DUO_TOELICHTINGEN as readonly string[]).includes(rij.toelichting ?? '') ? (rij.toelichting as DuoToelichting) : null,
            // The gemeente's contact for the school (Besluit verzuimmelding): the team, not a person's phone.
            contactpersoon: { naam: rij.vastgelegdDoor, functie: 'leerplicht', telefoon: null, email: null },
          });
          await manager.update(TerugkoppelingEntity, { id: rij.id }, { verzendstatus: 'verzonden', verzondenOp: new Date(), pogingen: rij.pogingen + 1 });
          await this.systeem.leg(manager, { activiteit: 'verzuim-terugkoppelen', operatie: 'duo terugkoppeling', traceId: correlationId, betrokkene: melding.persoonSleutel, gemeente: melding.gemeente });
          resultaat.verzonden += 1;
        } catch (fout) {
          if (!(fout instanceof DuoFout)) throw fout;
          if (fout.code === 'DUO_GEWEIGERD') {
            await manager.update(TerugkoppelingEntity, { id: rij.id }, { verzendstatus: 'geweigerd', weigerreden: fout.redenCode ?? 'onbekend', pogingen: rij.pogingen + 1 });
            this.logger.event('warn', 'DUO weigerde een terugkoppeling', { component: 'duo-terugkoppeling', terugkoppelingId: rij.id, reden: fout.redenCode ?? 'onbekend' });
            resultaat.geweigerd += 1;
          } else {
            await manager.update(TerugkoppelingEntity, { id: rij.id }, { pogingen: rij.pogingen + 1, volgendePogingOp: new Date(Date.now() + wachttijdMs(rij.pogingen + 1)) });
            this.logger.event('warn', 'DUO niet bereikbaar; terugkoppeling later opnieuw', { component: 'duo-terugkoppeling', terugkoppelingId: rij.id, code: fout.code });
            resultaat.uitgesteld += 1;
            break; // DUO is down: the rest waits too
          }
        }
      }
      return resultaat;
    });
  }
}
