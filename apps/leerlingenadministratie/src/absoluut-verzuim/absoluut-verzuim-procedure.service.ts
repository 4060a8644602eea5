import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AbsoluutVerzuimFout,
  verwerk,
  volgendeStap,
  type AbsoluutVerzuimGebeurtenis,
  type AbsoluutVerzuimProcedure,
  type Actie,
} from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { absoluutVerzuimVermoedV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { OuderEntity } from '../brp/ouder.entity';
import { LeerlingEntity } from '../leerlingdossier/leerling.entity';
import { AbsoluutVerzuimProcedureEntity } from './absoluut-verzuim-procedure.entity';
import { BriefEntity } from './brief.entity';
import { geadresseerden, maakBrief } from './brief';

export type Stap =
  | 'administratief-opgelost'
  | 'administratieve-controle-afgerond'
  | 'brief-verzonden'
  | 'antwoord-ontvangen'
  | 'inschrijving-geverifieerd'
  | 'inschrijving-niet-bevestigd'
  | 'afsluiten';

export interface StapInvoer {
  procedureId: string;
  stap: Stap;
  datum: string;
  /** For 'antwoord-ontvangen': the parents say the youth is enrolled. */
  ingeschreven?: boolean | null;
}

const ESCALATIE: readonly Actie['soort'][] = ['start-onderzoek-absoluut-verzuim', 'plan-huisbezoek'];

/**
 * One candidate's check, step by step (administratie.md §5.2 steps 2–7): the pure procedure in
 * util-absoluut-verzuim decides what is allowed; this service stores it, writes the letters to
 * the holders of gezag, and hands an unresolved suspicion to `verzuim` (absoluut-verzuim-vermoed).
 */
@Injectable()
export class AbsoluutVerzuimProcedureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly outbox: OutboxWriter,
  ) {}

  async registreer(invoer: StapInvoer, principal: Principal, request: RequestContext): Promise<{ procedure: AbsoluutVerzuimProcedureEntity; leerling: LeerlingEntity }> {
    vereisDatum(invoer.datum, 'datum');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const procedure = await manager.findOne(AbsoluutVerzuimProcedureEntity, { where: { id: invoer.procedureId } });
      if (procedure === null) throw new DomainError('NIET_GEVONDEN', 'Deze controle bestaat niet in uw gemeente(n).', 'procedureId');
      const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: procedure.leerlingId } });
      const gebeurtenis = this.gebeurtenis(invoer, procedure);
      const nieuw = this.pasToe(procedure.toestand, gebeurtenis);
      if (gebeurtenis.soort === 'brief-verzonden') {
        await this.verstuurBrief(manager, procedure, leerling, nieuw, gebeurtenis.brief, invoer.datum, principal);
      }
      procedure.toestand = nieuw;
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: procedure.gemeente });
      await this.werkBij(manager, procedure, invoer.datum, principal, request, true);
      return { procedure, leerling };
    });
  }

  private gebeurtenis(invoer: StapInvoer, procedure: AbsoluutVerzuimProcedureEntity): AbsoluutVerzuimGebeurtenis {
    const datum = invoer.datum;
    switch (invoer.stap) {
      case 'brief-verzonden':
        // 004 Hfst 2.1: foreign students follow an administrative route; no letters to the parents.
        if (procedure.route === 'administratieve-route') {
          throw new DomainError('ROUTE_ZONDER_BRIEVEN', 'Voor deze jongere geldt de administratieve route voor buitenlandse studenten (004 Hfst 2.1); er gaan geen brieven uit.', 'stap');
        }
        return { soort: 'brief-verzonden', datum, brief: procedure.toestand.status === 'administratieve-controle' ? 'eerste' : 'tweede' };
      case 'antwoord-ontvangen':
        if (invoer.ingeschreven === undefined || invoer.ingeschreven === null) {
          throw new DomainError('INGESCHREVEN_ONTBREEKT', 'Geef aan of de ouders een inschrijving opgeven.', 'ingeschreven');
        }
        return { soort: 'antwoord-ontvangen', datum, ingeschreven: invoer.ingeschreven };
      default:
        return { soort: invoer.stap, datum };
    }
  }

  private pasToe(toestand: AbsoluutVerzuimProcedure, gebeurtenis: AbsoluutVerzuimGebeurtenis): AbsoluutVerzuimProcedure {
    try {
      return verwerk(toestand, gebeurtenis);
    } catch (fout) {
      if (fout instanceof AbsoluutVerzuimFout) throw new DomainError(fout.code, fout.message, 'stap');
      throw fout;
    }
  }

  private async verstuurBrief(
    manager: EntityManager,
    procedure: AbsoluutVerzuimProcedureEntity,
    leerling: LeerlingEntity,
    nieuw: AbsoluutVerzuimProcedure,
    brief: 'eerste' | 'tweede',
    datum: string,
    principal: Principal,
  ): Promise<void> {
    const instructie = this.instructies.voorGemeente(procedure.gemeente);
    const t = instructie.regels.absoluutVerzuim.reactietermijn;
    const ouders = await manager.find(OuderEntity, { where: { leerlingId: leerling.id }, order: { volgorde: 'ASC' } });
    const aan = geadresseerden(leerling, ouders);
    const soort = brief === 'eerste' ? 'absoluut-verzuim-eerste' : 'absoluut-verzuim-tweede';
    const kenmerk = `AV-${procedure.id.slice(0, 8).toUpperCase()}-${brief === 'eerste' ? 1 : 2}`;
    // The reply due date is the one the procedure waits for (000 art 3 lid 7: 10 werkdagen).
    const actie = volgendeStap(nieuw, datum, instructie.regels, this.kalender);
    await manager.insert(BriefEntity, {
      gemeente: procedure.gemeente,
      leerlingId: leerling.id,
      soort,
      procedureId: procedure.id,
      opvolgingId: null,
      kenmerk,
      geadresseerden: aan,
      tekst: maakBrief({
        soort,
        instructie,
        leerling,
        aan,
        datum,
        kenmerk,
        reactietermijn: { aantal: t.aantal, eenheid: t.eenheid },
        ...(nieuw.eersteBriefOp === undefined ? {} : { datumEersteBrief: nieuw.eersteBriefOp }),
      }),
      verzondenOp: datum,
      reactieUiterlijk: actie.uiterlijk ?? null,
      verzondenDoor: principal.id,
      instructieVersie: instructie.versieSleutel,
    });
  }

  /**
   * Stores the next action on the peildatum; when the letters are exhausted (§5.2 step 7) records
   * the escalation and hands the case to `verzuim` through the outbox. Writes only when something
   * changed (`stapVastgelegd`: the caller applied a step). Returns true on escalation.
   */
  async werkBij(
    manager: EntityManager,
    procedure: AbsoluutVerzuimProcedureEntity,
    peildatum: string,
    principal: Principal,
    request: RequestContext,
    stapVastgelegd = false,
  ): Promise<boolean> {
    const instructie = this.instructies.voorGemeente(procedure.gemeente);
    let actie = volgendeStap(procedure.toestand, peildatum, instructie.regels, this.kalender);
    let geescaleerd = false;
    if (ESCALATIE.includes(actie.soort) && peildatum >= (procedure.toestand.gebeurtenissen.at(-1)?.datum ?? procedure.toestand.gestartOp)) {
      const vervolg = instructie.regels.absoluutVerzuim.naTweedeBrief.waarde;
      procedure.toestand = verwerk(procedure.toestand, { soort: 'geëscaleerd', datum: peildatum, vervolg });
      const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: procedure.leerlingId } });
      const laatste: { brin: string }[] = await manager.query(
        `SELECT brin FROM leerlingenadministratie.inschrijving WHERE leerling_id = $1 ORDER BY coalesce(uitgeschreven_op, ingeschreven_op) DESC LIMIT 1`,
        [leerling.id],
      );
      await this.outbox.add(manager, absoluutVerzuimVermoedV1, {
        gemeente: procedure.gemeente,
        subjectKey: leerling.persoonSleutel,
        classification: 'AVG',
        correlationId: request.trace.traceId,
        causationId: null,
        actor: { type: principal.type === 'partner' ? 'partner' : 'gebruiker', id: principal.id },
        payload: {
          procedureId: procedure.id,
          bsn: leerling.bsn,
          ...(leerling.geboortedatum === null ? {} : { geboortedatum: leerling.geboortedatum }),
          ...(laatste[0] === undefined ? {} : { laatsteSchoolBrin: laatste[0].brin }),
          vervolg,
          ...(actie.uiterlijk === undefined ? {} : { uiterlijk: actie.uiterlijk }),
          vastgesteldOp: peildatum,
          instructieVersie: instructie.versieSleutel,
        },
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: procedure.gemeente, activiteit: 'absoluut-verzuim-controleren' });
      geescaleerd = true;
      actie = { ...actie, soort: vervolg === 'huisbezoek' ? 'plan-huisbezoek' : 'start-onderzoek-absoluut-verzuim' };
    }
    const uiterlijk = actie.uiterlijk ?? null;
    const gewijzigd = geescaleerd || procedure.status !== procedure.toestand.status || procedure.volgendeActie !== actie.soort || procedure.uiterlijk !== uiterlijk;
    procedure.status = procedure.toestand.status;
    procedure.volgendeActie = actie.soort;
    procedure.uiterlijk = uiterlijk;
    // A weekly run touches every running check; only the ones whose next step moved are written.
    if (gewijzigd || stapVastgelegd) await manager.save(procedure);
    return geescaleerd;
  }

  /**
   * Marks a youth as a foreign minor student at an HBO or university (004 Hfst 2.1): the check then
   * follows the administrative route instead of letters to parents abroad.
   */
  async markeerBuitenlandseStudent(bsn: string, gemeente: string, principal: Principal, request: RequestContext): Promise<void> {
    vereisGeldigBsn(bsn);
    vereisGemeente(principal, gemeente);
    await inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const leerling = await manager.findOne(LeerlingEntity, { where: { gemeente, bsn } });
      if (leerling === null) throw new DomainError('PERSOON_ONBEKEND', 'Deze jongere is in deze gemeente niet bekend.', 'bsn');
      leerling.buitenlandseStudent = true;
      await manager.save(leerling);
      await this.verwerkingslog.leg(manager, request, principal, { bsn, gemeente });
    });
  }

  async werklijst(gemeente: string, alleenLopend: boolean, principal: Principal, request: RequestContext): Promise<{ procedure: AbsoluutVerzuimProcedureEntity; leerling: LeerlingEntity }[]> {
    vereisGemeente(principal, gemeente);
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const qb = manager
        .createQueryBuilder(AbsoluutVerzuimProcedureEntity, 'p')
        .where('p.gemeente = :gemeente', { gemeente })
        .orderBy('p.uiterlijk', 'ASC', 'NULLS FIRST')
        .addOrderBy('p.created_at', 'ASC')
        .take(500);
      if (alleenLopend) qb.andWhere(`p.status NOT IN ('afgesloten-administratief','afgesloten-ingeschreven')`);
      const procedures = await qb.getMany();
      const leerlingen = procedures.length === 0 ? [] : await manager.findByIds(LeerlingEntity, procedures.map((p) => p.leerlingId));
      const perId = new Map(leerlingen.map((l) => [l.id, l]));
      const lijst = procedures.flatMap((procedure) => {
        const leerling = perId.get(procedure.leerlingId);
        return leerling === undefined ? [] : [{ procedure, leerling }];
      });
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, lijst.map((r) => r.leerling.persoonSleutel));
      return lijst;
    });
  }

  async brieven(procedureId: string, principal: Principal, request: RequestContext): Promise<BriefEntity[]> {
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const brieven = await manager.find(BriefEntity, { where: { procedureId }, order: { verzondenOp: 'ASC', createdAt: 'ASC' } });
      const eerste = brieven[0];
      if (eerste !== undefined) {
        const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: eerste.leerlingId } });
        await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: eerste.gemeente });
      }
      return brieven;
    });
  }
}
