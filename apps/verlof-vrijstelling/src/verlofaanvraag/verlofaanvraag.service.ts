import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { beslistermijnStand, dwangsom, type BeslistermijnStand, type Periode } from '../awb/awb-termijnen';
import { BesluitEntity } from '../besluit/besluit.entity';
import { naarBesluit, naarBriefSamenvatting, naarVerklaring, naarZienswijze } from '../besluit/besluit.mapper';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService } from '../brief/brief.service';
import { vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import type { DoorgezondenVerlofaanvraagModel, VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { VerlofaanvraagEntity } from './verlofaanvraag.entity';
import { naarDoorgezonden, naarSchoolleiderBeslissing } from './verlofaanvraag.mapper';

/** Statuses in which the officer still has to decide. */
export const OPEN_BIJ_LPA = ['in-behandeling', 'aanvulling-gevraagd'] as const;

/**
 * Reads of leave requests, with their Awb terms computed on the peildatum (the domain clock unless
 * given). Every read writes its audit line in the same transaction.
 */
@Injectable()
export class VerlofaanvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly brieven: BriefService,
    private readonly stukken: DossierstukkenService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  vandaag(): string {
    return datumVan(this.klok());
  }

  /** The suspensions as they count on the peildatum: a running one ends when the hersteltermijn ran out unused (Awb art 4:15 lid 1 a). */
  opschortingenOp(aanvraag: VerlofaanvraagEntity, peildatum: string): Periode[] {
    return aanvraag.opschortingen.map((p) => {
      if (p.totEnMet) return p;
      const einde = aanvraag.aanvullenUiterlijk !== null && aanvraag.aanvullenUiterlijk < peildatum ? aanvraag.aanvullenUiterlijk : null;
      return einde === null ? { van: p.van } : { van: p.van, totEnMet: einde };
    });
  }

  termijnStand(aanvraag: VerlofaanvraagEntity, besluit: BesluitEntity | null, peildatum: string): BeslistermijnStand | null {
    if (aanvraag.route !== 'leerplichtambtenaar' || aanvraag.beslistermijn === null) return null;
    const regels = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof;
    return beslistermijnStand(
      {
        ontvangenOp: aanvraag.ontvangstdatum,
        termijn: aanvraag.beslistermijn,
        opschortingen: this.opschortingenOp(aanvraag, peildatum),
        besluitOp: besluit?.bekendgemaaktOp ?? null,
        peildatum,
        waarschuwing: regels.waarschuwingVoorVerstrijken,
      },
      this.kalender,
    );
  }

  async laad(manager: EntityManager, id: string): Promise<VerlofaanvraagEntity> {
    vereisUuid(id, 'aanvraagId');
    // Row-level security: another gemeente's request is simply not there.
    const aanvraag = await manager.findOne(VerlofaanvraagEntity, { where: { id } });
    if (aanvraag === null) throw new DomainError('NIET_GEVONDEN', 'Deze verlofaanvraag bestaat niet in uw gemeente(n).', 'aanvraagId');
    return aanvraag;
  }

  async model(manager: EntityManager, aanvraag: VerlofaanvraagEntity, peildatum: string): Promise<VerlofaanvraagModel> {
    const besluit = aanvraag.besluitId === null ? null : await manager.findOne(BesluitEntity, { where: { id: aanvraag.besluitId } });
    const stand = this.termijnStand(aanvraag, besluit, peildatum);
    const [zienswijzen, verklaringen, brieven] = await Promise.all([
      this.stukken.zienswijzen(manager, aanvraag.id),
      this.stukken.verklaringen(manager, aanvraag.id),
      this.brieven.voorZaak(manager, aanvraag.id),
    ]);
    const boete = aanvraag.ingebrekestellingOntvangenOp === null ? null : dwangsom(aanvraag.ingebrekestellingOntvangenOp, besluit?.bekendgemaaktOp ?? peildatum);
    return {
      id: aanvraag.id,
      gemeente: aanvraag.gemeente,
      bsn: aanvraag.bsn,
      jongereNaam: aanvraag.jongereNaam,
      schoolBrin: aanvraag.schoolBrin,
      schoolNaam: aanvraag.schoolNaam,
      soort: aanvraag.soort,
      route: aanvraag.route,
      eersteVerlofdag: aanvraag.eersteVerlofdag,
      laatsteVerlofdag: aanvraag.laatsteVerlofdag,
      schooljaar: aanvraag.schooljaar,
      schooldagen: aanvraag.schooldagen,
      schooljaarSchooldagen: aanvraag.schooljaarSchooldagen,
      omstandigheid: aanvraag.omstandigheid,
      indicatie: aanvraag.indicatie,
      ontvangenOp: aanvraag.ontvangenOp,
      ontvangstdatum: aanvraag.ontvangstdatum,
      korteTermijnWaarschuwing: aanvraag.korteTermijnWaarschuwing,
      status: aanvraag.status,
      schoolleiderBeslissing: naarSchoolleiderBeslissing(aanvraag),
      beslistermijn: stand,
      aanvullenUiterlijk: aanvraag.aanvullenUiterlijk,
      ingebrekestellingOntvangenOp: aanvraag.ingebrekestellingOntvangenOp,
      dwangsom: boete,
      classificatie: aanvraag.classificatie,
      instructieVersie: aanvraag.instructieVersie,
      zienswijzen: zienswijzen.map(naarZienswijze),
      verklaringen: verklaringen.map(naarVerklaring),
      besluit: besluit === null ? null : naarBesluit(besluit),
      brieven: brieven.map(naarBriefSamenvatting),
    };
  }

  async een(id: string, peildatum: string | null, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    const dag = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvraag = await this.laad(manager, id);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.model(manager, aanvraag, dag);
    });
  }

  /** The verlofaanvragen of a youth in the caller's gemeenten (row-level security), newest first. */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel[]> {
    vereisGeldigBsn(bsn);
    const dag = this.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvragen = await manager.find(VerlofaanvraagEntity, { where: { bsn }, order: { ontvangenOp: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(aanvragen.map((aanvraag) => aanvraag.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? (gemeenten[0] ?? null) : null,
        reden: aanvragen.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return Promise.all(aanvragen.map((aanvraag) => this.model(manager, aanvraag, dag)));
    });
  }

  /**
   * The officer's work list: open requests of a gemeente with their decision term on the
   * peildatum, the most urgent first (lapsed, then nearly lapsed, then by last day).
   */
  async werkvoorraad(gemeente: string, peildatum: string | null, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel[]> {
    vereisGemeente(principal, gemeente);
    const dag = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const aanvragen = await manager.find(VerlofaanvraagEntity, { where: { gemeente, route: 'leerplichtambtenaar', status: In([...OPEN_BIJ_LPA]) } });
      const modellen = await Promise.all(aanvragen.map((aanvraag) => this.model(manager, aanvraag, dag)));
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, aanvragen.map((a) => a.persoonSleutel));
      const urgentie = (m: VerlofaanvraagModel): number => ({ verstreken: 0, 'bijna-verstreken': 1, opgeschort: 3 })[m.beslistermijn?.status ?? ''] ?? 2;
      return modellen.sort((a, b) => urgentie(a) - urgentie(b) || (a.beslistermijn?.uiterlijk ?? '').localeCompare(b.beslistermijn?.uiterlijk ?? '') || a.id.localeCompare(b.id));
    });
  }

  /**
   * The school head (a partner client with a `brin` claim) sees the requests forwarded to it, of
   * its own pupils only (Awb art 2:3; Lpw art 14 lid 1): no indication, statements or letters.
   */
  async doorgezondenAanSchool(principal: Principal, request: RequestContext): Promise<DoorgezondenVerlofaanvraagModel[]> {
    if (principal.brin === null) {
      throw new DomainError('GEEN_SCHOOL', 'Alleen een school (met een BRIN in het token) ziet doorgezonden verlofaanvragen.', undefined, { reden: 'geen-brin' });
    }
    const brin = principal.brin;
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvragen = await manager.find(VerlofaanvraagEntity, {
        where: { schoolBrin: brin, route: 'schoolleider', status: Not(In(['ingetrokken'])) },
        order: { eersteVerlofdag: 'ASC', id: 'ASC' },
      });
      for (const aanvraag of aanvragen) {
        await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      }
      return aanvragen.map(naarDoorgezonden);
    });
  }

  private peildatum(peildatum: string | null): string {
    if (peildatum === null) return this.vandaag();
    vereisDatum(peildatum, 'peildatum');
    return peildatum;
  }
}
