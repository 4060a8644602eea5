import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, beschrijfTermijn } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden } from '@leerrecht/shared/util-kalender';
import { beslistermijnBezwaar, bezwaarTijdigheid, type BezwaarTijdigheid } from '../awb/awb-termijnen';
import { BesluitEntity, type BesluitSoort } from '../besluit/besluit.entity';
import { naarBesluit, naarBriefSamenvatting } from '../besluit/besluit.mapper';
import { BesluitService } from '../besluit/besluit.service';
import { BriefService } from '../brief/brief.service';
import { vereisTekst, vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { BezwaarEntity, type BezwaarUitkomst } from './bezwaar.entity';
import type { BeslisOpBezwaarInput, DienBezwaarInInput, RegistreerBezwaaradviesInput } from './dto/bezwaar.input';
import type { BezwaarModel } from './models/bezwaar.model';

/** What the decision was about, as the objector's letters name it. */
const ONDERWERP: Readonly<Record<BesluitSoort, string>> = {
  verlof: 'uw aanvraag om verlof',
  'verlof-buiten-behandeling': 'het buiten behandeling stellen van uw aanvraag om verlof',
  'vrijstelling-art5': 'uw kennisgeving van vrijstelling',
  'vrijstelling-art15': 'uw aanvraag om vrijstelling (artikel 15 Leerplichtwet 1969)',
  'vrijstelling-schoolbezoek': 'uw aanvraag om vrijstelling van geregeld schoolbezoek',
  'vervangende-leerplicht': 'uw verzoek om vervangende leerplicht',
  'aanwijzing-deskundige': 'de aanwijzing van een deskundige',
  'besluit-op-bezwaar': 'uw bezwaar',
};

const TIJDIGHEID_IN_WOORDEN: Readonly<Record<BezwaarTijdigheid, string>> = {
  tijdig: 'Uw bezwaarschrift is binnen de bezwaartermijn ontvangen.',
  'tijdig-per-post': 'Uw bezwaarschrift is binnen de bezwaartermijn per post verzonden en binnen een week daarna ontvangen; het is tijdig (artikel 6:9 Awb).',
  'te-laat': 'Uw bezwaarschrift is na het einde van de bezwaartermijn ontvangen. Als u een reden had waardoor u niet eerder bezwaar kon maken, laat ons die dan weten (artikel 6:11 Awb).',
  'te-laat-verschoonbaar': 'Uw bezwaarschrift is na het einde van de bezwaartermijn ontvangen, maar wij nemen het in behandeling omdat de overschrijding verschoonbaar is (artikel 6:11 Awb).',
};

const UITKOMST_IN_WOORDEN: Readonly<Record<BezwaarUitkomst, string>> = {
  gegrond: 'Wij verklaren uw bezwaar gegrond en herroepen het besluit.',
  'deels-gegrond': 'Wij verklaren uw bezwaar gedeeltelijk gegrond en herzien het besluit op dat punt.',
  ongegrond: 'Wij verklaren uw bezwaar ongegrond en handhaven het besluit.',
  'niet-ontvankelijk': 'Wij verklaren uw bezwaar niet-ontvankelijk.',
};

/** Procedures in which the gemeente's committee advises before the decision on objection (001 §3.6; 003 art 5 lid 8). */
const MET_ADVIES = ['advies-commissie-bezwaarschriften', 'lpa-beslist-na-advies-commissie'];

/**
 * Objections against a decision of this service (Awb ch 6–7; domain §2.5): registered against the
 * responsible gemeente, judged on time (art 6:7–6:11), advised on by the gemeente's committee
 * where its procedure has one, and decided within the term of art 7:10.
 */
@Injectable()
export class BezwaarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async dienIn(input: DienBezwaarInInput, principal: Principal, request: RequestContext): Promise<BezwaarModel> {
    vereisUuid(input.besluitId, 'besluitId');
    vereisDatum(input.ontvangenOp, 'ontvangenOp');
    if (input.perPostVerzondenOp) vereisDatum(input.perPostVerzondenOp, 'perPostVerzondenOp');
    const indiener = vereisTekst(input.indiener, 'indiener', 'De naam van de indiener');
    const gronden = vereisTekst(input.gronden, 'gronden', 'De gronden van het bezwaar (Awb art 6:5)');
    const vandaag = datumVan(this.klok());
    if (input.ontvangenOp > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De ontvangstdatum ligt na vandaag.', 'ontvangenOp');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const besluit = await manager.findOne(BesluitEntity, { where: { id: input.besluitId } });
      if (besluit === null) throw new DomainError('NIET_GEVONDEN', 'Dit besluit bestaat niet in uw gemeente(n).', 'besluitId');
      if (besluit.bezwaarUiterlijk === null) {
        throw new DomainError('GEEN_BEZWAAR_MOGELIJK', 'Tegen een beslissing op bezwaar staat beroep open bij de rechtbank, geen nieuw bezwaar (Awb art 7:1, 8:1).', 'besluitId');
      }
      if (input.ontvangenOp < besluit.bekendgemaaktOp) throw new DomainError('ONGELDIGE_DATUM', 'Het bezwaar is ontvangen vóór het besluit bekend werd gemaakt.', 'ontvangenOp');
      const verschoonbaarReden = input.verschoonbaarReden?.trim() || null;
      const tijdigheid = bezwaarTijdigheid({ uiterlijk: besluit.bezwaarUiterlijk, ontvangenOp: input.ontvangenOp, perPostVerzondenOp: input.perPostVerzondenOp ?? null, verschoonbaar: verschoonbaarReden !== null });
      const regels = this.instructies.voorGemeente(besluit.gemeente).regels.verlof;
      const beslisUiterlijk = beslistermijnBezwaar(besluit.bezwaarUiterlijk, regels.bezwaarBeslistermijn, this.kalender);
      const instructie = this.instructies.voorGemeente(besluit.gemeente);
      const bezwaar = await manager.save(
        manager.create(BezwaarEntity, {
          gemeente: besluit.gemeente,
          besluitId: besluit.id,
          persoonSleutel: besluit.persoonSleutel,
          indiener,
          indienerAdres: input.indienerAdres?.trim() || null,
          ontvangenOp: input.ontvangenOp,
          perPostVerzondenOp: input.perPostVerzondenOp ?? null,
          tijdigheid,
          verschoonbaarReden: tijdigheid === 'te-laat-verschoonbaar' ? verschoonbaarReden : null,
          gronden,
          status: 'in-behandeling',
          beslisUiterlijk,
          adviesDatum: null,
          adviesStrekking: null,
          advies: null,
          uitkomst: null,
          beslissingBesluitId: null,
          instructieVersie: instructie.versieSleutel,
        }),
      );
      // Awb art 6:14: the receipt is acknowledged in writing.
      await this.brieven.stelOp(manager, {
        gemeente: bezwaar.gemeente,
        zaakSoort: 'bezwaar',
        zaakId: bezwaar.id,
        persoonSleutel: bezwaar.persoonSleutel,
        sjabloon: 'bezwaarOntvangstbevestiging',
        aan: { rol: 'bezwaarmaker', naam: indiener, adres: bezwaar.indienerAdres },
        waarden: {
          besluitDatum: datumInWoorden(besluit.bekendgemaaktOp),
          besluitOnderwerp: ONDERWERP[besluit.soort],
          ontvangenOp: datumInWoorden(bezwaar.ontvangenOp),
          tijdigheid: TIJDIGHEID_IN_WOORDEN[tijdigheid],
          bezwaarBeslistermijn: beschrijfTermijn(regels.bezwaarBeslistermijn),
          beslisUiterlijk: datumInWoorden(beslisUiterlijk),
        },
        datum: vandaag,
        principal,
        classificatie: 'AVG',
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: bezwaar.persoonSleutel, gemeente: bezwaar.gemeente });
      return this.model(manager, bezwaar, vandaag);
    });
  }

  async registreerAdvies(input: RegistreerBezwaaradviesInput, principal: Principal, request: RequestContext): Promise<BezwaarModel> {
    return this.stap(input.bezwaarId, principal, request, async (manager, bezwaar, vandaag) => {
      vereisDatum(input.datum, 'datum');
      if (input.datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'Het advies kan niet na vandaag zijn uitgebracht.', 'datum');
      if (bezwaar.status === 'besloten') throw new DomainError('AL_BESLOTEN', 'Op dit bezwaar is al beslist.', 'bezwaarId');
      bezwaar.adviesDatum = input.datum;
      bezwaar.adviesStrekking = input.strekking as BezwaarUitkomst;
      bezwaar.advies = vereisTekst(input.advies, 'advies', 'Het advies van de bezwaarcommissie');
      bezwaar.status = 'advies-ontvangen';
      await manager.save(bezwaar);
    });
  }

  /**
   * The decision on objection (Awb art 7:11–7:12): a late, inexcusable objection can only be
   * niet-ontvankelijk; where the gemeente's procedure has a committee its advice comes first, and
   * departing from it needs a reason in the decision (art 7:13 lid 7).
   */
  async beslis(input: BeslisOpBezwaarInput, principal: Principal, request: RequestContext): Promise<BezwaarModel> {
    return this.stap(input.bezwaarId, principal, request, async (manager, bezwaar, vandaag) => {
      if (bezwaar.status === 'besloten') throw new DomainError('AL_BESLOTEN', 'Op dit bezwaar is al beslist.', 'bezwaarId');
      const uitkomst = input.uitkomst as BezwaarUitkomst;
      let motivering = vereisTekst(input.motivering, 'motivering', 'De motivering van de beslissing op bezwaar (Awb art 7:12)');
      if (bezwaar.tijdigheid === 'te-laat' && uitkomst !== 'niet-ontvankelijk') {
        throw new DomainError('BEZWAAR_TE_LAAT', 'Het bezwaar is na de termijn ontvangen en de overschrijding is niet verschoonbaar: het is niet-ontvankelijk (Awb art 6:9, 6:11, 6:6).', 'uitkomst');
      }
      const procedure = this.instructies.voorGemeente(bezwaar.gemeente).regels.verlof.bezwaarprocedure;
      const adviesNodig = MET_ADVIES.includes(procedure.waarde) && !(bezwaar.tijdigheid === 'te-laat' && uitkomst === 'niet-ontvankelijk');
      if (adviesNodig && bezwaar.adviesStrekking === null) {
        throw new DomainError('BEZWAARADVIES_ONTBREEKT', `Leg eerst het advies van de bezwaarcommissie vast (${procedure.bron}; Awb art 7:13).`, 'bezwaarId');
      }
      if (bezwaar.adviesStrekking !== null && bezwaar.adviesStrekking !== uitkomst) {
        const reden = vereisTekst(input.afwijkingVanAdvies, 'afwijkingVanAdvies', 'De reden om af te wijken van het advies van de bezwaarcommissie (Awb art 7:13 lid 7)');
        motivering = `${motivering}\n\nWij wijken af van het advies van de bezwaarcommissie: ${reden}`;
      }
      const bestreden = await manager.findOneOrFail(BesluitEntity, { where: { id: bezwaar.besluitId } });
      const beslissing = await this.besluiten.neem(manager, {
        gemeente: bezwaar.gemeente,
        persoonSleutel: bezwaar.persoonSleutel,
        bsn: bestreden.bsn,
        zaakSoort: 'bezwaar',
        zaakId: bezwaar.id,
        soort: 'besluit-op-bezwaar',
        uitkomst,
        grondslag: 'Awb art 7:11 en 7:12',
        motivering,
        namens: bestreden.namens,
        bekendgemaaktOp: vandaag,
        principal,
      });
      const adviesZin =
        bezwaar.adviesDatum === null
          ? ''
          : `De bezwaarcommissie heeft op ${datumInWoorden(bezwaar.adviesDatum)} geadviseerd het bezwaar ${bezwaar.adviesStrekking} te verklaren.`;
      const brief = await this.brieven.stelOp(manager, {
        gemeente: bezwaar.gemeente,
        zaakSoort: 'bezwaar',
        zaakId: bezwaar.id,
        persoonSleutel: bezwaar.persoonSleutel,
        sjabloon: 'besluitOpBezwaar',
        aan: { rol: 'bezwaarmaker', naam: bezwaar.indiener, adres: bezwaar.indienerAdres },
        waarden: {
          besluitDatum: datumInWoorden(bestreden.bekendgemaaktOp),
          besluitOnderwerp: ONDERWERP[bestreden.soort],
          beslissing: UITKOMST_IN_WOORDEN[uitkomst],
          motivering,
          advies: adviesZin,
          // Where the power is attributed to the officer (003 art 5 lid 8), he signs the decision on objection himself.
          ...(bestreden.namens === 'leerplichtambtenaar'
            ? { ondertekening: `de leerplichtambtenaar van de gemeente ${this.instructies.voorGemeente(bezwaar.gemeente).gemeenteNaam}` }
            : {}),
        },
        datum: vandaag,
        principal,
        classificatie: 'AVG',
      });
      await this.besluiten.koppelBrief(manager, beslissing, brief.id);
      bezwaar.status = 'besloten';
      bezwaar.uitkomst = uitkomst;
      bezwaar.beslissingBesluitId = beslissing.id;
      await manager.save(bezwaar);
    });
  }

  async een(id: string, principal: Principal, request: RequestContext): Promise<BezwaarModel> {
    return this.stap(id, principal, request, async () => undefined);
  }

  /** The objections against one decision. */
  async tegenBesluit(besluitId: string, principal: Principal, request: RequestContext): Promise<BezwaarModel[]> {
    vereisUuid(besluitId, 'besluitId');
    const vandaag = datumVan(this.klok());
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const bezwaren = await manager.find(BezwaarEntity, { where: { besluitId }, order: { ontvangenOp: 'ASC', id: 'ASC' } });
      for (const b of bezwaren) await this.verwerkingslog.leg(manager, request, principal, { betrokkene: b.persoonSleutel, gemeente: b.gemeente });
      return Promise.all(bezwaren.map((b) => this.model(manager, b, vandaag)));
    });
  }

  private async stap(
    id: string,
    principal: Principal,
    request: RequestContext,
    werk: (manager: EntityManager, bezwaar: BezwaarEntity, vandaag: string) => Promise<void>,
  ): Promise<BezwaarModel> {
    vereisUuid(id, 'bezwaarId');
    const vandaag = datumVan(this.klok());
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const bezwaar = await manager.findOne(BezwaarEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (bezwaar === null) throw new DomainError('NIET_GEVONDEN', 'Dit bezwaar bestaat niet in uw gemeente(n).', 'bezwaarId');
      await werk(manager, bezwaar, vandaag);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: bezwaar.persoonSleutel, gemeente: bezwaar.gemeente });
      return this.model(manager, bezwaar, vandaag);
    });
  }

  private async model(manager: EntityManager, bezwaar: BezwaarEntity, vandaag: string): Promise<BezwaarModel> {
    const besluit = await manager.findOneOrFail(BesluitEntity, { where: { id: bezwaar.besluitId } });
    const beslissing = bezwaar.beslissingBesluitId === null ? null : await manager.findOne(BesluitEntity, { where: { id: bezwaar.beslissingBesluitId } });
    const brieven = await this.brieven.voorZaak(manager, bezwaar.id);
    return {
      id: bezwaar.id,
      besluitId: bezwaar.besluitId,
      gemeente: bezwaar.gemeente,
      indiener: bezwaar.indiener,
      ontvangenOp: bezwaar.ontvangenOp,
      bezwaartermijnUiterlijk: besluit.bezwaarUiterlijk ?? '',
      tijdigheid: bezwaar.tijdigheid,
      gronden: bezwaar.gronden,
      status: bezwaar.status,
      beslisUiterlijk: bezwaar.beslisUiterlijk,
      beslistermijnVerstreken: (beslissing?.bekendgemaaktOp ?? vandaag) > bezwaar.beslisUiterlijk,
      adviesDatum: bezwaar.adviesDatum,
      adviesStrekking: bezwaar.adviesStrekking,
      uitkomst: bezwaar.uitkomst,
      beslissing: beslissing === null ? null : naarBesluit(beslissing),
      brieven: brieven.map(naarBriefSamenvatting),
    };
  }
}
