import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { actorNaam, vereisUuid } from '../kern/actor';
import type { BeslissingSchoolleiderInput } from './dto/verlofaanvraag.input';
import type { DoorgezondenVerlofaanvraagModel, VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { verleendePeriode, verleendeSchooldagen } from './verlof-regels';
import { VerlofaanvraagEntity } from './verlofaanvraag.entity';
import { naarDoorgezonden } from './verlofaanvraag.mapper';
import { VerlofaanvraagService } from './verlofaanvraag.service';

/**
 * The head of the school decides on a request of at most 10 schooldagen in the schooljaar and on
 * vakantieverlof (Lpw art 13a, 14 lid 1); when the officer was involved the head tells him his
 * decision (000 art 5 lid 9; 003 art 5 lid 6). The school records it itself, or the gemeente does
 * on his behalf when he tells it by phone or letter. It is the head's decision, not a besluit of
 * the officer: no besluit row, no letter, only the decision on the request and its audit line —
 * and the granted schooldagen, so that what he refused no longer counts towards the 10 of the
 * schooljaar (003 toelichting art 5). A refused step changes nothing.
 */
@Injectable()
export class SchoolleiderBeslissingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly aanvragen: VerlofaanvraagService,
  ) {}

  /**
   * The school records its head's decision. Only a request forwarded to its own BRIN exists for it:
   * another school's request, one the officer handles, or an unknown id are all NIET_GEVONDEN alike.
   */
  meldDoorSchool(input: BeslissingSchoolleiderInput, principal: Principal, request: RequestContext): Promise<DoorgezondenVerlofaanvraagModel> {
    if (principal.brin === null) {
      throw new DomainError('GEEN_SCHOOL', 'Alleen een school (met een BRIN in het token) legt de beslissing van haar schoolleider vast.', undefined, { reden: 'geen-brin' });
    }
    const brin = principal.brin;
    vereisUuid(input.aanvraagId, 'aanvraagId');
    const vandaag = this.aanvragen.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvraag = await this.vergrendel(manager, input.aanvraagId, { schoolBrin: brin, route: 'schoolleider' });
      if (aanvraag === null) throw new DomainError('NIET_GEVONDEN', 'Er is geen aan uw school doorgezonden verlofaanvraag met dit id.', 'aanvraagId');
      await this.legVast(manager, aanvraag, input, vandaag, principal);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return naarDoorgezonden(aanvraag);
    });
  }

  /** Staff record the decision the head told them, for a request of their gemeenten (row-level security). */
  registreerNamensSchoolleider(input: BeslissingSchoolleiderInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    vereisUuid(input.aanvraagId, 'aanvraagId');
    const vandaag = this.aanvragen.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvraag = await this.vergrendel(manager, input.aanvraagId, {});
      if (aanvraag === null) throw new DomainError('NIET_GEVONDEN', 'Deze verlofaanvraag bestaat niet in uw gemeente(n).', 'aanvraagId');
      if (aanvraag.route !== 'schoolleider') {
        throw new DomainError('NIET_BEVOEGD', 'Over deze aanvraag van meer dan 10 schooldagen beslist de leerplichtambtenaar zelf (Lpw art 14 lid 3), niet de schoolleider.', 'aanvraagId');
      }
      await this.legVast(manager, aanvraag, input, vandaag, principal);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.aanvragen.model(manager, aanvraag, vandaag);
    });
  }

  /** Locks the row first and reads it after, so a second recording waits and then sees the first one. */
  private async vergrendel(manager: EntityManager, id: string, filter: Partial<Pick<VerlofaanvraagEntity, 'schoolBrin' | 'route'>>): Promise<VerlofaanvraagEntity | null> {
    await manager.query('SELECT 1 FROM verlof_vrijstelling.verlofaanvraag WHERE id = $1 FOR UPDATE', [id]);
    return manager.findOne(VerlofaanvraagEntity, { where: { id, ...filter } });
  }

  private async legVast(manager: EntityManager, aanvraag: VerlofaanvraagEntity, input: BeslissingSchoolleiderInput, vandaag: string, principal: Principal): Promise<void> {
    if (aanvraag.status === 'besloten-door-schoolleider') {
      throw new DomainError('AL_VASTGELEGD', `De beslissing van de schoolleider op deze aanvraag is al vastgelegd (besloten op ${aanvraag.schoolleiderBeslotenOp ?? '?'}); een wijziging loopt via de school.`, 'aanvraagId');
    }
    if (aanvraag.status === 'ingetrokken') throw new DomainError('INGETROKKEN', 'Deze aanvraag is ingetrokken.', 'aanvraagId');
    if (aanvraag.status !== 'doorgezonden') throw new DomainError('NIET_DOORGEZONDEN', 'Deze aanvraag ligt niet (meer) bij de schoolleider.', 'aanvraagId');

    vereisDatum(input.beslotenOp, 'beslotenOp');
    if (input.beslotenOp > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De schoolleider kan niet na vandaag hebben beslist.', 'beslotenOp');
    if (input.beslotenOp < aanvraag.ontvangstdatum) throw new DomainError('ONGELDIGE_DATUM', 'De beslissing ligt vóór de ontvangst van de aanvraag.', 'beslotenOp');
    if (input.verleendVan) vereisDatum(input.verleendVan, 'verleendVan');
    if (input.verleendTotEnMet) vereisDatum(input.verleendTotEnMet, 'verleendTotEnMet');
    const periode = verleendePeriode(input.uitkomst, { van: aanvraag.eersteVerlofdag, totEnMet: aanvraag.laatsteVerlofdag }, { van: input.verleendVan, totEnMet: input.verleendTotEnMet });
    if (typeof periode === 'string') throw new DomainError('ONGELDIGE_PERIODE', periode, 'verleendVan');

    // Counted now, in the youth's region, so the count of the schooljaar stays a plain sum (003 toelichting art 5).
    const dagen = this.telVerleend(aanvraag, periode);
    if (periode !== null && dagen === 0) {
      throw new DomainError('GEEN_SCHOOLDAGEN', 'De verleende periode bevat geen schooldagen; kies afgewezen als de schoolleider geen verlof verleende.', 'verleendVan');
    }
    // The count of the schooljaar changes: a request taken in at the same moment waits (the intake's lock).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('verlofaanvraag:' || $1 || ':' || $2))`, [aanvraag.gemeente, aanvraag.bsn]);
    aanvraag.status = 'besloten-door-schoolleider';
    aanvraag.schoolleiderUitkomst = input.uitkomst;
    aanvraag.schoolleiderVerleendVan = periode?.van ?? null;
    aanvraag.schoolleiderVerleendTotEnMet = periode?.totEnMet ?? null;
    aanvraag.schoolleiderVerleendeSchooldagen = dagen;
    aanvraag.schoolleiderBeslotenOp = input.beslotenOp;
    aanvraag.schoolleiderVastgelegdDoor = actorNaam(principal);
    await manager.save(aanvraag);
  }

  private telVerleend(aanvraag: VerlofaanvraagEntity, periode: { van: string; totEnMet: string } | null): number {
    // The whole request granted: the schooldagen counted at intake.
    if (periode !== null && periode.van === aanvraag.eersteVerlofdag && periode.totEnMet === aanvraag.laatsteVerlofdag) return aanvraag.schooldagen;
    return verleendeSchooldagen(periode, this.instructies.voorGemeente(aanvraag.gemeente).vakantieregio, this.kalender);
  }
}
