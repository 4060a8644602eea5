import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden } from '@leerrecht/shared/util-kalender';
import { beslistermijnStand } from '../awb/awb-termijnen';
import { naarBesluit, naarBriefSamenvatting } from '../besluit/besluit.mapper';
import { BesluitEntity } from '../besluit/besluit.entity';
import { BesluitService } from '../besluit/besluit.service';
import { BriefService } from '../brief/brief.service';
import { actorNaam, vereisTekst, vereisUuid } from '../kern/actor';
import { vereisPlichtig } from '../kern/jongere';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { Art15AanvraagEntity } from './art15-aanvraag.entity';
import type { BeslisArt15AanvraagInput, DienArt15AanvraagInInput } from './dto/vrijstelling.input';
import type { Ouder } from './kennisgeving.entity';
import type { Art15AanvraagModel, Art15BeslistermijnModel } from './models/vrijstelling.model';
import { VrijstellingService, naarVrijstelling } from './vrijstelling.service';
import { GRONDSLAG, art15Afweging, leesPostcode } from './vrijstelling-regels';

/**
 * An application under Lpw art 15 (domain verlof-vrijstelling.md §4): taken in with its decision
 * term (Awb art 4:13), decided by the officer on behalf of the college after weighing both criteria
 * (000 art 11 lid 1–2; 003 art 10 lid 1–2), with conditions; a grant is an exemption in force
 * (event, DUO's register, Lpw art 15 lid 3–4). The Defensie route (000 art 11 lid 3–9; 003 art 10
 * lid 3–4) is not built.
 */
@Injectable()
export class Art15Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    private readonly vrijstellingen: VrijstellingService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  private vandaag(): string {
    return datumVan(this.klok());
  }

  async dienIn(input: DienArt15AanvraagInInput, principal: Principal, request: RequestContext): Promise<Art15AanvraagModel> {
    vereisGemeente(principal, input.gemeente);
    vereisGeldigBsn(input.bsn);
    vereisDatum(input.geboortedatum, 'geboortedatum');
    vereisDatum(input.ontvangenOp, 'ontvangenOp');
    vereisDatum(input.gevraagdVan, 'gevraagdVan');
    vereisDatum(input.gevraagdTotEnMet, 'gevraagdTotEnMet');
    const vandaag = this.vandaag();
    if (input.ontvangenOp > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De ontvangstdatum ligt na vandaag.', 'ontvangenOp');
    if (input.geboortedatum >= input.ontvangenOp) throw new DomainError('ONGELDIGE_DATUM', 'De geboortedatum ligt niet vóór de ontvangstdatum.', 'geboortedatum');
    if (input.gevraagdTotEnMet < input.gevraagdVan) throw new DomainError('ONGELDIGE_PERIODE', 'De laatste dag van de gevraagde vrijstelling ligt vóór de eerste.', 'gevraagdTotEnMet');
    const jongereNaam = vereisTekst(input.jongereNaam, 'jongereNaam', 'De naam van de jongere');
    const onderwijs = vereisTekst(input.onderwijs, 'onderwijs', 'Het andere onderwijs dat de jongere volgt (Lpw art 15)');
    if (input.aanvragers.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Ten minste één aanvrager is nodig.', 'aanvragers');
    const aanvragers: Ouder[] = input.aanvragers.map((a, i) => ({
      naam: vereisTekst(a.naam, `aanvragers.${i}.naam`, 'De naam van de aanvrager'),
      adres: vereisTekst(a.adres, `aanvragers.${i}.adres`, 'Het adres van de aanvrager'),
    }));
    const postcode = leesPostcode(input.postcode);
    if (postcode === null) throw new DomainError('ONGELDIGE_INVOER', 'De postcode is geen Nederlandse postcode (1234AB).', 'postcode');
    const instructie = this.instructies.voorGemeente(input.gemeente);
    // Lpw art 15: an exemption from leerplicht or kwalificatieplicht exists only while one applies.
    vereisPlichtig(input.geboortedatum, input.gevraagdVan, instructie.vakantieregio, this.kalender);
    const termijn = instructie.regels.verlof.beslistermijn;
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('art15:' || $1 || ':' || $2))`, [input.gemeente, input.bsn]);
      if ((await this.vrijstellingen.lopende(manager, input.gemeente, input.bsn, '15', { van: input.gevraagdVan, totEnMet: input.gevraagdTotEnMet })) !== null) {
        throw new DomainError('VRIJSTELLING_LOOPT', 'Voor (een deel van) deze periode loopt al een vrijstelling op grond van art 15.', 'gevraagdVan');
      }
      const aanvraag = await manager.save(
        manager.create(Art15AanvraagEntity, {
          gemeente: input.gemeente,
          bsn: input.bsn,
          persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
          jongereNaam,
          geboortedatum: input.geboortedatum,
          aanvragers,
          postcode,
          ontvangenOp: input.ontvangenOp,
          onderwijs,
          aanbieder: input.aanbieder?.trim() || null,
          gevraagdVan: input.gevraagdVan,
          gevraagdTotEnMet: input.gevraagdTotEnMet,
          status: 'in-behandeling',
          beslistermijn: { aantal: termijn.aantal, eenheid: termijn.eenheid },
          draagtBijAanStartkwalificatie: null,
          startkwalificatieToelichting: null,
          tijdInRedelijkeVerhouding: null,
          tijdToelichting: null,
          voorwaarden: [],
          besluitId: null,
          beslotenOp: null,
          vrijstellingId: null,
          behandelaar: null,
          instructieVersie: instructie.versieSleutel,
        }),
      );
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.model(manager, aanvraag, vandaag);
    });
  }

  /** 000 art 11 lid 1–2; 003 art 10 lid 1–2: both criteria weighed in writing, conditions attached, the decision with its letter. */
  async beslis(input: BeslisArt15AanvraagInput, principal: Principal, request: RequestContext): Promise<Art15AanvraagModel> {
    vereisUuid(input.aanvraagId, 'aanvraagId');
    const startkwalificatieToelichting = vereisTekst(input.startkwalificatieToelichting, 'startkwalificatieToelichting', 'De afweging of het onderwijs bijdraagt aan een startkwalificatie');
    const tijdToelichting = vereisTekst(input.tijdToelichting, 'tijdToelichting', 'De afweging of de tijd in redelijke verhouding staat tot de omvang van het onderwijs');
    const motivering = vereisTekst(input.motivering, 'motivering', 'De motivering van het besluit (Awb art 3:46)');
    const voorwaarden = input.voorwaarden.map((v) => v.trim()).filter((v) => v.length > 0);
    const vandaag = this.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      await manager.query('SELECT 1 FROM verlof_vrijstelling.art15_aanvraag WHERE id = $1 FOR UPDATE', [input.aanvraagId]);
      const aanvraag = await this.laad(manager, input.aanvraagId);
      if (aanvraag.status !== 'in-behandeling') throw new DomainError('AL_BESLOTEN', 'Op deze aanvraag is al beslist; een wijziging loopt via bezwaar.', 'aanvraagId');
      const afweging = art15Afweging(input);
      if (input.uitkomst === 'toegewezen' && afweging === 'geen') {
        throw new DomainError(
          'CRITERIA_NIET_VOLDAAN',
          'Het onderwijs draagt niet bij aan een startkwalificatie en de tijd staat niet in redelijke verhouding tot de omvang: dan is er geen voldoende onderwijs op andere wijze (000 art 11 lid 2; 003 art 10 lid 2).',
          'uitkomst',
        );
      }
      let periode: { van: string; totEnMet: string } | null = null;
      if (input.uitkomst === 'toegewezen') {
        const van = input.van ?? aanvraag.gevraagdVan;
        const totEnMet = input.totEnMet ?? aanvraag.gevraagdTotEnMet;
        vereisDatum(van, 'van');
        vereisDatum(totEnMet, 'totEnMet');
        if (totEnMet < van) throw new DomainError('ONGELDIGE_PERIODE', 'De laatste dag van de vrijstelling ligt vóór de eerste.', 'totEnMet');
        periode = { van, totEnMet };
      }
      const besluit = await this.besluiten.neem(manager, {
        gemeente: aanvraag.gemeente,
        persoonSleutel: aanvraag.persoonSleutel,
        bsn: aanvraag.bsn,
        zaakSoort: 'art15-aanvraag',
        zaakId: aanvraag.id,
        soort: 'vrijstelling-art15',
        uitkomst: input.uitkomst,
        grondslag: GRONDSLAG['15'],
        motivering,
        namens: 'college',
        bekendgemaaktOp: vandaag,
        principal,
      });
      const brief = await this.brieven.stelOp(manager, {
        gemeente: aanvraag.gemeente,
        zaakSoort: 'art15-aanvraag',
        zaakId: aanvraag.id,
        persoonSleutel: aanvraag.persoonSleutel,
        sjabloon: 'art15Besluit',
        aan: { rol: 'ouders', naam: aanvraag.aanvragers.map((a) => a.naam).join(' en '), adres: aanvraag.aanvragers[0]?.adres ?? '' },
        jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum },
        waarden: {
          beslissing: periode === null ? 'Wij verlenen de gevraagde vrijstelling niet.' : `Wij verlenen vrijstelling van de leerplicht van ${datumInWoorden(periode.van)} tot en met ${datumInWoorden(periode.totEnMet)}.`,
          motivering,
          voorwaarden: periode === null || voorwaarden.length === 0 ? 'geen.' : `${voorwaarden.join('; ')}.`,
          // The template names the period applied for; the decision states what was granted.
          van: datumInWoorden(aanvraag.gevraagdVan),
          totEnMet: datumInWoorden(aanvraag.gevraagdTotEnMet),
          bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
        },
        datum: vandaag,
        principal,
        classificatie: 'AVG',
      });
      await this.besluiten.koppelBrief(manager, besluit, brief.id);
      if (periode !== null) {
        const eerder: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM verlof_vrijstelling.vrijstelling WHERE gemeente = $1 AND bsn = $2 AND artikel = '15'`, [aanvraag.gemeente, aanvraag.bsn]);
        const vrijstelling = await this.vrijstellingen.verleen(manager, {
          gemeente: aanvraag.gemeente,
          bsn: aanvraag.bsn,
          persoonSleutel: aanvraag.persoonSleutel,
          jongereNaam: aanvraag.jongereNaam,
          geboortedatum: aanvraag.geboortedatum,
          artikel: '15',
          periode,
          schooljaar: null,
          volgendeKennisgevingVoor: null,
          kennisgevingId: null,
          art15AanvraagId: aanvraag.id,
          besluit,
          voorwaarden,
          postcode: aanvraag.postcode,
          // Lpw art 15 lid 3: an earlier claim, as far as this gemeente's file shows.
          eerderBeroep: (eerder[0]?.n ?? 0) > 0,
          zaakSoort: 'art15-aanvraag',
          zaakId: aanvraag.id,
          vandaag,
          principal,
          request,
        });
        aanvraag.vrijstellingId = vrijstelling.id;
      }
      aanvraag.status = 'besloten';
      aanvraag.draagtBijAanStartkwalificatie = input.draagtBijAanStartkwalificatie;
      aanvraag.startkwalificatieToelichting = startkwalificatieToelichting;
      aanvraag.tijdInRedelijkeVerhouding = input.tijdInRedelijkeVerhouding;
      aanvraag.tijdToelichting = tijdToelichting;
      aanvraag.voorwaarden = voorwaarden;
      aanvraag.besluitId = besluit.id;
      aanvraag.beslotenOp = vandaag;
      aanvraag.behandelaar = actorNaam(principal);
      await manager.save(aanvraag);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.model(manager, aanvraag, vandaag);
    });
  }

  async laad(manager: EntityManager, id: string): Promise<Art15AanvraagEntity> {
    vereisUuid(id, 'aanvraagId');
    const aanvraag = await manager.findOne(Art15AanvraagEntity, { where: { id } });
    if (aanvraag === null) throw new DomainError('NIET_GEVONDEN', 'Geen aanvraag art 15 met dit id in uw gemeenten.', 'aanvraagId');
    return aanvraag;
  }

  termijn(aanvraag: Art15AanvraagEntity, peildatum: string): Art15BeslistermijnModel {
    const waarschuwing = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.waarschuwingVoorVerstrijken;
    const stand = beslistermijnStand(
      { ontvangenOp: aanvraag.ontvangenOp, termijn: aanvraag.beslistermijn, opschortingen: [], besluitOp: aanvraag.beslotenOp, peildatum, waarschuwing },
      this.kalender,
    );
    return { uiterlijk: stand.uiterlijk, waarschuwenVanaf: stand.waarschuwenVanaf, status: stand.status };
  }

  async model(manager: EntityManager, a: Art15AanvraagEntity, peildatum: string): Promise<Art15AanvraagModel> {
    const [besluit, vrijstelling, brieven] = await Promise.all([
      a.besluitId === null ? Promise.resolve(null) : manager.findOneBy(BesluitEntity, { id: a.besluitId }),
      this.vrijstellingen.voorId(manager, a.vrijstellingId),
      this.brieven.voorZaak(manager, a.id),
    ]);
    return {
      id: a.id,
      gemeente: a.gemeente,
      bsn: a.bsn,
      jongereNaam: a.jongereNaam,
      geboortedatum: a.geboortedatum,
      aanvragers: a.aanvragers,
      ontvangenOp: a.ontvangenOp,
      onderwijs: a.onderwijs,
      aanbieder: a.aanbieder,
      gevraagdVan: a.gevraagdVan,
      gevraagdTotEnMet: a.gevraagdTotEnMet,
      status: a.status,
      beslistermijn: this.termijn(a, peildatum),
      draagtBijAanStartkwalificatie: a.draagtBijAanStartkwalificatie,
      startkwalificatieToelichting: a.startkwalificatieToelichting,
      tijdInRedelijkeVerhouding: a.tijdInRedelijkeVerhouding,
      tijdToelichting: a.tijdToelichting,
      voorwaarden: a.voorwaarden,
      behandelaar: a.behandelaar,
      instructieVersie: a.instructieVersie,
      besluit: besluit === null ? null : naarBesluit(besluit),
      vrijstelling: vrijstelling === null ? null : naarVrijstelling(vrijstelling),
      brieven: brieven.map(naarBriefSamenvatting),
    };
  }

  async een(id: string, peildatum: string | null, principal: Principal, request: RequestContext): Promise<Art15AanvraagModel> {
    if (peildatum !== null) vereisDatum(peildatum, 'peildatum');
    const peil = peildatum ?? this.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvraag = await this.laad(manager, id);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.model(manager, aanvraag, peil);
    });
  }

  /** Open applications of a gemeente with their decision term: lapsed and nearly lapsed first (Awb art 4:13). */
  async vanGemeente(gemeente: string, peildatum: string | null, principal: Principal, request: RequestContext): Promise<Art15AanvraagModel[]> {
    vereisGemeente(principal, gemeente);
    if (peildatum !== null) vereisDatum(peildatum, 'peildatum');
    const peil = peildatum ?? this.vandaag();
    const volgorde: Record<string, number> = { verstreken: 0, 'bijna-verstreken': 1, loopt: 2 };
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvragen = await manager.find(Art15AanvraagEntity, { where: { gemeente, status: 'in-behandeling' }, order: { ontvangenOp: 'ASC', id: 'ASC' }, take: 1000 });
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, [...new Set(aanvragen.map((a) => a.persoonSleutel))]);
      const modellen = await Promise.all(aanvragen.map((a) => this.model(manager, a, peil)));
      return modellen.sort((x, y) => (volgorde[x.beslistermijn.status] ?? 3) - (volgorde[y.beslistermijn.status] ?? 3) || x.beslistermijn.uiterlijk.localeCompare(y.beslistermijn.uiterlijk));
    });
  }
}
