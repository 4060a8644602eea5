import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, beschrijfTermijn, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender, datumInWoorden, schooljaarVan, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { beslistermijnStand } from '../awb/awb-termijnen';
import { BriefService, type Geadresseerde } from '../brief/brief.service';
import { vereisTekst } from '../kern/actor';
import { vereisPlichtig } from '../kern/jongere';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import type { DienVerlofaanvraagInInput } from './dto/verlofaanvraag.input';
import { korteTermijn, verlofroute } from './verlof-regels';
import { directeurVan, oudersVan } from './geadresseerden';
import { VerlofaanvraagEntity, type Aanvrager } from './verlofaanvraag.entity';

const BRIN = /^[0-9A-Z]{4}$/;

/** Requests that no longer count towards the 10 schooldagen of the schooljaar: withdrawn or set aside (refusals are filtered in the query). */
const TELT_NIET = ['ingetrokken', 'buiten-behandeling'];

function vereisAanvragers(aanvragers: readonly Aanvrager[]): Aanvrager[] {
  if (aanvragers.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Ten minste één ouder of verzorger moet de aanvraag indienen.', 'aanvragers');
  return aanvragers.map((a, i) => ({
    naam: vereisTekst(a.naam, `aanvragers.${i}.naam`, 'De naam van de aanvrager'),
    adres: vereisTekst(a.adres, `aanvragers.${i}.adres`, 'Het adres van de aanvrager'),
  }));
}

/**
 * Takes in a leave request (Lpw art 11 onder f/g, 13a, 14; domain §2.1): checks it, counts its
 * schooldagen with the others of the schooljaar, routes it to the head of the school or to the
 * officer, and sends the letters of that route at once (000 art 5 lid 1 "terstond"; 003 art 5
 * lid 1). One transaction: request, letters and audit line commit together, or nothing does.
 */
@Injectable()
export class VerlofaanvraagIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly brieven: BriefService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async dienIn(input: DienVerlofaanvraagInInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagEntity> {
    vereisGemeente(principal, input.gemeente);
    vereisGeldigBsn(input.bsn);
    vereisDatum(input.eersteVerlofdag, 'eersteVerlofdag');
    vereisDatum(input.laatsteVerlofdag, 'laatsteVerlofdag');
    if (input.laatsteVerlofdag < input.eersteVerlofdag) {
      throw new DomainError('ONGELDIGE_PERIODE', 'De laatste verlofdag ligt vóór de eerste verlofdag.', 'laatsteVerlofdag');
    }
    if (!BRIN.test(input.schoolBrin)) throw new DomainError('ONGELDIGE_INVOER', 'De BRIN van de school bestaat uit 4 tekens (cijfers en hoofdletters).', 'schoolBrin');
    // Awb art 4:1–4:2: a request is written and signed; without a signature it is no request yet.
    const ondertekendOp = input.ondertekendOp ?? null;
    if (ondertekendOp === null || ondertekendOp.trim() === '') {
      throw new DomainError('HANDTEKENING_ONTBREEKT', 'De aanvraag is niet ondertekend door de ouder(s) of verzorger(s) (Awb art 4:2); vraag om een ondertekende aanvraag.', 'ondertekendOp');
    }
    vereisDatum(ondertekendOp, 'ondertekendOp');
    const nu = this.klok();
    const vandaag = datumVan(nu);
    const ontvangstdatum = input.ontvangenOp ?? vandaag;
    vereisDatum(ontvangstdatum, 'ontvangenOp');
    if (ontvangstdatum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De ontvangstdatum ligt na vandaag.', 'ontvangenOp');
    if (ondertekendOp > ontvangstdatum) throw new DomainError('ONGELDIGE_DATUM', 'De aanvraag is ondertekend na de ontvangst.', 'ondertekendOp');
    if (input.laatsteVerlofdag < ontvangstdatum) {
      throw new DomainError('VERLOF_VERSTREKEN', 'Het gevraagde verlof ligt helemaal vóór de ontvangst; verlof wordt vooraf aangevraagd (Lpw art 14).', 'laatsteVerlofdag');
    }
    const schooljaar = schooljaarVan(input.eersteVerlofdag);
    if (schooljaarVan(input.laatsteVerlofdag).naam !== schooljaar.naam) {
      throw new DomainError('PERIODE_OVER_SCHOOLJAREN', 'Het verlof loopt over twee schooljaren; dien per schooljaar een aanvraag in (Lpw art 14: per schooljaar).', 'laatsteVerlofdag');
    }
    const jongereNaam = vereisTekst(input.jongereNaam, 'jongereNaam', 'De naam van de jongere');
    const schoolNaam = vereisTekst(input.schoolNaam, 'schoolNaam', 'De naam van de school');
    const aanvragers = vereisAanvragers(input.aanvragers);
    const instructie = this.instructies.voorGemeente(input.gemeente);
    // Leave exists only for a youth with a plicht (Lpw art 11, 14); a birth date after the leave is refused too.
    vereisPlichtig(input.geboortedatum, input.eersteVerlofdag, instructie.vakantieregio, this.kalender);
    const schooldagen = this.telSchooldagen(input.eersteVerlofdag, input.laatsteVerlofdag, instructie.vakantieregio);
    if (schooldagen === 0) {
      throw new DomainError('GEEN_SCHOOLDAGEN', 'De gevraagde periode bevat geen schooldagen (weekend, feestdag of vakantie); daarvoor is geen verlof nodig.', 'eersteVerlofdag');
    }

    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      // Two requests of one youth at the same moment must not both see "under 10": one at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('verlofaanvraag:' || $1 || ':' || $2))`, [input.gemeente, input.bsn]);
      const eerder = await this.eerdereSchooldagen(manager, input.gemeente, input.bsn, schooljaar.naam);
      const schooljaarSchooldagen = eerder + schooldagen;
      const soort = input.soort === 'vakantieverlof' ? 'vakantieverlof' : 'gewichtige-omstandigheden';
      const route = verlofroute(soort, schooljaarSchooldagen, instructie.regels.verlof.doorzendenTotEnMetSchooldagen.waarde);
      const beslistermijn = instructie.regels.verlof.beslistermijn;
      const stand =
        route === 'leerplichtambtenaar'
          ? beslistermijnStand({ ontvangenOp: ontvangstdatum, termijn: beslistermijn, opschortingen: [], peildatum: vandaag, waarschuwing: instructie.regels.verlof.waarschuwingVoorVerstrijken }, this.kalender)
          : null;
      const aanvraag = await manager.save(
        manager.create(VerlofaanvraagEntity, {
          gemeente: input.gemeente,
          bsn: input.bsn,
          persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
          jongereNaam,
          geboortedatum: input.geboortedatum,
          schoolBrin: input.schoolBrin,
          schoolNaam,
          aanvragers,
          soort,
          route,
          eersteVerlofdag: input.eersteVerlofdag,
          laatsteVerlofdag: input.laatsteVerlofdag,
          schooljaar: schooljaar.naam,
          schooldagen,
          schooljaarSchooldagen,
          omstandigheid: input.omstandigheid,
          toelichting: input.toelichting?.trim() || null,
          indicatie: input.indicatie ?? null,
          ondertekendOp,
          ontvangenOp: ontvangstdatum === vandaag ? nu : new Date(`${ontvangstdatum}T12:00:00Z`),
          ontvangstdatum,
          korteTermijnWaarschuwing: stand !== null && korteTermijn(input.eersteVerlofdag, stand.uiterlijk),
          beslistermijn: route === 'leerplichtambtenaar' ? { aantal: beslistermijn.aantal, eenheid: beslistermijn.eenheid as 'weken' } : null,
          opschortingen: [],
          aanvullingOntbrekend: null,
          aanvullenUiterlijk: null,
          ingebrekestellingOntvangenOp: null,
          besluitId: null,
          schoolleiderUitkomst: null,
          schoolleiderVerleendVan: null,
          schoolleiderVerleendTotEnMet: null,
          schoolleiderVerleendeSchooldagen: null,
          schoolleiderBeslotenOp: null,
          schoolleiderVastgelegdDoor: null,
          // The officer who entered it handles it; a request the administration entered waits for one.
          behandelaar: route === 'leerplichtambtenaar' && principal.rollen.includes('leerplichtambtenaar') ? principal.gebruikersnaam : null,
          status: route === 'schoolleider' ? 'doorgezonden' : 'in-behandeling',
          // A medical or social indication brings health data into the file (AVG art 9).
          classificatie: input.indicatie ? 'AVG-bijzonder' : 'AVG',
          instructieVersie: instructie.versieSleutel,
        }),
      );
      const directeur = directeurVan(aanvraag, input.directeurNaam);
      if (route === 'schoolleider') {
        await this.stuurDoorzending(manager, aanvraag, directeur, vandaag, principal);
      } else if (stand !== null) {
        await this.stuurOntvangstbevestiging(manager, aanvraag, instructie, stand.uiterlijk, vandaag, principal);
      }
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return aanvraag;
    });
  }

  /** The 10-day boundary counts schooldagen of the youth's region (Lpw art 14); without the schooljaar's roster no guess. */
  private telSchooldagen(van: string, totEnMet: string, regio: Vakantieregio): number {
    try {
      return this.kalender.aantalSchooldagen(van, totEnMet, regio);
    } catch (fout) {
      if (fout instanceof KalenderError) {
        throw new DomainError('KALENDER_ONBEKEND', 'Het vakantierooster van dit schooljaar is nog niet geladen; de schooldagen kunnen niet worden geteld.', 'eersteVerlofdag');
      }
      throw fout;
    }
  }

  /**
   * The schooldagen the youth's other requests of the schooljaar count (003 toelichting art 5:
   * granted and requested days together). Refused requests do not count: what was not granted was
   * not used (inferred). A request the head decided counts the schooldagen he granted, stored when
   * his decision was recorded (0 when he refused).
   */
  private async eerdereSchooldagen(manager: EntityManager, gemeente: string, bsn: string, schooljaar: string): Promise<number> {
    const [rij]: { dagen: number }[] = await manager.query(
      `SELECT coalesce(sum(coalesce(a.schoolleider_verleende_schooldagen, a.schooldagen)), 0)::int AS dagen
       FROM verlof_vrijstelling.verlofaanvraag a
       LEFT JOIN verlof_vrijstelling.besluit b ON b.id = a.besluit_id
       WHERE a.gemeente = $1 AND a.bsn = $2 AND a.schooljaar = $3 AND a.soort = 'gewichtige-omstandigheden'
         AND a.status <> ALL($4::text[]) AND (b.id IS NULL OR b.uitkomst <> 'afgewezen')`,
      [gemeente, bsn, schooljaar, TELT_NIET],
    );
    return rij?.dagen ?? 0;
  }

  /** ≤ 10 schooldagen or vakantieverlof: forward to the head (Awb art 2:3), tell the parents, copy to the director (000/003 art 5 lid 1 a–c). */
  private async stuurDoorzending(manager: EntityManager, aanvraag: VerlofaanvraagEntity, directeur: Geadresseerde, vandaag: string, principal: Principal): Promise<void> {
    const periode = { eersteVerlofdag: datumInWoorden(aanvraag.eersteVerlofdag), laatsteVerlofdag: datumInWoorden(aanvraag.laatsteVerlofdag) };
    const gemeenschappelijk = { gemeente: aanvraag.gemeente, zaakSoort: 'verlofaanvraag' as const, zaakId: aanvraag.id, persoonSleutel: aanvraag.persoonSleutel, jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum }, datum: vandaag, principal, classificatie: aanvraag.classificatie };
    if (aanvraag.soort === 'vakantieverlof') {
      await this.brieven.stelOp(manager, { ...gemeenschappelijk, sjabloon: 'verlofVakantieverlofVerwijzing', aan: oudersVan(aanvraag), afschriftAan: [directeur], waarden: { schoolNaam: aanvraag.schoolNaam, ...periode } });
    } else {
      await this.brieven.stelOp(manager, {
        ...gemeenschappelijk,
        sjabloon: 'verlofDoorzendingOuders',
        aan: oudersVan(aanvraag),
        afschriftAan: [directeur],
        waarden: { schoolNaam: aanvraag.schoolNaam, ...periode, aantalSchooldagen: String(aanvraag.schooldagen), schooljaarSchooldagen: String(aanvraag.schooljaarSchooldagen) },
      });
    }
    await this.brieven.stelOp(manager, {
      ...gemeenschappelijk,
      sjabloon: 'verlofDoorzendingSchoolleider',
      aan: { rol: 'schoolleider', naam: `Het hoofd van ${aanvraag.schoolNaam}` },
      waarden: {
        schoolNaam: aanvraag.schoolNaam,
        ...periode,
        aantalSchooldagen: String(aanvraag.schooldagen),
        schooljaarSchooldagen: String(aanvraag.schooljaarSchooldagen),
        ontvangenOp: datumInWoorden(aanvraag.ontvangstdatum),
        reden: aanvraag.toelichting ?? aanvraag.omstandigheid,
      },
    });
  }

  /** > 10 schooldagen: the acknowledgement with the decision term, and the warning when the leave starts too soon. */
  private async stuurOntvangstbevestiging(manager: EntityManager, aanvraag: VerlofaanvraagEntity, instructie: GemeenteInstructie, uiterlijk: string, vandaag: string, principal: Principal): Promise<void> {
    const waarschuwing = aanvraag.korteTermijnWaarschuwing
      ? this.brieven.alinea(aanvraag.gemeente, 'verlofWaarschuwingKorteTermijn', { eersteVerlofdag: datumInWoorden(aanvraag.eersteVerlofdag), beslisUiterlijk: datumInWoorden(uiterlijk) })
      : '';
    await this.brieven.stelOp(manager, {
      gemeente: aanvraag.gemeente,
      zaakSoort: 'verlofaanvraag',
      zaakId: aanvraag.id,
      persoonSleutel: aanvraag.persoonSleutel,
      sjabloon: 'verlofOntvangstbevestiging',
      aan: oudersVan(aanvraag),
      jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum },
      waarden: {
        eersteVerlofdag: datumInWoorden(aanvraag.eersteVerlofdag),
        laatsteVerlofdag: datumInWoorden(aanvraag.laatsteVerlofdag),
        aantalSchooldagen: String(aanvraag.schooldagen),
        ontvangenOp: datumInWoorden(aanvraag.ontvangstdatum),
        beslistermijn: beschrijfTermijn(instructie.regels.verlof.beslistermijn),
        beslisUiterlijk: datumInWoorden(uiterlijk),
        waarschuwingKorteTermijn: waarschuwing,
      },
      datum: vandaag,
      principal,
      classificatie: aanvraag.classificatie,
    });
  }
}
