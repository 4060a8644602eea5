import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { vrijstellingBeeindigdV1, vrijstellingVerleendV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden, leeftijdOp, plusDagen, schooljaarVan } from '@leerrecht/shared/util-kalender';
import type { BesluitEntity } from '../besluit/besluit.entity';
import { BriefService } from '../brief/brief.service';
import { actorNaam, actorVan, vereisTekst, vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import type { BeeindigVrijstellingInput, VrijstellingenTeVernieuwenInput } from './dto/vrijstelling.input';
import type { VrijstellingModel, VrijstellingTeVernieuwenModel } from './models/vrijstelling.model';
import { VrijstellingRegisterKoppeling } from './vrijstelling-register';
import { VrijstellingEntity } from './vrijstelling.entity';
import {
  ARTIKEL_IN_WOORDEN,
  GROND_IN_WOORDEN,
  arbeidsinspectieMelden,
  leesSchooljaar,
  uitgebreidOnderzoekRedenen,
  type Art5Grond,
  type Periode,
  type VrijstellingArtikel,
} from './vrijstelling-regels';

export interface Verlening {
  gemeente: string;
  bsn: string;
  persoonSleutel: string;
  jongereNaam: string;
  geboortedatum: string;
  artikel: VrijstellingArtikel;
  periode: Periode;
  schooljaar: string | null;
  volgendeKennisgevingVoor: string | null;
  kennisgevingId: string | null;
  art15AanvraagId: string | null;
  besluit: BesluitEntity;
  voorwaarden: string[];
  /** For DUO's register: the youth's postcode and whether there was an earlier claim. */
  postcode: string;
  eerderBeroep: boolean;
  zaakSoort: 'kennisgeving' | 'art15-aanvraag';
  zaakId: string;
  vandaag: string;
  principal: Principal;
  request: RequestContext;
}

/** Written out for a letter: "1 augustus 2027". An open-ended exemption runs until the plicht ends. */
export function totEnMetInWoorden(totEnMet: string | null): string {
  return totEnMet === null ? 'het einde van de leer- en kwalificatieplicht (de vrijstelling geldt voor onbepaalde tijd)' : datumInWoorden(totEnMet);
}

export function naarVrijstelling(v: VrijstellingEntity): VrijstellingModel {
  return {
    id: v.id,
    gemeente: v.gemeente,
    bsn: v.bsn,
    artikel: v.artikel,
    van: v.van,
    totEnMet: v.totEnMet,
    schooljaar: v.schooljaar,
    volgendeKennisgevingVoor: v.volgendeKennisgevingVoor,
    status: v.status,
    laatsteDag: v.laatsteDag,
    eindeReden: v.eindeReden,
    voorwaarden: v.voorwaarden,
    besluitId: v.besluitId,
    kennisgevingId: v.kennisgevingId,
    art15AanvraagId: v.art15AanvraagId,
    arbeidsinspectieBericht: v.arbeidsinspectieBriefId !== null,
  };
}

/**
 * The exemption in force, whatever led to it (a kennisgeving that complies, an art 15 decision):
 * registering it with what follows in the same transaction — the event for the administration and
 * verzuim, DUO's register (000 art 12 lid 5; 003 art 11 lid 5 c; Lpw art 15 lid 3–4) and the notice
 * to the Arbeidsinspectie where the profile asks for it — ending it, and the views on it.
 */
@Injectable()
export class VrijstellingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly brieven: BriefService,
    private readonly outbox: OutboxWriter,
    private readonly register: VrijstellingRegisterKoppeling,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  vandaag(): string {
    return datumVan(this.klok());
  }

  /** A running exemption on this ground that overlaps the period: a second claim is refused. */
  async lopende(manager: EntityManager, gemeente: string, bsn: string, artikel: VrijstellingArtikel, periode: Periode): Promise<VrijstellingEntity | null> {
    const rijen: { id: string }[] = await manager.query(
      `SELECT id FROM verlof_vrijstelling.vrijstelling
        WHERE gemeente = $1 AND bsn = $2 AND artikel = $3 AND status = 'verleend'
          AND van <= coalesce($5::date, 'infinity'::date) AND coalesce(tot_en_met, 'infinity'::date) >= $4::date
        LIMIT 1`,
      [gemeente, bsn, artikel, periode.van, periode.totEnMet],
    );
    const id = rijen[0]?.id;
    return id === undefined ? null : manager.findOneByOrFail(VrijstellingEntity, { id });
  }

  async verleen(manager: EntityManager, v: Verlening): Promise<VrijstellingEntity> {
    const instructie = this.instructies.voorGemeente(v.gemeente);
    const vrijstelling = await manager.save(
      manager.create(VrijstellingEntity, {
        gemeente: v.gemeente,
        bsn: v.bsn,
        persoonSleutel: v.persoonSleutel,
        jongereNaam: v.jongereNaam,
        geboortedatum: v.geboortedatum,
        artikel: v.artikel,
        van: v.periode.van,
        totEnMet: v.periode.totEnMet,
        schooljaar: v.schooljaar,
        volgendeKennisgevingVoor: v.volgendeKennisgevingVoor,
        kennisgevingId: v.kennisgevingId,
        art15AanvraagId: v.art15AanvraagId,
        besluitId: v.besluit.id,
        voorwaarden: v.voorwaarden,
        status: 'verleend',
        laatsteDag: null,
        eindeReden: null,
        eindeToelichting: null,
        beeindigdDoor: null,
        arbeidsinspectieBriefId: null,
        instructieVersie: instructie.versieSleutel,
      }),
    );
    // 000 art 12 lid 14 (001 §3.6): the district head of the Arbeidsinspectie hears of exemptions of youths of working age.
    if (arbeidsinspectieMelden(instructie.regels.vrijstelling.arbeidsinspectie.waarde, v.artikel, v.geboortedatum, v.periode)) {
      const brief = await this.brieven.stelOp(manager, {
        gemeente: v.gemeente,
        zaakSoort: v.zaakSoort,
        zaakId: v.zaakId,
        persoonSleutel: v.persoonSleutel,
        sjabloon: 'vrijstellingArbeidsinspectie',
        aan: { rol: 'arbeidsinspectie', naam: 'Het districtshoofd van de Nederlandse Arbeidsinspectie' },
        jongere: { naam: v.jongereNaam, geboortedatum: v.geboortedatum },
        waarden: { grond: `${GROND_IN_WOORDEN[v.artikel]} (${ARTIKEL_IN_WOORDEN[v.artikel]})`, van: datumInWoorden(v.periode.van), totEnMet: totEnMetInWoorden(v.periode.totEnMet) },
        datum: v.vandaag,
        principal: v.principal,
        classificatie: 'AVG',
      });
      vrijstelling.arbeidsinspectieBriefId = brief.id;
      await manager.update(VrijstellingEntity, { id: vrijstelling.id }, { arbeidsinspectieBriefId: brief.id });
    }
    await this.register.planRegistratie(manager, vrijstelling, { postcode: v.postcode, eerderBeroep: v.eerderBeroep });
    await this.outbox.add(manager, vrijstellingVerleendV1, {
      gemeente: v.gemeente,
      subjectKey: v.persoonSleutel,
      classification: 'AVG',
      correlationId: v.request.trace.traceId,
      actor: actorVan(v.principal),
      payload: {
        vrijstellingId: vrijstelling.id,
        bsn: v.bsn,
        geboortedatum: v.geboortedatum,
        artikel: v.artikel,
        van: v.periode.van,
        ...(v.periode.totEnMet ? { totEnMet: v.periode.totEnMet } : {}),
        besluitId: v.besluit.id,
        instructieVersie: instructie.versieSleutel,
      },
    });
    return vrijstelling;
  }

  /**
   * Ends an exemption before its end date, or revokes it from the start (the day before `van`):
   * the administration and verzuim hear of it, and DUO's register. No letter: a revocation is a
   * decision of its own, with its own letter (not built here).
   */
  async beeindig(input: BeeindigVrijstellingInput, principal: Principal, request: RequestContext): Promise<VrijstellingModel> {
    vereisUuid(input.vrijstellingId, 'vrijstellingId');
    vereisDatum(input.laatsteDag, 'laatsteDag');
    const toelichting = vereisTekst(input.toelichting, 'toelichting', 'De toelichting bij de beëindiging');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const vrijstelling = await manager.findOne(VrijstellingEntity, { where: { id: input.vrijstellingId }, lock: { mode: 'pessimistic_write' } });
      if (vrijstelling === null) throw new DomainError('NIET_GEVONDEN', 'Geen vrijstelling met dit id in uw gemeenten.', 'vrijstellingId');
      if (vrijstelling.status !== 'verleend') throw new DomainError('AL_BEEINDIGD', 'Deze vrijstelling is al beëindigd.', 'vrijstellingId');
      if (input.laatsteDag < plusDagen(vrijstelling.van, -1)) {
        throw new DomainError('ONGELDIGE_DATUM', 'De laatste dag ligt meer dan een dag vóór het begin van de vrijstelling; bij intrekking vanaf het begin is het de dag ervoor.', 'laatsteDag');
      }
      if (vrijstelling.totEnMet !== null && input.laatsteDag >= vrijstelling.totEnMet) {
        throw new DomainError('ONGELDIGE_DATUM', 'De laatste dag ligt niet vóór de einddatum van de vrijstelling; die eindigt dan vanzelf.', 'laatsteDag');
      }
      vrijstelling.status = 'beeindigd';
      vrijstelling.laatsteDag = input.laatsteDag;
      vrijstelling.eindeReden = input.reden;
      vrijstelling.eindeToelichting = toelichting;
      vrijstelling.beeindigdDoor = actorNaam(principal);
      await manager.save(vrijstelling);
      await this.register.planBeeindiging(manager, vrijstelling);
      await this.outbox.add(manager, vrijstellingBeeindigdV1, {
        gemeente: vrijstelling.gemeente,
        subjectKey: vrijstelling.persoonSleutel,
        classification: 'AVG',
        correlationId: request.trace.traceId,
        actor: actorVan(principal),
        payload: { vrijstellingId: vrijstelling.id, artikel: vrijstelling.artikel, laatsteDag: input.laatsteDag, reden: input.reden },
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: vrijstelling.persoonSleutel, gemeente: vrijstelling.gemeente });
      return naarVrijstelling(vrijstelling);
    });
  }

  /** The exemptions of a youth in the caller's gemeenten, newest first. */
  async vanJongere(bsn: string, principal: Principal, request: RequestContext): Promise<VrijstellingModel[]> {
    vereisGeldigBsn(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rijen = await manager.find(VrijstellingEntity, { where: { bsn }, order: { van: 'DESC', createdAt: 'DESC' } });
      const gemeenten = [...new Set(rijen.map((r) => r.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? (gemeenten[0] ?? null) : null,
        reden: rijen.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return rijen.map(naarVrijstelling);
    });
  }

  /**
   * Exemptions in force that end with the schooljaar before `schooljaar` (default: the next
   * schooljaar), so the parents must file a new kennisgeving before 1 July (Lpw art 6 lid 1; 004
   * Hfst 2.1: a 5b exemption is applied for yearly). Open-ended exemptions never appear. Shows
   * whether the new kennisgeving came in, and whether it will need the extended review because the
   * child turns the configured age in that schooljaar.
   */
  async teVernieuwen(input: VrijstellingenTeVernieuwenInput, principal: Principal, request: RequestContext): Promise<VrijstellingTeVernieuwenModel[]> {
    vereisGemeente(principal, input.gemeente);
    const vandaag = this.vandaag();
    const nieuw = input.schooljaar ? leesSchooljaar(input.schooljaar) : schooljaarVan(plusDagen(schooljaarVan(vandaag).eind, 1));
    if (nieuw === null) throw new DomainError('ONGELDIG_SCHOOLJAAR', "Het schooljaar is geen schooljaar als '2027-2028'.", 'schooljaar');
    const eindeVorig = plusDagen(nieuw.start, -1);
    const regel = this.instructies.voorGemeente(input.gemeente).regels.vrijstelling.art5bUitgebreidOnderzoek.waarde;
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rijen: { id: string; gemeente: string; bsn: string; persoon_sleutel: string; jongere_naam: string; geboortedatum: string; artikel: Art5Grond; tot_en_met: string; volgende_kennisgeving_voor: string; nieuwe_kennisgeving_id: string | null }[] = await manager.query(
        `SELECT v.id, v.gemeente, v.bsn, v.persoon_sleutel, v.jongere_naam, to_char(v.geboortedatum, 'YYYY-MM-DD') AS geboortedatum, v.artikel,
                to_char(v.tot_en_met, 'YYYY-MM-DD') AS tot_en_met, to_char(v.volgende_kennisgeving_voor, 'YYYY-MM-DD') AS volgende_kennisgeving_voor,
                (SELECT k.id FROM verlof_vrijstelling.kennisgeving k
                  WHERE k.gemeente = v.gemeente AND k.bsn = v.bsn AND k.grond = v.artikel AND k.schooljaar = $3
                  ORDER BY k.created_at DESC LIMIT 1) AS nieuwe_kennisgeving_id
           FROM verlof_vrijstelling.vrijstelling v
          WHERE v.gemeente = $1 AND v.status = 'verleend' AND v.tot_en_met = $2::date AND v.artikel <> '15'
            AND ($4::text IS NULL OR v.artikel = $4)
          ORDER BY v.volgende_kennisgeving_voor, v.jongere_naam, v.id
          LIMIT 1000`,
        [input.gemeente, eindeVorig, nieuw.naam, input.grond ?? null],
      );
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, input.gemeente, [...new Set(rijen.map((r) => r.persoon_sleutel))]);
      return rijen.map((r) => ({
        vrijstellingId: r.id,
        gemeente: r.gemeente,
        bsn: r.bsn,
        jongereNaam: r.jongere_naam,
        artikel: r.artikel,
        totEnMet: r.tot_en_met,
        volgendeKennisgevingVoor: r.volgende_kennisgeving_voor,
        nieuwSchooljaar: nieuw.naam,
        nieuweKennisgevingId: r.nieuwe_kennisgeving_id,
        // The renewal is by definition not the first claim: only the age can ask for the extended review again.
        uitgebreidOnderzoekRedenen: uitgebreidOnderzoekRedenen(regel, { grond: r.artikel, eersteKennisgeving: false, geboortedatum: r.geboortedatum, schooljaar: nieuw }),
        leeftijdEindeNieuwSchooljaar: leeftijdOp(r.geboortedatum, nieuw.eind),
      }));
    });
  }

  async voorId(manager: EntityManager, id: string | null): Promise<VrijstellingEntity | null> {
    return id === null ? null : manager.findOneBy(VrijstellingEntity, { id });
  }
}
