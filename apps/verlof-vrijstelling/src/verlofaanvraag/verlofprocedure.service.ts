import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { verlofBeslotenV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, beschrijfTermijn } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden, plusDagen } from '@leerrecht/shared/util-kalender';
import type { BesluitUitkomst } from '../besluit/besluit.entity';
import { BesluitService } from '../besluit/besluit.service';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService } from '../brief/brief.service';
import { actorNaam, actorVan, vereisTekst } from '../kern/actor';
import type {
  AanvraagDatumInput,
  LegVerklaringVastInput,
  LegZienswijzeVastInput,
  NeemVerlofbesluitInput,
  StelBuitenBehandelingInput,
  VraagAanvullingAanInput,
} from './dto/verlofaanvraag.input';
import type { VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { hersteltermijnBinnenGrenzen, verleendePeriode, wijktAf } from './verlof-regels';
import { directeurVan, oudersVan } from './geadresseerden';
import { VerlofaanvraagEntity } from './verlofaanvraag.entity';
import { VerlofaanvraagService } from './verlofaanvraag.service';

const GRONDSLAG_VERLOF = 'Lpw art 11 onder g en art 14 lid 3';
const GRONDSLAG_BUITEN_BEHANDELING = 'Awb art 4:5 lid 1 onder c';

const BESLISSING_IN_WOORDEN: Record<'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen', (van: string, tot: string) => string> = {
  toegewezen: (van, tot) => `Wij verlenen het gevraagde verlof van ${van} tot en met ${tot}.`,
  'gedeeltelijk-toegewezen': (van, tot) => `Wij verlenen een deel van het gevraagde verlof: van ${van} tot en met ${tot}. Voor de overige dagen verlenen wij geen verlof.`,
  afgewezen: () => 'Wij verlenen het gevraagde verlof niet.',
};

/**
 * The officer's steps on a request of more than 10 schooldagen (domain §2.1 steps 4–9): asking
 * for completion, recording views and statements, the decision and its letters, setting a request
 * aside, and the notice of default. Each step is one transaction with its audit line; a refused
 * step changes nothing.
 */
@Injectable()
export class VerlofprocedureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly aanvragen: VerlofaanvraagService,
    private readonly stukken: DossierstukkenService,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    private readonly outbox: OutboxWriter,
  ) {}

  private async stap(
    aanvraagId: string,
    principal: Principal,
    request: RequestContext,
    werk: (manager: EntityManager, aanvraag: VerlofaanvraagEntity, vandaag: string) => Promise<void>,
  ): Promise<VerlofaanvraagModel> {
    const vandaag = this.aanvragen.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvraag = await this.aanvragen.laad(manager, aanvraagId);
      // One step at a time per request: a second officer's step waits for the first.
      await manager.query('SELECT 1 FROM verlof_vrijstelling.verlofaanvraag WHERE id = $1 FOR UPDATE', [aanvraag.id]);
      await werk(manager, aanvraag, vandaag);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: aanvraag.persoonSleutel, gemeente: aanvraag.gemeente });
      return this.aanvragen.model(manager, aanvraag, vandaag);
    });
  }

  private vereisBijLpa(aanvraag: VerlofaanvraagEntity): void {
    if (aanvraag.route !== 'leerplichtambtenaar') {
      throw new DomainError('NIET_BEVOEGD', 'Over deze aanvraag beslist de schoolleider (Lpw art 13a, 14 lid 1); zij is doorgezonden.', 'aanvraagId');
    }
    if (aanvraag.status === 'besloten' || aanvraag.status === 'buiten-behandeling') {
      throw new DomainError('AL_BESLOTEN', 'Op deze aanvraag is al beslist; een wijziging loopt via bezwaar.', 'aanvraagId');
    }
    if (aanvraag.status === 'ingetrokken') throw new DomainError('INGETROKKEN', 'Deze aanvraag is ingetrokken.', 'aanvraagId');
  }

  /** Awb art 4:5: a term between the configured bounds to complete the request; the decision term is suspended (art 4:15). */
  vraagAanvullingAan(input: VraagAanvullingAanInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      this.vereisBijLpa(aanvraag);
      if (aanvraag.status === 'aanvulling-gevraagd') throw new DomainError('AANVULLING_LOOPT', 'Er loopt al een verzoek om aanvulling.', 'aanvraagId');
      const ontbrekend = vereisTekst(input.ontbrekend, 'ontbrekend', 'Wat ontbreekt');
      if (!Number.isInteger(input.termijnAantal) || input.termijnAantal < 1) throw new DomainError('ONGELDIGE_INVOER', 'De termijn is een positief geheel getal.', 'termijnAantal');
      const regel = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.hersteltermijn;
      const termijn = { aantal: input.termijnAantal, eenheid: input.termijnEenheid };
      const toets = hersteltermijnBinnenGrenzen(vandaag, termijn, regel.waarde, this.kalender);
      if (!toets.binnen) {
        throw new DomainError(
          'HERSTELTERMIJN_BUITEN_GRENZEN',
          `De hersteltermijn moet ten minste ${beschrijfTermijn(regel.waarde.min)} en ten hoogste ${beschrijfTermijn(regel.waarde.max)} zijn (${regel.bron}; Awb art 4:5): eindigend tussen ${toets.vroegst} en ${toets.laatst}.`,
          'termijnAantal',
        );
      }
      aanvraag.status = 'aanvulling-gevraagd';
      aanvraag.aanvullingOntbrekend = ontbrekend;
      aanvraag.aanvullenUiterlijk = toets.einde;
      // Awb art 4:15 lid 1 a: suspended from the day after the request to complete.
      aanvraag.opschortingen = [...aanvraag.opschortingen, { van: plusDagen(vandaag, 1) }];
      await manager.save(aanvraag);
      await this.brieven.stelOp(manager, {
        gemeente: aanvraag.gemeente,
        zaakSoort: 'verlofaanvraag',
        zaakId: aanvraag.id,
        persoonSleutel: aanvraag.persoonSleutel,
        sjabloon: 'verlofVerzoekAanvulling',
        aan: oudersVan(aanvraag),
        jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum },
        waarden: { ontbrekend, hersteltermijn: beschrijfTermijn(termijn), aanvullenUiterlijk: datumInWoorden(toets.einde), ontvangenOp: datumInWoorden(aanvraag.ontvangstdatum) },
        datum: vandaag,
        principal,
        classificatie: aanvraag.classificatie,
      });
    });
  }

  /** The parents completed the request: the suspension ends that day and the term runs on. */
  registreerAanvulling(input: AanvraagDatumInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      vereisDatum(input.datum, 'datum');
      if (aanvraag.status !== 'aanvulling-gevraagd') throw new DomainError('GEEN_AANVULLING_GEVRAAGD', 'Er loopt geen verzoek om aanvulling.', 'aanvraagId');
      const laatste = aanvraag.opschortingen.at(-1);
      if (input.datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De aanvulling kan niet na vandaag zijn ontvangen.', 'datum');
      if (laatste && input.datum < plusDagen(laatste.van, -1)) throw new DomainError('ONGELDIGE_DATUM', 'De aanvulling kan niet vóór het verzoek zijn ontvangen.', 'datum');
      aanvraag.status = 'in-behandeling';
      // Completed on the day of the request itself: the suspension, which starts the day after, never ran.
      const laatsteIndex = aanvraag.opschortingen.length - 1;
      aanvraag.opschortingen = aanvraag.opschortingen.flatMap((p, i) => (i !== laatsteIndex ? [p] : input.datum < p.van ? [] : [{ van: p.van, totEnMet: input.datum }]));
      await manager.save(aanvraag);
    });
  }

  legZienswijzeVast(input: LegZienswijzeVastInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      this.vereisBijLpa(aanvraag);
      await this.stukken.legZienswijzeVast(manager, { gemeente: aanvraag.gemeente, zaakSoort: 'verlofaanvraag', zaakId: aanvraag.id }, input, vandaag, principal);
    });
  }

  /** Only a statement by an issuer the gemeente's instructie accepts counts (000 art 5 fn 1; 003 toelichting art 5). */
  legVerklaringVast(input: LegVerklaringVastInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      this.vereisBijLpa(aanvraag);
      const toegestaan = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.verklaringIndicatie;
      if (!(toegestaan.waarde as readonly string[]).includes(input.soort)) {
        throw new DomainError('VERKLARING_NIET_TOEGESTAAN', `Voor een medische of sociale indicatie geldt hier een verklaring van: ${toegestaan.waarde.join(', ')} (${toegestaan.bron}).`, 'soort');
      }
      await this.stukken.legVerklaringVast(manager, { gemeente: aanvraag.gemeente, zaakSoort: 'verlofaanvraag', zaakId: aanvraag.id }, input, vandaag, principal);
      // The file now holds health or social data (AVG art 9).
      if (aanvraag.classificatie !== 'AVG-bijzonder') {
        aanvraag.classificatie = 'AVG-bijzonder';
        await manager.save(aanvraag);
      }
    });
  }

  /**
   * The decision (000 art 5 lid 8; 003 art 5 lid 5): refused until the director's view is on file
   * (000 art 5 lid 3; 003 art 5 lid 3 a), until the parents' view is on file when it departs from
   * the request (Awb art 4:7), and — for a grant on a medical or social indication — until an
   * accepted statement is on file. Reasoned, with the bezwaarclausule, a copy to the director.
   */
  neemBesluit(input: NeemVerlofbesluitInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      this.vereisBijLpa(aanvraag);
      if (aanvraag.status === 'aanvulling-gevraagd') {
        throw new DomainError('AANVRAAG_ONVOLLEDIG', 'De aanvraag wacht op aanvulling (Awb art 4:5); registreer de aanvulling of stel de aanvraag buiten behandeling.', 'aanvraagId');
      }
      const motivering = vereisTekst(input.motivering, 'motivering', 'De motivering van het besluit (Awb art 3:46)');
      const periode = verleendePeriode(input.uitkomst, { van: aanvraag.eersteVerlofdag, totEnMet: aanvraag.laatsteVerlofdag }, { van: input.verleendVan, totEnMet: input.verleendTotEnMet });
      if (typeof periode === 'string') throw new DomainError('ONGELDIGE_PERIODE', periode, 'verleendVan');
      const zienswijzen = await this.stukken.zienswijzen(manager, aanvraag.id);
      if (!zienswijzen.some((z) => z.partij === 'directeur')) {
        throw new DomainError('ZIENSWIJZE_DIRECTEUR_ONTBREEKT', 'Leg eerst het oordeel van de directeur van de school schriftelijk vast (000 art 5 lid 3; 003 art 5 lid 3 a).', 'aanvraagId');
      }
      if (wijktAf(input.uitkomst) && !zienswijzen.some((z) => z.partij === 'ouder')) {
        throw new DomainError('ZIENSWIJZE_OUDERS_ONTBREEKT', 'Het besluit wijkt af van de aanvraag: leg eerst de zienswijze van de ouders schriftelijk vast (Awb art 4:7; 000 art 5 lid 3–4; 003 art 5 lid 3 c).', 'uitkomst');
      }
      if (aanvraag.indicatie !== null && periode !== null) {
        const toegestaan = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.verklaringIndicatie;
        const verklaringen = await this.stukken.verklaringen(manager, aanvraag.id);
        if (!verklaringen.some((v) => (toegestaan.waarde as readonly string[]).includes(v.soort))) {
          throw new DomainError(
            'VERKLARING_ONTBREEKT',
            `Verlof op een ${aanvraag.indicatie}e indicatie vraagt een verklaring van ${toegestaan.waarde.join(' of ')} (${toegestaan.bron}).`,
            'aanvraagId',
          );
        }
      }
      const attributie = this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.bezwaarprocedure.waarde === 'lpa-beslist-na-advies-commissie';
      const besluit = await this.besluiten.neem(manager, {
        gemeente: aanvraag.gemeente,
        persoonSleutel: aanvraag.persoonSleutel,
        bsn: aanvraag.bsn,
        zaakSoort: 'verlofaanvraag',
        zaakId: aanvraag.id,
        soort: 'verlof',
        uitkomst: input.uitkomst as BesluitUitkomst,
        grondslag: GRONDSLAG_VERLOF,
        motivering,
        // 003 art 5 lid 8: the power is attributed to the officer; elsewhere he decides on behalf of the college.
        namens: attributie ? 'leerplichtambtenaar' : 'college',
        bekendgemaaktOp: vandaag,
        principal,
      });
      const brief = await this.brieven.stelOp(manager, {
        gemeente: aanvraag.gemeente,
        zaakSoort: 'verlofaanvraag',
        zaakId: aanvraag.id,
        persoonSleutel: aanvraag.persoonSleutel,
        sjabloon: 'verlofBesluit',
        aan: oudersVan(aanvraag),
        afschriftAan: [directeurVan(aanvraag)],
        jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum },
        waarden: {
          eersteVerlofdag: datumInWoorden(aanvraag.eersteVerlofdag),
          laatsteVerlofdag: datumInWoorden(aanvraag.laatsteVerlofdag),
          ontvangenOp: datumInWoorden(aanvraag.ontvangstdatum),
          beslissing: BESLISSING_IN_WOORDEN[input.uitkomst](datumInWoorden(periode?.van ?? aanvraag.eersteVerlofdag), datumInWoorden(periode?.totEnMet ?? aanvraag.laatsteVerlofdag)),
          motivering,
          grondslag: `artikel 11, onder g, en artikel 14, derde lid, van de Leerplichtwet 1969`,
          bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
        },
        datum: vandaag,
        principal,
        classificatie: aanvraag.classificatie,
      });
      await this.besluiten.koppelBrief(manager, besluit, brief.id);
      aanvraag.status = 'besloten';
      aanvraag.besluitId = besluit.id;
      aanvraag.behandelaar = aanvraag.behandelaar ?? actorNaam(principal);
      await manager.save(aanvraag);
      await this.meldBesluit(manager, aanvraag, besluit.id, input.uitkomst, periode, request, principal);
    });
  }

  /** Awb art 4:5: not completed within the term — set aside, itself a decision open to bezwaar. */
  stelBuitenBehandeling(input: StelBuitenBehandelingInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      this.vereisBijLpa(aanvraag);
      if (aanvraag.status !== 'aanvulling-gevraagd' || aanvraag.aanvullenUiterlijk === null) {
        throw new DomainError('GEEN_AANVULLING_GEVRAAGD', 'Buiten behandeling stellen kan alleen na een verzoek om aanvulling (Awb art 4:5).', 'aanvraagId');
      }
      if (vandaag <= aanvraag.aanvullenUiterlijk) {
        throw new DomainError('HERSTELTERMIJN_LOOPT', `De hersteltermijn loopt nog tot en met ${aanvraag.aanvullenUiterlijk}.`, 'aanvraagId');
      }
      const motivering = vereisTekst(input.motivering, 'motivering', 'De motivering van het besluit (Awb art 3:46)');
      const besluit = await this.besluiten.neem(manager, {
        gemeente: aanvraag.gemeente,
        persoonSleutel: aanvraag.persoonSleutel,
        bsn: aanvraag.bsn,
        zaakSoort: 'verlofaanvraag',
        zaakId: aanvraag.id,
        soort: 'verlof-buiten-behandeling',
        uitkomst: 'buiten-behandeling',
        grondslag: GRONDSLAG_BUITEN_BEHANDELING,
        motivering,
        namens: this.instructies.voorGemeente(aanvraag.gemeente).regels.verlof.bezwaarprocedure.waarde === 'lpa-beslist-na-advies-commissie' ? 'leerplichtambtenaar' : 'college',
        bekendgemaaktOp: vandaag,
        principal,
      });
      const brief = await this.brieven.stelOp(manager, {
        gemeente: aanvraag.gemeente,
        zaakSoort: 'verlofaanvraag',
        zaakId: aanvraag.id,
        persoonSleutel: aanvraag.persoonSleutel,
        sjabloon: 'verlofBuitenBehandeling',
        aan: oudersVan(aanvraag),
        jongere: { naam: aanvraag.jongereNaam, geboortedatum: aanvraag.geboortedatum },
        waarden: {
          ontvangenOp: datumInWoorden(aanvraag.ontvangstdatum),
          aanvullenUiterlijk: datumInWoorden(aanvraag.aanvullenUiterlijk),
          grondslag: 'artikel 4:5, eerste lid, onder c, van de Algemene wet bestuursrecht',
          bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
        },
        datum: vandaag,
        principal,
        classificatie: aanvraag.classificatie,
      });
      await this.besluiten.koppelBrief(manager, besluit, brief.id);
      const eindeOpschorting = aanvraag.aanvullenUiterlijk;
      aanvraag.opschortingen = aanvraag.opschortingen.map((p) => (p.totEnMet ? p : { van: p.van, totEnMet: eindeOpschorting }));
      aanvraag.status = 'buiten-behandeling';
      aanvraag.besluitId = besluit.id;
      await manager.save(aanvraag);
      await this.meldBesluit(manager, aanvraag, besluit.id, 'buiten-behandeling', null, request, principal);
    });
  }

  /**
   * Awb art 4:17: the applicant's written notice of default, possible only once the decision term
   * has lapsed; from two weeks after its receipt the penalty accrues until the decision.
   */
  registreerIngebrekestelling(input: AanvraagDatumInput, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.stap(input.aanvraagId, principal, request, async (manager, aanvraag, vandaag) => {
      vereisDatum(input.datum, 'datum');
      if (aanvraag.route !== 'leerplichtambtenaar') throw new DomainError('NIET_BEVOEGD', 'Over deze aanvraag beslist de schoolleider.', 'aanvraagId');
      if (aanvraag.status === 'besloten' || aanvraag.status === 'buiten-behandeling') throw new DomainError('AL_BESLOTEN', 'Op deze aanvraag is al beslist.', 'aanvraagId');
      if (input.datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De ingebrekestelling kan niet na vandaag zijn ontvangen.', 'datum');
      if (aanvraag.ingebrekestellingOntvangenOp !== null) throw new DomainError('AL_GEREGISTREERD', 'De ingebrekestelling is al geregistreerd.', 'datum');
      const stand = this.aanvragen.termijnStand(aanvraag, null, input.datum);
      if (stand === null || input.datum <= stand.uiterlijk) {
        throw new DomainError('BESLISTERMIJN_NIET_VERSTREKEN', `Een ingebrekestelling kan pas na het verstrijken van de beslistermijn (uiterlijk ${stand?.uiterlijk ?? '?'}; Awb art 4:17 lid 3).`, 'datum');
      }
      aanvraag.ingebrekestellingOntvangenOp = input.datum;
      await manager.save(aanvraag);
    });
  }

  /** verzuim reads the decided period before judging luxe verzuim (domain §9); no names, no reasons. */
  private async meldBesluit(
    manager: EntityManager,
    aanvraag: VerlofaanvraagEntity,
    besluitId: string,
    uitkomst: 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen' | 'buiten-behandeling',
    periode: { van: string; totEnMet: string } | null,
    request: RequestContext,
    principal: Principal,
  ): Promise<void> {
    await this.outbox.add(manager, verlofBeslotenV1, {
      gemeente: aanvraag.gemeente,
      subjectKey: aanvraag.persoonSleutel,
      classification: 'AVG',
      correlationId: request.trace.traceId,
      actor: actorVan(principal),
      payload: {
        aanvraagId: aanvraag.id,
        besluitId,
        bsn: aanvraag.bsn,
        schoolBrin: aanvraag.schoolBrin,
        uitkomst,
        gevraagdVan: aanvraag.eersteVerlofdag,
        gevraagdTotEnMet: aanvraag.laatsteVerlofdag,
        ...(periode ? { verleendVan: periode.van, verleendTotEnMet: periode.totEnMet } : {}),
        instructieVersie: aanvraag.instructieVersie,
      },
    });
  }
}
