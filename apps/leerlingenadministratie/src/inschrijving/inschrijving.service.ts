import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { LeerlingEntity } from '../leerlingdossier/leerling.entity';
import { vereisBekendeSchool } from '../school/school.register';
import { SchoolEntity } from '../school/school.entity';
import { OuderEntity } from '../brp/ouder.entity';
import { BriefEntity } from '../absoluut-verzuim/brief.entity';
import { geadresseerden, maakBrief } from '../absoluut-verzuim/brief';
import { termijnEinde } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { zorgVoorLeerling } from '../leerlingdossier/leerling.repository';
import type { InschrijvingsberichtInput } from './dto/inschrijvingsbericht.input';
import { InschrijvingEntity, InschrijvingsberichtEntity } from './inschrijving.entity';
import type { InschrijvingModel } from './models/inschrijving.model';
import { naarModel } from './inschrijving.mapper';
import { beoordeelUitschrijving, volgendeStapOpvolging } from './uitschrijving-opvolging';
import { UitschrijvingOpvolgingEntity } from './uitschrijving-opvolging.entity';
import type { UitschrijvingOpvolgingModel } from './models/uitschrijving-opvolging.model';
import { valideerInschrijvingsbericht } from './valideer-inschrijvingsbericht';

type Soort = 'inschrijving' | 'uitschrijving';

/**
 * In- and uitschrijvingen as schools report them (Lpw art 18). Each message carries the sender's
 * own id: a replay of the same message returns the first result and changes nothing; the same id
 * with other content is refused. Everything is checked before anything is written; the
 * enrolment, the message record and the audit line commit together.
 */
@Injectable()
export class InschrijvingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
  ) {}

  async verwerk(soort: Soort, input: InschrijvingsberichtInput, principal: Principal, request: RequestContext, now = new Date()): Promise<InschrijvingModel> {
    const melder = { gemeenten: principal.gemeenten, eigenBrin: heeftRol(principal, 'partner-school') ? principal.brin ?? '' : null };
    const [eerste] = valideerInschrijvingsbericht(input, melder, this.instructies.gemeenten());
    if (eerste) {
      throw new DomainError(eerste.code, eerste.melding, eerste.veld);
    }
    const inhoudHash = createHash('sha256')
      .update(JSON.stringify([soort, input.bsn, input.gemeente, input.brin, input.onderwijssoort, input.datum]))
      .digest('hex');

    try {
      return await inTenantTransaction(this.dataSource, [input.gemeente], async (manager) => {
        const eerder = await manager.findOne(InschrijvingsberichtEntity, { where: { melderClientId: principal.clientId, berichtId: input.berichtId } });
        if (eerder) {
          return this.herhaling(manager, eerder, inhoudHash, input, principal, request);
        }
        const leerling = await this.leerling(manager, input);
        const inschrijving = soort === 'inschrijving'
          ? await this.schrijfIn(manager, leerling, input, principal)
          : await this.schrijfUit(manager, leerling, input);
        if (soort === 'inschrijving') {
          await this.matchOpenOpvolgingen(manager, leerling, inschrijving);
        } else {
          await this.volgUitschrijvingOp(manager, leerling, inschrijving);
        }
        await manager.insert(InschrijvingsberichtEntity, {
          melderClientId: principal.clientId,
          berichtId: input.berichtId,
          gemeente: input.gemeente,
          soort,
          inhoudHash,
          inschrijvingId: inschrijving.id,
          ontvangenOp: now,
        });
        await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: input.gemeente });
        return naarModel(inschrijving);
      });
    } catch (error) {
      // The same message id under another gemeente is invisible here (row-level security) but
      // still taken: the primary key says so.
      if ((error as { code?: string }).code === '23505' && String((error as { constraint?: string }).constraint) === 'pk_inschrijvingsbericht') {
        throw new DomainError('BERICHT_ID_HERGEBRUIKT', 'Dit bericht-id is al gebruikt voor een ander bericht.', 'berichtId');
      }
      throw error;
    }
  }

  private async herhaling(
    manager: EntityManager,
    eerder: InschrijvingsberichtEntity,
    inhoudHash: string,
    input: InschrijvingsberichtInput,
    principal: Principal,
    request: RequestContext,
  ): Promise<InschrijvingModel> {
    if (eerder.inhoudHash !== inhoudHash) {
      throw new DomainError('BERICHT_ID_HERGEBRUIKT', 'Dit bericht-id is al gebruikt voor een ander bericht.', 'berichtId');
    }
    const inschrijving = await manager.findOneOrFail(InschrijvingEntity, { where: { id: eerder.inschrijvingId } });
    const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: inschrijving.leerlingId } });
    await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: input.gemeente, reden: 'herhaald-bericht' });
    return naarModel(inschrijving);
  }

  private leerling(manager: EntityManager, input: InschrijvingsberichtInput): Promise<LeerlingEntity> {
    return zorgVoorLeerling(manager, {
      gemeente: input.gemeente,
      bsn: input.bsn,
      persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
      geboortedatum: input.geboortedatum,
      bron: 'inschrijving',
    });
  }

  private async schrijfIn(manager: EntityManager, leerling: LeerlingEntity, input: InschrijvingsberichtInput, principal: Principal): Promise<InschrijvingEntity> {
    const open = await manager.findOne(InschrijvingEntity, { where: { leerlingId: leerling.id, brin: input.brin, uitgeschrevenOp: IsNull() } });
    if (open) {
      throw new DomainError('AL_INGESCHREVEN', 'De leerling staat al ingeschreven op deze school.', 'brin');
    }
    await vereisBekendeSchool(manager, input.brin);
    return manager.save(
      manager.create(InschrijvingEntity, {
        gemeente: input.gemeente,
        leerlingId: leerling.id,
        brin: input.brin,
        onderwijssoort: input.onderwijssoort,
        ingeschrevenOp: input.datum,
        uitgeschrevenOp: null,
        bron: heeftRol(principal, 'partner-school') ? 'school' : 'administratie',
        melderClientId: principal.clientId,
        instructieVersie: this.instructies.voorGemeente(input.gemeente).versieSleutel,
      }),
    );
  }

  /** A new inschrijving matches every open uitschrijving follow-up of the youth. */
  private async matchOpenOpvolgingen(manager: EntityManager, leerling: LeerlingEntity, inschrijving: InschrijvingEntity): Promise<void> {
    await manager.update(UitschrijvingOpvolgingEntity, { leerlingId: leerling.id, status: 'open' }, { status: 'gematcht', gematchtMet: inschrijving.id });
  }

  /** An uitschrijving of a youth under 18 without another enrolment is followed up (000 art 3 lid 8). */
  private async volgUitschrijvingOp(manager: EntityManager, leerling: LeerlingEntity, inschrijving: InschrijvingEntity): Promise<void> {
    const andere = await manager.count(InschrijvingEntity, { where: { leerlingId: leerling.id, uitgeschrevenOp: IsNull(), id: Not(inschrijving.id) } });
    const besluit = beoordeelUitschrijving({
      uitgeschrevenOp: inschrijving.uitgeschrevenOp ?? inschrijving.ingeschrevenOp,
      onderwijssoort: inschrijving.onderwijssoort,
      geboortedatum: leerling.geboortedatum,
      andereOpenInschrijving: andere > 0,
    });
    if (besluit.nodig && besluit.wachtTotEnMet) {
      await manager.insert(UitschrijvingOpvolgingEntity, {
        gemeente: inschrijving.gemeente,
        leerlingId: leerling.id,
        inschrijvingId: inschrijving.id,
        uitgeschrevenOp: inschrijving.uitgeschrevenOp ?? inschrijving.ingeschrevenOp,
        wachtTotEnMet: besluit.wachtTotEnMet,
        status: 'open',
        gematchtMet: null,
        instructieVersie: this.instructies.voorGemeente(inschrijving.gemeente).versieSleutel,
      });
    }
  }

  /** The administration's work list: open follow-ups in the caller's gemeenten, oldest first. */
  async openOpvolgingen(principal: Principal, request: RequestContext, peildatum: string): Promise<UitschrijvingOpvolgingModel[]> {
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const open = await manager.find(UitschrijvingOpvolgingEntity, { where: { status: 'open' }, order: { wachtTotEnMet: 'ASC', id: 'ASC' }, take: 500 });
      const result: UitschrijvingOpvolgingModel[] = [];
      for (const opvolging of open) {
        const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: opvolging.leerlingId } });
        const inschrijving = await manager.findOneOrFail(InschrijvingEntity, { where: { id: opvolging.inschrijvingId } });
        await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: opvolging.gemeente });
        result.push({
          id: opvolging.id,
          bsn: leerling.bsn,
          brin: inschrijving.brin,
          uitgeschrevenOp: opvolging.uitgeschrevenOp,
          wachtTotEnMet: opvolging.wachtTotEnMet,
          volgendeStap: volgendeStapOpvolging(opvolging, peildatum),
          schoolGecontacteerdOp: opvolging.schoolGecontacteerdOp,
          oudersAangeschrevenOp: opvolging.oudersAangeschrevenOp,
        });
      }
      return result;
    });
  }

  /**
   * Records the contact with the school that deregistered (000 art 3 lid 8; 001 §2.1). Clarified:
   * the follow-up closes. Not clarified: the next step is the letter to the parents.
   */
  async registreerSchoolcontact(opvolgingId: string, datum: string, opgehelderd: boolean, principal: Principal, request: RequestContext): Promise<UitschrijvingOpvolgingEntity> {
    vereisDatum(datum, 'datum');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const opvolging = await this.openOpvolging(manager, opvolgingId);
      if (opvolging.schoolGecontacteerdOp !== null) throw new DomainError('AL_GECONTACTEERD', 'Het contact met de school is al vastgelegd.', 'opvolgingId');
      opvolging.schoolGecontacteerdOp = datum;
      opvolging.schoolUitkomst = opgehelderd ? 'opgehelderd' : 'niet-opgehelderd';
      if (opgehelderd) opvolging.status = 'opgehelderd';
      await manager.save(opvolging);
      const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: opvolging.leerlingId } });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: opvolging.gemeente });
      return opvolging;
    });
  }

  /** The written contact with the parents, only after the school could not clarify (000 art 3 lid 8: school first). */
  async schrijfOuders(opvolgingId: string, datum: string, principal: Principal, request: RequestContext): Promise<BriefEntity> {
    vereisDatum(datum, 'datum');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const opvolging = await this.openOpvolging(manager, opvolgingId);
      if (opvolging.schoolUitkomst !== 'niet-opgehelderd') {
        throw new DomainError('SCHOOL_EERST', 'Eerst de school die uitschreef benaderen; de ouders krijgen pas een brief als de school het niet kan ophelderen (000 art 3 lid 8).', 'opvolgingId');
      }
      if (opvolging.oudersAangeschrevenOp !== null) throw new DomainError('AL_AANGESCHREVEN', 'De ouders zijn al aangeschreven.', 'opvolgingId');
      const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { id: opvolging.leerlingId } });
      const inschrijving = await manager.findOneOrFail(InschrijvingEntity, { where: { id: opvolging.inschrijvingId } });
      const school = await manager.findOne(SchoolEntity, { where: { brin: inschrijving.brin } });
      const ouders = await manager.find(OuderEntity, { where: { leerlingId: leerling.id }, order: { volgorde: 'ASC' } });
      const instructie = this.instructies.voorGemeente(opvolging.gemeente);
      const t = instructie.regels.absoluutVerzuim.reactietermijn;
      const aan = geadresseerden(leerling, ouders);
      const kenmerk = `UZB-${opvolging.id.slice(0, 8).toUpperCase()}`;
      const brief = manager.create(BriefEntity, {
        gemeente: opvolging.gemeente,
        leerlingId: leerling.id,
        soort: 'uitschrijving-zonder-bestemming',
        procedureId: null,
        opvolgingId: opvolging.id,
        kenmerk,
        geadresseerden: aan,
        tekst: maakBrief({
          soort: 'uitschrijving-zonder-bestemming',
          instructie,
          leerling,
          aan,
          datum,
          kenmerk,
          reactietermijn: { aantal: t.aantal, eenheid: t.eenheid },
          school: { naam: school?.naam ?? `school ${inschrijving.brin}`, uitgeschrevenOp: opvolging.uitgeschrevenOp },
        }),
        verzondenOp: datum,
        reactieUiterlijk: termijnEinde(datum, { aantal: t.aantal, eenheid: t.eenheid }, this.kalender),
        verzondenDoor: principal.id,
        instructieVersie: instructie.versieSleutel,
      });
      await manager.save(brief);
      opvolging.oudersAangeschrevenOp = datum;
      await manager.save(opvolging);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: leerling.persoonSleutel, gemeente: opvolging.gemeente });
      return brief;
    });
  }

  private async openOpvolging(manager: EntityManager, id: string): Promise<UitschrijvingOpvolgingEntity> {
    const opvolging = await manager.findOne(UitschrijvingOpvolgingEntity, { where: { id } });
    if (opvolging === null) throw new DomainError('NIET_GEVONDEN', 'Deze opvolging bestaat niet in uw gemeente(n).', 'opvolgingId');
    if (opvolging.status !== 'open') throw new DomainError('OPVOLGING_AFGESLOTEN', 'Deze opvolging is al afgesloten.', 'opvolgingId');
    return opvolging;
  }

  private async schrijfUit(manager: EntityManager, leerling: LeerlingEntity, input: InschrijvingsberichtInput): Promise<InschrijvingEntity> {
    const open = await manager.findOne(InschrijvingEntity, { where: { leerlingId: leerling.id, brin: input.brin, uitgeschrevenOp: IsNull() } });
    if (!open) {
      throw new DomainError('GEEN_OPEN_INSCHRIJVING', 'Er is geen lopende inschrijving van deze leerling op deze school.', 'brin');
    }
    if (input.datum < open.ingeschrevenOp) {
      throw new DomainError('ONGELDIGE_PERIODE', 'De uitschrijfdatum ligt voor de inschrijfdatum.', 'datum');
    }
    open.uitgeschrevenOp = input.datum;
    return manager.save(open);
  }
}
