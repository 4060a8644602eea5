import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, Not, QueryFailedError, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGemeente, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { datumInWoorden, NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { VerklaringEntity } from '../besluit/verklaring.entity';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService } from '../brief/brief.service';
import { actorNaam, vereisTekst } from '../kern/actor';
import { vereisPlichtig } from '../kern/jongere';
import type {
  LegAfsprakenVastInput,
  LegBelastbaarheidsverklaringVastInput,
  LegOndertekeningVastInput,
  LegPlanVastInput,
  OpenVervangendeLeerplichtInput,
  RegistreerAfschriftInput,
  RegistreerGesprekInput,
  RegistreerVerzoekInput,
} from './dto/vervangende-leerplicht.input';
import type { VervangendeLeerplichtModel, WerkregelModel } from './models/vervangende-leerplicht.model';
import { vereisOuders } from './ouders';
import { LOPEND, VervangendeLeerplichtDossiers, vereisLopend, vereisVerleden } from './vervangende-leerplicht-dossiers';
import { gesprekkenUiterlijk, informerenUiterlijk, minimumLeeftijdBereikt, planAuteurSoort, type VervangendeLeerplichtArtikel } from './vervangende-leerplicht-regels';
import { naarWerkregel, termijnenVan } from './vervangende-leerplicht.mapper';
import { VervangendeLeerplichtEntity, type DuoNaamAdres } from './vervangende-leerplicht.entity';

const POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;
const BRIN = /^[0-9A-Z]{4}$/;

/**
 * The youth may have vervangende leerplicht from `van` to `totEnMet`: at least the minimum age on
 * the first day (Lpw art 3a lid 1; 001 §3.3; 003 toelichting art 9) and leerplichtig then (Lpw art 3).
 */
export function vereisPeriodeEnLeeftijd(
  zaak: { geboortedatum: string; van: string; totEnMet: string },
  instructie: GemeenteInstructie,
  kalender: NederlandseKalender,
): void {
  vereisDatum(zaak.van, 'van');
  vereisDatum(zaak.totEnMet, 'totEnMet');
  if (zaak.totEnMet < zaak.van) throw new DomainError('ONGELDIGE_PERIODE', 'De laatste dag ligt vóór de eerste dag.', 'totEnMet');
  vereisDatum(zaak.geboortedatum, 'geboortedatum');
  if (zaak.geboortedatum > zaak.van) throw new DomainError('ONGELDIGE_DATUM', 'De geboortedatum ligt na de eerste dag.', 'geboortedatum');
  const leeftijd = minimumLeeftijdBereikt(zaak.geboortedatum, zaak.van, instructie.regels.vervangendeLeerplicht);
  if (!leeftijd.bereikt) {
    throw new DomainError(
      'TE_JONG',
      `Vervangende leerplicht kan pas vanaf ${leeftijd.minimum} jaar; de jongere is op de eerste dag ${leeftijd.leeftijd} (${instructie.regels.vervangendeLeerplicht.minimumLeeftijd.bron}).`,
      'geboortedatum',
    );
  }
  vereisPlichtig(zaak.geboortedatum, zaak.van, instructie.vakantieregio, kalender);
}

/** The partial unique index catches a concurrent second opening that the count above could not see. */
async function bewaarNieuw(manager: EntityManager, zaak: VervangendeLeerplichtEntity): Promise<VervangendeLeerplichtEntity> {
  try {
    return await manager.save(zaak);
  } catch (fout) {
    if (fout instanceof QueryFailedError && (fout.driverError as { constraint?: string } | undefined)?.constraint === 'uq_vervangende_leerplicht_lopend') {
      throw new DomainError('AL_LOPEND', 'Voor deze jongere loopt al een verzoek om vervangende leerplicht in deze gemeente.', 'bsn');
    }
    throw fout;
  }
}

/**
 * DUO's register needs name, address (in parts), sex and birth date of a youth without a Dutch
 * education history (Lpw art 3a–3c; koppelingen §3). Asked at the start, so the decision does not
 * fail on it later.
 */
function vereisDuoPersoonsgegevens(input: OpenVervangendeLeerplichtInput, postcode: string): DuoNaamAdres {
  const p = input.duoPersoonsgegevens;
  if (!p) {
    throw new DomainError('ONGELDIGE_INVOER', 'Zonder Nederlandse onderwijsgeschiedenis vraagt DUO naam en adres in delen, geslacht en geboortedatum (Lpw art 3a–3c).', 'duoPersoonsgegevens');
  }
  if (!input.geslacht) throw new DomainError('ONGELDIGE_INVOER', 'Zonder Nederlandse onderwijsgeschiedenis vraagt DUO het geslacht.', 'geslacht');
  if (!Number.isInteger(p.huisnummer) || p.huisnummer < 1 || p.huisnummer > 99_999) throw new DomainError('ONGELDIGE_INVOER', 'Het huisnummer is ongeldig.', 'duoPersoonsgegevens.huisnummer');
  const huisletter = p.huisletter?.trim() || null;
  if (huisletter !== null && !/^[A-Za-z]$/.test(huisletter)) throw new DomainError('ONGELDIGE_INVOER', 'De huisletter is één letter.', 'duoPersoonsgegevens.huisletter');
  const toevoeging = p.toevoeging?.trim() || null;
  if (toevoeging !== null && toevoeging.length > 4) throw new DomainError('ONGELDIGE_INVOER', 'De huisnummertoevoeging is ten hoogste 4 tekens.', 'duoPersoonsgegevens.toevoeging');
  return {
    naam: { voornamen: p.voornamen?.trim() || null, voorvoegsel: p.voorvoegsel?.trim() || null, geslachtsnaam: vereisTekst(p.geslachtsnaam, 'duoPersoonsgegevens.geslachtsnaam', 'De geslachtsnaam') },
    adres: { straat: vereisTekst(p.straat, 'duoPersoonsgegevens.straat', 'De straat'), huisnummer: p.huisnummer, huisletter, toevoeging, postcode, woonplaats: vereisTekst(p.woonplaats, 'duoPersoonsgegevens.woonplaats', 'De woonplaats') },
  };
}

/**
 * The steps before the decision (Lpw art 3a, 3b; 000 art 10 lid 2–4; 001 §3.3; 003 art 9 lid 2–5):
 * the finding, the conversations, the plan, the written agreements, informing the designers, the
 * capacity statement (001), the request signed by the parents; and afterwards the copies and the
 * evaluations. The administration may record; the decision is the officer's (the decision service).
 */
@Injectable()
export class VervangendeLeerplichtService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly kalender: NederlandseKalender,
    private readonly brieven: BriefService,
    private readonly dossierstukken: DossierstukkenService,
    private readonly dossiers: VervangendeLeerplichtDossiers,
  ) {}

  async open(input: OpenVervangendeLeerplichtInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    vereisGemeente(principal, input.gemeente);
    vereisGeldigBsn(input.bsn);
    const vandaag = this.dossiers.vandaag();
    const instructie = this.dossiers.instructie(input.gemeente);
    const jongereNaam = vereisTekst(input.jongereNaam, 'jongereNaam', 'De naam van de jongere');
    const adres = vereisTekst(input.adres, 'adres', 'Het adres van de jongere');
    const postcode = (input.postcode ?? '').replace(/\s+/g, '').toUpperCase();
    if (!POSTCODE.test(postcode)) throw new DomainError('ONGELDIGE_INVOER', 'De postcode is ongeldig (1234AB).', 'postcode');
    const ouders = vereisOuders(input.ouders);
    const geenNederlandseOnderwijsgeschiedenis = input.geenNederlandseOnderwijsgeschiedenis ?? false;
    const duoPersoonsgegevens = geenNederlandseOnderwijsgeschiedenis ? vereisDuoPersoonsgegevens(input, postcode) : null;
    vereisVerleden(input.bevindingOp, 'bevindingOp', vandaag);
    vereisPeriodeEnLeeftijd({ geboortedatum: input.geboortedatum, van: input.van, totEnMet: input.totEnMet }, instructie, this.kalender);
    const artikel: VervangendeLeerplichtArtikel = input.artikel;

    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const lopend = await manager.count(VervangendeLeerplichtEntity, { where: { gemeente: input.gemeente, bsn: input.bsn, status: In([...LOPEND]) } });
      if (lopend > 0) throw new DomainError('AL_LOPEND', 'Voor deze jongere loopt al een verzoek om vervangende leerplicht in deze gemeente.', 'bsn');
      const eerder = await manager.count(VervangendeLeerplichtEntity, { where: { gemeente: input.gemeente, bsn: input.bsn, status: In(['toegestaan', 'beeindigd']) } });
      const zaak = await bewaarNieuw(
        manager,
        manager.create(VervangendeLeerplichtEntity, {
          gemeente: input.gemeente,
          bsn: input.bsn,
          persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
          jongereNaam,
          geboortedatum: input.geboortedatum,
          geslacht: input.geslacht ?? null,
          adres,
          postcode,
          geenNederlandseOnderwijsgeschiedenis,
          duoPersoonsgegevens,
          eerderToegestaan: (input.eerderToegestaan ?? false) || eerder > 0,
          ouders,
          artikel,
          bevindingOp: input.bevindingOp,
          gesprekkenUiterlijk: gesprekkenUiterlijk(input.bevindingOp, instructie.regels.vervangendeLeerplicht, this.kalender),
          van: input.van,
          totEnMet: input.totEnMet,
          status: 'gesprekken',
          gesprekken: [],
          plan: null,
          afspraken: null,
          afsprakenVastgelegdOp: null,
          informerenUiterlijk: null,
          ontwerpers: [],
          ontwerpersGeinformeerdOp: null,
          verzoekOntvangenOp: null,
          oudersOndertekendOp: null,
          jongereOndertekendOp: null,
          besluitId: null,
          beslotenOp: null,
          afschriftUiterlijk: null,
          afschriften: [],
          arbeidsinspectieVereist: null,
          arbeidsinspectieBriefId: null,
          laatsteDag: null,
          eindeReden: null,
          eindeToelichting: null,
          geopendDoor: actorNaam(principal),
          instructieVersie: instructie.versieSleutel,
        }),
      );
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return this.dossiers.dossier(manager, zaak, vandaag);
    });
  }

  /** 000 art 10 lid 2; 003 art 9 lid 3: the conversations; 001 §3.3: evaluations after a positive decision. */
  registreerGesprek(input: RegistreerGesprekInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      if (input.soort === 'evaluatie') {
        if (zaak.status !== 'toegestaan') {
          throw new DomainError('NIET_TOEGESTAAN', 'Evaluatiegesprekken volgen op een positief besluit (001 §3.3).', 'soort');
        }
        vereisVerleden(input.datum, 'datum', vandaag, { datum: zaak.beslotenOp ?? zaak.bevindingOp, wat: 'het besluit' });
      } else {
        vereisLopend(zaak);
        vereisVerleden(input.datum, 'datum', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      }
      const deelnemers = input.deelnemers.map((d) => d.trim()).filter((d) => d.length > 0);
      if (deelnemers.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Geef op wie aan het gesprek deelnamen.', 'deelnemers');
      const verslag = vereisTekst(input.verslag, 'verslag', 'Het verslag van het gesprek');
      zaak.gesprekken = [...zaak.gesprekken, { id: randomUUID(), soort: input.soort, datum: input.datum, deelnemers, verslag, vastgelegdDoor: actorNaam(principal) }];
    });
  }

  /**
   * 003 art 9 lid 2: the plan with the guidance programme, education goals and praktijktijd, made by
   * the school where the youth is enrolled (3a) or the institution where the youth wishes to enrol (3b).
   */
  legPlanVast(input: LegPlanVastInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      vereisLopend(zaak);
      const soort = planAuteurSoort(zaak.artikel);
      if (input.opgesteldDoor.soort !== soort) {
        throw new DomainError(
          'ONJUISTE_PLANAUTEUR',
          zaak.artikel === '3a'
            ? 'Bij art 3a stelt de school waar de jongere staat ingeschreven het plan op (003 art 9 lid 2 a).'
            : 'Bij art 3b stelt de instelling waar de jongere wil worden ingeschreven het plan op (003 art 9 lid 2 b).',
          'opgesteldDoor.soort',
        );
      }
      const brin = input.opgesteldDoor.brin?.trim().toUpperCase() || null;
      if (brin !== null && !BRIN.test(brin)) throw new DomainError('ONGELDIGE_INVOER', 'De BRIN-code is ongeldig (4 tekens).', 'opgesteldDoor.brin');
      vereisVerleden(input.ontvangenOp, 'ontvangenOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      const praktijktijd = input.praktijktijd?.trim() || null;
      const werkzaamheden = input.werkzaamheden?.trim() || null;
      if (zaak.artikel === '3a' && praktijktijd === null) {
        throw new DomainError('ONGELDIGE_INVOER', 'Bij art 3a beschrijft het plan de praktijktijd (Lpw art 3a; 003 art 9 lid 2).', 'praktijktijd');
      }
      if (zaak.artikel === '3b' && werkzaamheden === null) {
        throw new DomainError('ONGELDIGE_INVOER', 'Bij art 3b beschrijft het plan de arbeid van lichte aard (Lpw art 3b; 000 art 10 lid 2).', 'werkzaamheden');
      }
      const periode = { geboortedatum: zaak.geboortedatum, van: input.van ?? zaak.van, totEnMet: input.totEnMet ?? zaak.totEnMet };
      vereisPeriodeEnLeeftijd(periode, this.dossiers.instructie(zaak.gemeente), this.kalender);
      zaak.van = periode.van;
      zaak.totEnMet = periode.totEnMet;
      zaak.plan = {
        auteurSoort: soort,
        auteurNaam: vereisTekst(input.opgesteldDoor.naam, 'opgesteldDoor.naam', 'De naam van de school of instelling'),
        auteurBrin: brin,
        ontvangenOp: input.ontvangenOp,
        onderwijsdoelen: vereisTekst(input.onderwijsdoelen, 'onderwijsdoelen', 'De onderwijsdoelen'),
        begeleidingsprogramma: vereisTekst(input.begeleidingsprogramma, 'begeleidingsprogramma', 'Het begeleidingsprogramma'),
        praktijktijd,
        werkzaamheden,
      };
    });
  }

  /** 000 art 10 lid 3; 003 art 9 lid 4: the agreements in writing, in the dossier; the informing term starts. */
  legAfsprakenVast(input: LegAfsprakenVastInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      vereisLopend(zaak);
      if (zaak.afsprakenVastgelegdOp !== null) throw new DomainError('AL_VASTGELEGD', 'De afspraken zijn al vastgelegd.', 'zaakId');
      const eersteGesprek = zaak.gesprekken.filter((g) => g.soort === 'voorbereiding').map((g) => g.datum).sort()[0];
      if (eersteGesprek === undefined) throw new DomainError('GEEN_GESPREK', 'Leg eerst een gesprek vast: de afspraken komen uit de gesprekken.', 'zaakId');
      vereisVerleden(input.vastgelegdOp, 'vastgelegdOp', vandaag, { datum: eersteGesprek, wat: 'het eerste gesprek' });
      const ontwerpers = input.ontwerpers.map((o, i) => ({ naam: vereisTekst(o.naam, `ontwerpers[${i}].naam`, 'De naam van de ontwerper'), adres: o.adres?.trim() || null }));
      if (ontwerpers.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Geef op wie het programma ontwerpt; zij worden over de afspraken geïnformeerd.', 'ontwerpers');
      zaak.afspraken = vereisTekst(input.afspraken, 'afspraken', 'De afspraken');
      zaak.afsprakenVastgelegdOp = input.vastgelegdOp;
      zaak.ontwerpers = ontwerpers;
      zaak.informerenUiterlijk = informerenUiterlijk(input.vastgelegdOp, this.dossiers.instructie(zaak.gemeente).regels.vervangendeLeerplicht, this.kalender);
      if (zaak.status === 'gesprekken') zaak.status = 'afspraken-vastgelegd';
    });
  }

  /** 000 art 10 lid 3; 003 art 9 lid 4 b: those who design the programme are informed in writing (one letter each). */
  informeerOntwerpers(zaakId: string, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(zaakId, principal, request, async (manager, zaak, vandaag) => {
      vereisLopend(zaak);
      if (zaak.afspraken === null) throw new DomainError('AFSPRAKEN_ONTBREKEN', 'Leg eerst de afspraken vast.', 'zaakId');
      if (zaak.ontwerpersGeinformeerdOp !== null) throw new DomainError('AL_GEINFORMEERD', 'De ontwerpers zijn al geïnformeerd.', 'zaakId');
      for (const ontwerper of zaak.ontwerpers) {
        await this.brieven.stelOp(manager, {
          gemeente: zaak.gemeente,
          zaakSoort: 'vervangende-leerplicht',
          zaakId: zaak.id,
          persoonSleutel: zaak.persoonSleutel,
          sjabloon: 'vervangendeLeerplichtInformatieOntwerpers',
          aan: { rol: 'ontwerper', naam: ontwerper.naam, adres: ontwerper.adres },
          jongere: { naam: zaak.jongereNaam, geboortedatum: zaak.geboortedatum },
          waarden: { artikel: zaak.artikel, afspraken: zaak.afspraken },
          datum: vandaag,
          principal,
          classificatie: 'AVG',
        });
      }
      zaak.ontwerpersGeinformeerdOp = vandaag;
    });
  }

  /** 001 §3.3: the statement on the youth's capacity by the designated youth doctor (health data: no diagnosis). */
  legBelastbaarheidsverklaringVast(input: LegBelastbaarheidsverklaringVastInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (manager, zaak, vandaag) => {
      vereisLopend(zaak);
      await this.dossierstukken.legVerklaringVast(
        manager,
        { gemeente: zaak.gemeente, zaakSoort: 'vervangende-leerplicht', zaakId: zaak.id },
        { soort: 'belastbaarheid', uitgever: input.uitgever, datum: input.datum, strekking: input.strekking ?? null },
        vandaag,
        principal,
      );
    });
  }

  /** 000 art 10 lid 4; 003 art 9 lid 5: the request, signed by the parents, filed with the college; the decision term starts. */
  registreerVerzoek(input: RegistreerVerzoekInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      if (zaak.status === 'verzoek-ingediend') throw new DomainError('AL_INGEDIEND', 'Het verzoek is al ingediend; leg een handtekening vast met legOndertekeningVervangendeLeerplichtVast.', 'zaakId');
      vereisLopend(zaak);
      if (zaak.afsprakenVastgelegdOp === null) throw new DomainError('AFSPRAKEN_ONTBREKEN', 'Het verzoek volgt op de schriftelijk vastgelegde afspraken (000 art 10 lid 3–4).', 'zaakId');
      if (zaak.plan === null) throw new DomainError('PLAN_ONTBREEKT', 'Bij het verzoek hoort een plan van aanpak met begeleidingsprogramma (003 art 9 lid 2).', 'zaakId');
      const ontvangenOp = input.ontvangenOp ?? vandaag;
      vereisVerleden(ontvangenOp, 'ontvangenOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      if (input.oudersOndertekendOp) vereisVerleden(input.oudersOndertekendOp, 'oudersOndertekendOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      if (input.jongereOndertekendOp) vereisVerleden(input.jongereOndertekendOp, 'jongereOndertekendOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      zaak.verzoekOntvangenOp = ontvangenOp;
      zaak.oudersOndertekendOp = input.oudersOndertekendOp ?? null;
      zaak.jongereOndertekendOp = input.jongereOndertekendOp ?? null;
      zaak.status = 'verzoek-ingediend';
    });
  }

  /** The parents' signature, when the request came in without it (Awb art 4:1–4:2: a request is signed). */
  legOndertekeningVast(input: LegOndertekeningVastInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      if (zaak.status !== 'verzoek-ingediend') {
        throw new DomainError(LOPEND.includes(zaak.status) ? 'VERZOEK_ONTBREEKT' : 'AL_BESLOTEN', 'Een handtekening hoort bij een ingediend verzoek waarop nog niet is besloten.', 'zaakId');
      }
      vereisVerleden(input.oudersOndertekendOp, 'oudersOndertekendOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      if (input.jongereOndertekendOp) vereisVerleden(input.jongereOndertekendOp, 'jongereOndertekendOp', vandaag, { datum: zaak.bevindingOp, wat: 'de bevinding' });
      zaak.oudersOndertekendOp = input.oudersOndertekendOp;
      if (input.jongereOndertekendOp) zaak.jongereOndertekendOp = input.jongereOndertekendOp;
    });
  }

  /** Lpw art 3a–3c: a copy of the decision sent (within 2 weeks); who got it and when. */
  registreerAfschrift(input: RegistreerAfschriftInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (_manager, zaak, vandaag) => {
      if (zaak.beslotenOp === null) throw new DomainError('NOG_NIET_BESLOTEN', 'Er is nog geen besluit om een afschrift van te sturen.', 'zaakId');
      vereisVerleden(input.verzondenOp, 'verzondenOp', vandaag, { datum: zaak.beslotenOp, wat: 'het besluit' });
      zaak.afschriften = [
        ...zaak.afschriften,
        { aan: vereisTekst(input.aan, 'aan', 'Aan wie het afschrift ging'), rol: vereisTekst(input.rol, 'rol', 'De rol van de ontvanger'), verzondenOp: input.verzondenOp, vastgelegdDoor: actorNaam(principal) },
      ];
    });
  }

  async zaak(zaakId: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    const peil = this.dossiers.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.dossiers.laad(manager, zaakId, { vergrendel: false });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return this.dossiers.dossier(manager, zaak, peil);
    });
  }

  /**
   * The gemeente's cases that still need something, the late ones first, then by the earliest open
   * last day: in preparation, awaiting a decision, decided without copies, or running.
   */
  async werklijst(gemeente: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<WerkregelModel[]> {
    vereisGemeente(principal, gemeente);
    const peil = this.dossiers.peildatum(peildatum);
    const instructie = this.dossiers.instructie(gemeente);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaken = await manager.find(VervangendeLeerplichtEntity, { where: { gemeente, status: Not('beeindigd') }, order: { createdAt: 'ASC' } });
      const zichtbaar = zaken.filter((z) => LOPEND.includes(z.status) || z.afschriften.length === 0 || (z.status === 'toegestaan' && z.totEnMet >= peil));
      const metVerklaring = new Set(
        zichtbaar.length === 0
          ? []
          : (await manager.find(VerklaringEntity, { where: { zaakId: In(zichtbaar.map((z) => z.id)), soort: 'belastbaarheid' }, select: { zaakId: true } })).map((v) => v.zaakId),
      );
      const vereist = instructie.regels.vervangendeLeerplicht.belastbaarheidsverklaring.waarde;
      const regels = zichtbaar.map((z) => naarWerkregel(z, termijnenVan(z, instructie, this.kalender, peil), vereist && !metVerklaring.has(z.id)));
      if (regels.length === 0) {
        await this.verwerkingslog.leg(manager, request, principal, { gemeente, reden: 'geen-zaken' });
      } else {
        await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, [...new Set(zichtbaar.map((z) => z.persoonSleutel))]);
      }
      return regels.sort((a, b) => Number(b.teLaat) - Number(a.teLaat) || (a.eerstvolgendeUiterlijk ?? '9999').localeCompare(b.eerstvolgendeUiterlijk ?? '9999'));
    });
  }
}

/** "1 maart 2027 tot en met 31 juli 2027" for letters. */
export function periodeInWoorden(zaak: { van: string; totEnMet: string }): { van: string; totEnMet: string } {
  return { van: datumInWoorden(zaak.van), totEnMet: datumInWoorden(zaak.totEnMet) };
}
