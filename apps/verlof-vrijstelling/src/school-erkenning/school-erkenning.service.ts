import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGemeente, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden } from '@leerrecht/shared/util-kalender';
import { naarBriefSamenvatting } from '../besluit/besluit.mapper';
import { BriefEntity } from '../brief/brief.entity';
import { BriefService } from '../brief/brief.service';
import { actorNaam, vereisTekst, vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { adresseringen, vereisOuders } from '../vervangende-leerplicht/ouders';
import type { LegInspectieAdviesVastInput, OpenSchoolErkenningsvraagInput, SchoolErkenningLeerlingInput, StelSchoolErkenningVastInput, VoegLeerlingToeInput } from './dto/school-erkenning.input';
import type { SchoolErkenningsvraagModel } from './models/school-erkenning.model';
import { SchoolErkenningLeerlingEntity } from './school-erkenning-leerling.entity';
import { adviesUiterlijk, conclusieVolgtAdvies, oudersInformerenUiterlijk, termijnTeLaat, uitschrijvingToegestaan } from './school-erkenning-regels';
import { SchoolErkenningsvraagEntity } from './school-erkenningsvraag.entity';

const INSPECTIE = 'Inspectie van het Onderwijs';

/**
 * "Is this a school?" (Lpw art 1a1; 000 art 13; 003 art 12): the request to the Inspectie (no child
 * data), its advice, the officer's conclusion that follows it, and — when the provision is not a
 * school — a letter to the parents of each pupil within 7 days. Every read and write of the pupils'
 * data writes an audit line per pupil in the same transaction.
 */
@Injectable()
export class SchoolErkenningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly brieven: BriefService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  private vandaag(): string {
    return datumVan(this.klok());
  }

  private peildatum(datum: string | null | undefined): string {
    if (datum === undefined || datum === null) return this.vandaag();
    vereisDatum(datum, 'peildatum');
    return datum;
  }

  async open(input: OpenSchoolErkenningsvraagInput, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    vereisGemeente(principal, input.gemeente);
    const vandaag = this.vandaag();
    const instructie = this.instructies.voorGemeente(input.gemeente);
    const voorzieningNaam = vereisTekst(input.voorzieningNaam, 'voorzieningNaam', 'De naam van de onderwijsvoorziening');
    const voorzieningAdres = vereisTekst(input.voorzieningAdres, 'voorzieningAdres', 'Het adres van de onderwijsvoorziening');
    vereisDatum(input.meldingOntvangenOp, 'meldingOntvangenOp');
    if (input.meldingOntvangenOp > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De datum ligt na vandaag.', 'meldingOntvangenOp');
    if (input.leerlingen.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Geef ten minste één jongere op die de voorziening bezoekt.', 'leerlingen');
    const leerlingen = input.leerlingen.map((l, i) => this.valideerLeerling(l, `leerlingen[${i}]`, vandaag));
    if (new Set(leerlingen.map((l) => l.bsn)).size !== leerlingen.length) throw new DomainError('ONGELDIGE_INVOER', 'Een jongere staat twee keer in de lijst.', 'leerlingen');

    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const uiterlijk = adviesUiterlijk(vandaag, instructie.regels.schoolErkenning, this.kalender);
      const vraag = await manager.save(
        manager.create(SchoolErkenningsvraagEntity, {
          gemeente: input.gemeente,
          voorzieningNaam,
          voorzieningAdres,
          meldingOntvangenOp: input.meldingOntvangenOp,
          inspectieVerzochtOp: vandaag,
          adviesUiterlijk: uiterlijk,
          verzoekBriefId: null,
          advies: null,
          adviesDatum: null,
          adviesToelichting: null,
          oudersInformerenUiterlijk: null,
          conclusie: null,
          conclusieOp: null,
          conclusieDoor: null,
          status: 'inspectie-verzocht',
          geopendDoor: actorNaam(principal),
          instructieVersie: instructie.versieSleutel,
        }),
      );
      for (const leerling of leerlingen) await this.bewaarLeerling(manager, vraag, leerling);
      // 000 art 13 lid 1; 003 art 12 lid 1 a: about the provision only, no data of any child.
      const brief = await this.brieven.stelOp(manager, {
        gemeente: vraag.gemeente,
        zaakSoort: 'school-erkenning',
        zaakId: vraag.id,
        persoonSleutel: null,
        sjabloon: 'schoolErkenningVerzoekInspectie',
        aan: { rol: 'inspectie', naam: INSPECTIE, adres: input.inspectieAdres?.trim() || null },
        jongere: null,
        waarden: { voorzieningNaam, voorzieningAdres, adviesUiterlijk: datumInWoorden(uiterlijk) },
        datum: vandaag,
        principal,
        classificatie: 'AVG',
      });
      vraag.verzoekBriefId = brief.id;
      await manager.update(SchoolErkenningsvraagEntity, { id: vraag.id }, { verzoekBriefId: brief.id });
      return this.afsluiten(manager, vraag, vandaag, principal, request);
    });
  }

  /** A pupil who turns out to attend the provision too; when it is already found not to be a school, the parents are told at once. */
  voegLeerlingToe(input: VoegLeerlingToeInput, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    const leerling = this.valideerLeerling(input.leerling, 'leerling', this.vandaag());
    return this.wijzig(input.vraagId, principal, request, async (manager, vraag, vandaag) => {
      const bestaand = await manager.count(SchoolErkenningLeerlingEntity, { where: { vraagId: vraag.id, bsn: leerling.bsn } });
      if (bestaand > 0) throw new DomainError('AL_BEKEND', 'Deze jongere staat al bij deze vraag.', 'leerling.bsn');
      const rij = await this.bewaarLeerling(manager, vraag, leerling);
      if (vraag.conclusie === 'geen-school') await this.informeerOuders(manager, vraag, [rij], vandaag, principal);
    });
  }

  /** The Inspectie's advice; not a school: the 7-day term to inform the parents starts on the day of the advice. */
  legAdviesVast(input: LegInspectieAdviesVastInput, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.wijzig(input.vraagId, principal, request, async (_manager, vraag, vandaag) => {
      if (vraag.advies !== null) throw new DomainError('AL_ADVIES', 'Het advies van de Inspectie is al vastgelegd.', 'vraagId');
      vereisDatum(input.adviesDatum, 'adviesDatum');
      if (input.adviesDatum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De datum ligt na vandaag.', 'adviesDatum');
      if (input.adviesDatum < vraag.inspectieVerzochtOp) throw new DomainError('ONGELDIGE_DATUM', 'Het advies ligt vóór het verzoek aan de Inspectie.', 'adviesDatum');
      vraag.advies = input.advies;
      vraag.adviesDatum = input.adviesDatum;
      vraag.adviesToelichting = input.toelichting?.trim() || null;
      vraag.status = 'advies-ontvangen';
      if (input.advies === 'geen-school') {
        vraag.oudersInformerenUiterlijk = oudersInformerenUiterlijk(input.adviesDatum, this.instructies.voorGemeente(vraag.gemeente).regels.schoolErkenning, this.kalender);
      }
    });
  }

  /**
   * The officer's conclusion, which follows the advice (000 art 13 lid 2; 003 art 12 lid 3): a
   * conclusion contrary to it is refused. Not a school: one letter to the parents of each pupil.
   */
  stelVast(input: StelSchoolErkenningVastInput, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.wijzig(input.vraagId, principal, request, async (manager, vraag, vandaag) => {
      if (vraag.conclusie !== null) throw new DomainError('AL_VASTGESTELD', 'De conclusie is al vastgelegd.', 'vraagId');
      if (vraag.advies === null) throw new DomainError('ADVIES_ONTBREEKT', 'Leg eerst het advies van de Inspectie vast; de leerplichtambtenaar volgt dat advies.', 'vraagId');
      if (!conclusieVolgtAdvies(vraag.advies, input.conclusie)) {
        throw new DomainError(
          'CONCLUSIE_WIJKT_AF_VAN_ADVIES',
          'De leerplichtambtenaar volgt het advies van de Inspectie van het Onderwijs (000 art 13 lid 2; 003 art 12 lid 3): een andere conclusie kan niet worden vastgelegd.',
          'conclusie',
        );
      }
      vraag.conclusie = input.conclusie;
      vraag.conclusieOp = vandaag;
      vraag.conclusieDoor = actorNaam(principal);
      vraag.status = 'vastgesteld';
      if (input.conclusie === 'geen-school') {
        const leerlingen = await manager.find(SchoolErkenningLeerlingEntity, { where: { vraagId: vraag.id }, order: { createdAt: 'ASC' } });
        await this.informeerOuders(manager, vraag, leerlingen.filter((l) => l.oudersGeinformeerdOp === null), vandaag, principal);
      }
    });
  }

  async vraag(vraagId: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    vereisUuid(vraagId, 'vraagId');
    const peil = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const vraag = await this.laad(manager, vraagId, false);
      return this.afsluiten(manager, vraag, peil, principal, request);
    });
  }

  async lijst(gemeente: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel[]> {
    vereisGemeente(principal, gemeente);
    const peil = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const vragen = await manager.find(SchoolErkenningsvraagEntity, { where: { gemeente }, order: { createdAt: 'DESC' } });
      const ids = vragen.map((v) => v.id);
      const leerlingen = ids.length === 0 ? [] : await manager.find(SchoolErkenningLeerlingEntity, { where: { vraagId: In(ids) }, order: { createdAt: 'ASC' } });
      const brieven = ids.length === 0 ? [] : await manager.find(BriefEntity, { where: { zaakId: In(ids) }, order: { createdAt: 'ASC' } });
      await this.legVerwerking(manager, gemeente, leerlingen, principal, request);
      return vragen.map((v) => this.naarModel(v, leerlingen.filter((l) => l.vraagId === v.id), brieven.filter((b) => b.zaakId === v.id), peil));
    });
  }

  private valideerLeerling(leerling: SchoolErkenningLeerlingInput, veld: string, vandaag: string): Omit<SchoolErkenningLeerlingEntity, 'id' | 'gemeente' | 'vraagId' | 'persoonSleutel' | 'oudersGeinformeerdOp' | 'briefIds' | 'createdAt'> {
    vereisGeldigBsn(leerling.bsn, `${veld}.bsn`);
    vereisDatum(leerling.geboortedatum, `${veld}.geboortedatum`);
    if (leerling.geboortedatum > vandaag) throw new DomainError('ONGELDIGE_DATUM', 'De geboortedatum ligt na vandaag.', `${veld}.geboortedatum`);
    return {
      bsn: leerling.bsn,
      naam: vereisTekst(leerling.naam, `${veld}.naam`, 'De naam van de jongere'),
      geboortedatum: leerling.geboortedatum,
      ouders: vereisOuders(leerling.ouders, `${veld}.ouders`),
      huidigeInschrijving: leerling.huidigeInschrijving?.trim() || null,
    };
  }

  private bewaarLeerling(manager: EntityManager, vraag: SchoolErkenningsvraagEntity, leerling: ReturnType<SchoolErkenningService['valideerLeerling']>): Promise<SchoolErkenningLeerlingEntity> {
    return manager.save(
      manager.create(SchoolErkenningLeerlingEntity, {
        ...leerling,
        gemeente: vraag.gemeente,
        vraagId: vraag.id,
        persoonSleutel: this.verwerkingslog.pseudoniem(leerling.bsn),
        oudersGeinformeerdOp: null,
        briefIds: [],
      }),
    );
  }

  /** 000 art 13 lid 3; 003 art 12 lid 4: in writing, one letter per pupil to the parents at each address. */
  private async informeerOuders(manager: EntityManager, vraag: SchoolErkenningsvraagEntity, leerlingen: SchoolErkenningLeerlingEntity[], vandaag: string, principal: Principal): Promise<void> {
    const adviesDatum = vraag.adviesDatum;
    if (adviesDatum === null) throw new Error('ouders informeren zonder advies');
    for (const leerling of leerlingen) {
      const ids: string[] = [];
      for (const aan of adresseringen(leerling.ouders)) {
        const brief = await this.brieven.stelOp(manager, {
          gemeente: vraag.gemeente,
          zaakSoort: 'school-erkenning',
          zaakId: vraag.id,
          persoonSleutel: leerling.persoonSleutel,
          sjabloon: 'schoolNietErkendOuders',
          aan: { rol: 'ouders', naam: aan.naam, adres: aan.adres },
          jongere: { naam: leerling.naam, geboortedatum: leerling.geboortedatum },
          waarden: { voorzieningNaam: vraag.voorzieningNaam, adviesDatum: datumInWoorden(adviesDatum) },
          datum: vandaag,
          principal,
          classificatie: 'AVG',
        });
        ids.push(brief.id);
      }
      leerling.oudersGeinformeerdOp = vandaag;
      leerling.briefIds = [...leerling.briefIds, ...ids];
      await manager.update(SchoolErkenningLeerlingEntity, { id: leerling.id }, { oudersGeinformeerdOp: vandaag, briefIds: leerling.briefIds });
    }
  }

  private async laad(manager: EntityManager, vraagId: string, vergrendel: boolean): Promise<SchoolErkenningsvraagEntity> {
    const vraag = await manager.findOne(SchoolErkenningsvraagEntity, { where: { id: vraagId }, ...(vergrendel ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (vraag === null) throw new DomainError('NIET_GEVONDEN', 'Geen schoolerkenningsvraag met dit id in uw gemeenten.', 'vraagId');
    return vraag;
  }

  private async wijzig(
    vraagId: string,
    principal: Principal,
    request: RequestContext,
    stap: (manager: EntityManager, vraag: SchoolErkenningsvraagEntity, vandaag: string) => Promise<void>,
  ): Promise<SchoolErkenningsvraagModel> {
    vereisUuid(vraagId, 'vraagId');
    const vandaag = this.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const vraag = await this.laad(manager, vraagId, true);
      await stap(manager, vraag, vandaag);
      await manager.save(vraag);
      return this.afsluiten(manager, vraag, vandaag, principal, request);
    });
  }

  /** Reads the pupils and letters, writes the audit lines (one per pupil) and maps. */
  private async afsluiten(manager: EntityManager, vraag: SchoolErkenningsvraagEntity, peildatum: string, principal: Principal, request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    const leerlingen = await manager.find(SchoolErkenningLeerlingEntity, { where: { vraagId: vraag.id }, order: { createdAt: 'ASC' } });
    const brieven = await this.brieven.voorZaak(manager, vraag.id);
    await this.legVerwerking(manager, vraag.gemeente, leerlingen, principal, request);
    return this.naarModel(vraag, leerlingen, brieven, peildatum);
  }

  private async legVerwerking(manager: EntityManager, gemeente: string, leerlingen: readonly SchoolErkenningLeerlingEntity[], principal: Principal, request: RequestContext): Promise<void> {
    const betrokkenen = [...new Set(leerlingen.map((l) => l.persoonSleutel))];
    if (betrokkenen.length === 0) await this.verwerkingslog.leg(manager, request, principal, { gemeente, reden: 'geen-leerlingen' });
    else await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, betrokkenen);
  }

  private naarModel(vraag: SchoolErkenningsvraagEntity, leerlingen: readonly SchoolErkenningLeerlingEntity[], brieven: readonly BriefEntity[], peildatum: string): SchoolErkenningsvraagModel {
    const regels = this.instructies.voorGemeente(vraag.gemeente).regels.schoolErkenning;
    const nietGeinformeerd = leerlingen.some((l) => l.oudersGeinformeerdOp === null);
    const laatstGeinformeerd = leerlingen.map((l) => l.oudersGeinformeerdOp).filter((d): d is string => d !== null).sort().at(-1) ?? null;
    return {
      id: vraag.id,
      gemeente: vraag.gemeente,
      voorzieningNaam: vraag.voorzieningNaam,
      voorzieningAdres: vraag.voorzieningAdres,
      meldingOntvangenOp: vraag.meldingOntvangenOp,
      status: vraag.status,
      inspectieVerzochtOp: vraag.inspectieVerzochtOp,
      adviestermijn: {
        uiterlijk: vraag.adviesUiterlijk,
        gedaanOp: vraag.adviesDatum,
        teLaat: termijnTeLaat(vraag.adviesUiterlijk, vraag.adviesDatum, peildatum),
        bron: regels.inspectieAdviestermijn.bron,
      },
      advies: vraag.advies,
      adviesDatum: vraag.adviesDatum,
      adviesToelichting: vraag.adviesToelichting,
      conclusie: vraag.conclusie,
      conclusieOp: vraag.conclusieOp,
      oudersInformeren:
        vraag.oudersInformerenUiterlijk === null
          ? null
          : {
              uiterlijk: vraag.oudersInformerenUiterlijk,
              gedaanOp: nietGeinformeerd ? null : laatstGeinformeerd,
              teLaat: leerlingen.some((l) => termijnTeLaat(vraag.oudersInformerenUiterlijk, l.oudersGeinformeerdOp, peildatum)),
              bron: regels.oudersInformerenTermijn.bron,
            },
      uitschrijvingToegestaan: uitschrijvingToegestaan(vraag.conclusie),
      leerlingen: leerlingen.map((l) => ({
        id: l.id,
        bsn: l.bsn,
        naam: l.naam,
        geboortedatum: l.geboortedatum,
        ouders: l.ouders,
        huidigeInschrijving: l.huidigeInschrijving,
        oudersGeinformeerdOp: l.oudersGeinformeerdOp,
        oudersTeLaat: termijnTeLaat(vraag.oudersInformerenUiterlijk, l.oudersGeinformeerdOp, peildatum),
        briefIds: l.briefIds,
      })),
      brieven: brieven.map(naarBriefSamenvatting),
      peildatum,
    };
  }
}
