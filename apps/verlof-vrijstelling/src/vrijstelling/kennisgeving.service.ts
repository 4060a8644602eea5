import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, leeftijdOp } from '@leerrecht/shared/util-kalender';
import { naarBesluit, naarBriefSamenvatting, naarVerklaring, naarZienswijze } from '../besluit/besluit.mapper';
import { BesluitEntity } from '../besluit/besluit.entity';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService } from '../brief/brief.service';
import { vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { KennisgevingEntity } from './kennisgeving.entity';
import type { KennisgevingModel, KennisgevingWerkregelModel, KennisgevingtermijnModel } from './models/vrijstelling.model';
import { VrijstellingService, naarVrijstelling } from './vrijstelling.service';
import {
  TOESTEMMING_JONGERE_VANAF_LEEFTIJD,
  burgerzakenSignaalMogelijk,
  isVerlopen,
  overlegSamenwerkingsverbandToegestaan,
  verklaringTeOud,
} from './vrijstelling-regels';

/** The terms of a kennisgeving on the peildatum: the message to the parents and the steps in between. */
export function kennisgevingtermijnen(k: KennisgevingEntity, peildatum: string): KennisgevingtermijnModel[] {
  const open = k.status === 'in-behandeling';
  const termijnen: KennisgevingtermijnModel[] = [
    { soort: 'bericht', uiterlijk: k.berichtUiterlijk, bron: k.berichtBron, afgerond: !open, verlopen: isVerlopen(k.berichtUiterlijk, peildatum, !open) },
  ];
  if (k.onderzoekUiterlijk !== null) {
    const klaar = k.verklaringId !== null || !open;
    termijnen.push({ soort: 'onderzoek', uiterlijk: k.onderzoekUiterlijk, bron: '000 art 12 lid 2; 003 art 11 lid 2 a', afgerond: klaar, verlopen: isVerlopen(k.onderzoekUiterlijk, peildatum, klaar) });
  }
  if (k.bewijsUiterlijk !== null) {
    const klaar = k.verklaringSchoolleiderId !== null || !open;
    termijnen.push({ soort: 'bewijs-buitenland', uiterlijk: k.bewijsUiterlijk, bron: '000 art 12 lid 11; 003 art 11 lid 4 a', afgerond: klaar, verlopen: isVerlopen(k.bewijsUiterlijk, peildatum, klaar) });
  }
  if (k.inschrijvenUiterlijk !== null) {
    // Whether the youth was enrolled the administration knows (absolute-verzuim check): shown, not closed here.
    termijnen.push({ soort: 'inschrijving', uiterlijk: k.inschrijvenUiterlijk, bron: '000 art 12 lid 9; 003 art 11 lid 5', afgerond: false, verlopen: isVerlopen(k.inschrijvenUiterlijk, peildatum, false) });
  }
  return termijnen;
}

/**
 * Reading kennisgevingen: one in full (status, terms, statements, views, decision, exemption,
 * letters) and the work list of a gemeente. Row-level security limits both to the caller's
 * gemeenten; every read writes its Logboek line in the same transaction.
 */
@Injectable()
export class KennisgevingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly stukken: DossierstukkenService,
    private readonly brieven: BriefService,
    private readonly vrijstellingen: VrijstellingService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  vandaag(): string {
    return datumVan(this.klok());
  }

  private peildatum(peildatum: string | null): string {
    if (peildatum === null) return this.vandaag();
    vereisDatum(peildatum, 'peildatum');
    return peildatum;
  }

  /** Not found and another gemeente's kennisgeving look the same (row-level security). */
  async laad(manager: EntityManager, id: string): Promise<KennisgevingEntity> {
    vereisUuid(id, 'kennisgevingId');
    const k = await manager.findOne(KennisgevingEntity, { where: { id } });
    if (k === null) throw new DomainError('NIET_GEVONDEN', 'Geen kennisgeving met dit id in uw gemeenten.', 'kennisgevingId');
    return k;
  }

  async model(manager: EntityManager, k: KennisgevingEntity, peildatum: string, principal: Principal): Promise<KennisgevingModel> {
    const regels = this.instructies.voorGemeente(k.gemeente).regels.vrijstelling;
    const leeftijd = leeftijdOp(k.geboortedatum, peildatum < k.geboortedatum ? k.geboortedatum : peildatum);
    const [verklaringen, zienswijzen, brieven, besluit, vrijstelling] = await Promise.all([
      this.stukken.verklaringen(manager, k.id),
      this.stukken.zienswijzen(manager, k.id),
      this.brieven.voorZaak(manager, k.id),
      k.besluitId === null ? Promise.resolve(null) : manager.findOneBy(BesluitEntity, { id: k.besluitId }),
      this.vrijstellingen.voorId(manager, k.vrijstellingId),
    ]);
    // Health data (AVG art 9): the bearing of the expert's statement is for the deciding officer.
    const magStrekkingZien = heeftRol(principal, 'leerplichtambtenaar');
    const beoordelingsdag = k.beoordeeldOp ?? peildatum;
    const termijnen = kennisgevingtermijnen(k, peildatum);
    return {
      id: k.id,
      gemeente: k.gemeente,
      bsn: k.bsn,
      jongereNaam: k.jongereNaam,
      geboortedatum: k.geboortedatum,
      leeftijd,
      ouders: k.ouders,
      grond: k.grond,
      ontvangenOp: k.ontvangenOp,
      schooljaar: k.schooljaar,
      eerderIngeschreven: k.eerderIngeschreven,
      eersteKennisgeving: k.eersteKennisgeving,
      indienenUiterlijk: k.indienenUiterlijk,
      teLaat: k.teLaat,
      status: k.status,
      berichtUiterlijk: k.berichtUiterlijk,
      berichtBron: k.berichtBron,
      berichtVerlopen: termijnen[0]?.verlopen ?? false,
      termijnen,
      uitgebreidOnderzoekRedenen: k.uitgebreidOnderzoekRedenen,
      uitgebreidOnderzoekOp: k.uitgebreidOnderzoekOp,
      deskundigeNaam: k.deskundigeNaam,
      onderzoekGevraagdOp: k.onderzoekGevraagdOp,
      toestemmingGevraagdOp: k.toestemmingGevraagdOp,
      toestemmingOudersOp: k.toestemmingOudersOp,
      toestemmingJongereOp: k.toestemmingJongereOp,
      toestemmingJongereNodig: k.grond === '5 onder a' && leeftijd >= TOESTEMMING_JONGERE_VANAF_LEEFTIJD,
      overlegSamenwerkingsverbandToegestaan:
        k.grond === '5 onder a' && overlegSamenwerkingsverbandToegestaan({ toestemmingOuders: k.toestemmingOudersOp !== null, toestemmingJongere: k.toestemmingJongereOp !== null, leeftijd }),
      overlegSamenwerkingsverbandOp: k.overlegSamenwerkingsverbandOp,
      verklaringDatum: k.verklaringDatum,
      verklaringTeOud: k.verklaringDatum === null ? null : verklaringTeOud(k.verklaringDatum, beoordelingsdag, regels.verklaringMaxOuderdom, this.kalender),
      nooitGeschikt: k.nooitGeschikt,
      gespreksdatum: k.gespreksdatum,
      toelichtingOp: k.toelichtingOp,
      bezwaarRichtingAlleScholen: k.bezwaarRichtingAlleScholen,
      verlengdOp: k.verlengdOp,
      buitenlandseSchool: k.buitenlandseSchool,
      dagelijksPendelen: k.dagelijksPendelen,
      verklaringSchoolleiderAanwezig: k.verklaringSchoolleiderId !== null,
      burgerzakenSignaalMogelijk: burgerzakenSignaalMogelijk(k) && k.burgerzakenGesignaleerdOp === null,
      burgerzakenGesignaleerdOp: k.burgerzakenGesignaleerdOp,
      inschrijvenUiterlijk: k.inschrijvenUiterlijk,
      behandelaar: k.behandelaar,
      classificatie: k.classificatie,
      instructieVersie: k.instructieVersie,
      verklaringen: verklaringen.map((v) => ({ ...naarVerklaring(v), strekking: v.classificatie === 'AVG-bijzonder' && !magStrekkingZien ? null : v.strekking })),
      zienswijzen: zienswijzen.map(naarZienswijze),
      besluit: besluit === null ? null : naarBesluit(besluit),
      vrijstelling: vrijstelling === null ? null : naarVrijstelling(vrijstelling),
      brieven: brieven.map(naarBriefSamenvatting),
    };
  }

  async een(id: string, peildatum: string | null, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    const peil = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const k = await this.laad(manager, id);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: k.persoonSleutel, gemeente: k.gemeente });
      return this.model(manager, k, peil, principal);
    });
  }

  /**
   * The work list of a gemeente: open kennisgevingen (or all, with alleenOpen false), those with
   * the most overdue terms first, then by the day the message to the parents is due.
   */
  async vanGemeente(gemeente: string, peildatum: string | null, alleenOpen: boolean, principal: Principal, request: RequestContext): Promise<KennisgevingWerkregelModel[]> {
    vereisGemeente(principal, gemeente);
    const peil = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rijen = await manager.find(KennisgevingEntity, {
        where: alleenOpen ? { gemeente, status: 'in-behandeling' } : { gemeente },
        order: { berichtUiterlijk: 'ASC', id: 'ASC' },
        take: 1000,
      });
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, [...new Set(rijen.map((k) => k.persoonSleutel))]);
      const regels = rijen.map((k) => {
        const termijnen = kennisgevingtermijnen(k, peil);
        const openTermijnen = termijnen.filter((t) => !t.afgerond && t.soort !== 'bericht');
        return {
          id: k.id,
          gemeente: k.gemeente,
          bsn: k.bsn,
          jongereNaam: k.jongereNaam,
          grond: k.grond,
          schooljaar: k.schooljaar,
          ontvangenOp: k.ontvangenOp,
          status: k.status,
          teLaat: k.teLaat,
          berichtUiterlijk: k.berichtUiterlijk,
          berichtVerlopen: termijnen[0]?.verlopen ?? false,
          eerstvolgendeUiterlijk: openTermijnen.map((t) => t.uiterlijk).sort()[0] ?? null,
          verlopenTermijnen: termijnen.filter((t) => t.verlopen).length,
          uitgebreidOnderzoekOpen: k.uitgebreidOnderzoekRedenen.length > 0 && k.uitgebreidOnderzoekOp === null && k.status === 'in-behandeling',
          behandelaar: k.behandelaar,
        };
      });
      return regels.sort((a, b) => b.verlopenTermijnen - a.verlopenTermijnen || a.berichtUiterlijk.localeCompare(b.berichtUiterlijk) || a.id.localeCompare(b.id));
    });
  }
}
