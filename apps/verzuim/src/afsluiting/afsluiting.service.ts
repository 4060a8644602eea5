import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { AFSLUITREDEN_IN_WOORDEN, verzuimbriefGevraagdV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { leeftijdOp } from '@leerrecht/shared/util-kalender';
import { DUO_AFSLUITREDENEN, DUO_TOELICHTINGEN, type DuoAfsluitreden, type DuoToelichting } from '@leerrecht/verzuim/data-access-duo';
import { TAAK_OMSCHRIJVING, bewaartermijn, heeftToestemming } from '@leerrecht/verzuim/util-verzuimregels';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { BerichtEntity } from '../terugkoppeling/bericht.entity';
import { TerugkoppelingService, leerlingAanduiding, schrijfBericht } from '../terugkoppeling/terugkoppeling.service';
import { MeldingStatusService } from '../verzuimmelding/melding-status';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { actorNaam, actorVan, vereisUuid } from '../kern/actor';
import { stapdatum } from '../verzuimzaak/stapdatum';
import { legVast } from '../verzuimzaak/tijdlijn';
import { VerzuimzaakEntity } from '../verzuimzaak/verzuimzaak.entity';
import { ZaakTaakEntity } from '../verzuimzaak/zaak-taak.entity';
import { ZaakToestemmingEntity } from '../verzuimzaak/zaak-toestemming.entity';
import { laadZaak } from '../verzuimzaak/zaaktoegang';

const TOELICHTING_IN_WOORDEN: Record<DuoToelichting, string> = {
  'leerling-gezien-door-gemeente': 'de leerling is door de gemeente gezien',
  'actie-richting-leerling': 'er wordt actie ondernomen richting de leerling',
  'geen-actie-meer': 'er loopt geen actie meer',
};

export interface Betrokkene {
  ontvanger: string;
  /** Substantive feedback: only with consent of the parents or the youth from the consent age (000 art 6 lid 8). */
  inhoudelijk: boolean;
}

const EINDSTATUSSEN = ['afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'] as const;

/**
 * Closing a case and its meldingen (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4, 12): every
 * prescribed step done or explained, DUO's closure reason and explanation back to the source,
 * letters to the parents and (from the configured age) the youth, a "handled" notice to others —
 * substantive only with consent — and the retention that follows from the end of the processing.
 */
@Injectable()
export class AfsluitingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly terugkoppeling: TerugkoppelingService,
    private readonly status: MeldingStatusService,
    private readonly outbox: OutboxWriter,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async sluit(
    invoer: { zaakId: string; afsluitreden: string; toelichting: string; datum?: string | null; betrokkenen?: Betrokkene[] | null },
    principal: Principal,
    request: RequestContext,
  ): Promise<{ zaak: VerzuimzaakEntity; berichten: BerichtEntity[]; brieven: string[] }> {
    vereisUuid(invoer.zaakId, 'zaakId');
    if (!(DUO_AFSLUITREDENEN as readonly string[]).includes(invoer.afsluitreden)) {
      throw new DomainError('ONGELDIGE_AFSLUITREDEN', 'De reden van afsluiten komt niet voor in de lijst van DUO.', 'afsluitreden');
    }
    if (!(DUO_TOELICHTINGEN as readonly string[]).includes(invoer.toelichting)) {
      throw new DomainError('ONGELDIGE_TOELICHTING', 'De toelichting komt niet voor in de lijst van DUO.', 'toelichting');
    }
    const afsluitreden = invoer.afsluitreden as DuoAfsluitreden;
    const toelichting = invoer.toelichting as DuoToelichting;
    const betrokkenen = (invoer.betrokkenen ?? []).map((b) => ({ ontvanger: b.ontvanger.trim(), inhoudelijk: b.inhoudelijk }));
    if (betrokkenen.some((b) => b.ontvanger === '' || b.ontvanger.length > 200) || betrokkenen.length > 20) {
      throw new DomainError('ONGELDIGE_BETROKKENE', 'Noem elke betrokkene met een naam of functie van hoogstens 200 tekens (hoogstens 20).', 'betrokkenen');
    }

    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await laadZaak(manager, invoer.zaakId, principal);
      if (zaak.status !== 'open') throw new DomainError('ZAAK_GESLOTEN', 'Deze zaak is al gesloten.', 'zaakId');
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const instructie = this.instructies.voorGemeente(zaak.gemeente);
      const regels = instructie.regels.verzuim;
      const wie = actorNaam(principal);

      // 000 art 2 lid 6: no closure while a prescribed step is neither done nor explained. The
      // feedback to the source is done by this closure itself.
      const open = await manager.find(ZaakTaakEntity, { where: { zaakId: zaak.id, status: 'open', soort: Not('terugkoppeling-melder') } });
      if (open.length > 0) {
        throw new DomainError(
          'OPEN_STAPPEN',
          `Nog niet uitgevoerd of uitgelegd: ${open.map((t) => TAAK_OMSCHRIJVING[t.soort]).join(', ')}. Voer de stap uit of leg uit waarom niet (000 art 2 lid 6).`,
          'zaakId',
        );
      }

      // Consent first: a refusal must change nothing.
      const toestemmingen = await manager.find(ZaakToestemmingEntity, { where: { zaakId: zaak.id, reikwijdte: 'inhoudelijke-terugkoppeling' } });
      const mag = heeftToestemming({ toestemmingen, peildatum: datum, vanafLeeftijd: regels.toestemmingJongereVanafLeeftijd.waarde });
      if (betrokkenen.some((b) => b.inhoudelijk) && !mag) {
        throw new DomainError(
          'TOESTEMMING_ONTBREEKT',
          `Inhoudelijke terugkoppeling aan anderen alleen met toestemming van de ouders of van de jongere vanaf ${regels.toestemmingJongereVanafLeeftijd.waarde} jaar (${regels.toestemmingJongereVanafLeeftijd.bron}).`,
          'betrokkenen',
        );
      }

      const meldingen = await manager.find(VerzuimmeldingEntity, { where: { zaakId: zaak.id, status: Not(In([...EINDSTATUSSEN])) }, order: { ontvangenOp: 'ASC' } });
      const eerste = meldingen[0] ?? (await manager.findOne(VerzuimmeldingEntity, { where: { zaakId: zaak.id }, order: { ontvangenOp: 'ASC' } }));
      const berichten: BerichtEntity[] = [];
      const redenTekst = `${AFSLUITREDEN_IN_WOORDEN[afsluitreden]}; ${TOELICHTING_IN_WOORDEN[toelichting]}`;
      for (const melding of meldingen) {
        await this.terugkoppeling.legVast(manager, melding, zaak, { status: 'afgesloten', acties: [], afsluitreden, toelichting, datum, wie });
        await this.status.wijzig(manager, melding, 'afgesloten', { afsluitreden, toelichting, op: this.klok(), actor: actorVan(principal), correlationId: request.trace.traceId });
        // 001 §3.2, 003 art 6 lid 4 a: the reporter in writing; a non-funded school has no ROD, so always.
        if (regels.afsluitberichten.waarde.melderSchriftelijk || melding.kanaal === 'papier') {
          const ontvanger = `${melding.melder?.naam ?? 'de directeur'}, school ${melding.schoolBrin}`;
          berichten.push(await this.bericht(manager, zaak, melding, ontvanger, false, datum, wie, mag ? redenTekst : null));
        }
      }
      for (const betrokkene of betrokkenen) {
        if (eerste === null) break;
        berichten.push(await this.bericht(manager, zaak, eerste, betrokkene.ontvanger, betrokkene.inhoudelijk, datum, wie, betrokkene.inhoudelijk ? redenTekst : null));
      }

      const brieven: string[] = [];
      const leeftijd = zaak.geboortedatum === null ? null : leeftijdOp(zaak.geboortedatum, datum);
      const afsluit = regels.afsluitberichten.waarde;
      // Parents are not involved once the youth is 18 (000 art 7; verzuim.md §13 rule 4).
      if (afsluit.ouders && (leeftijd === null || leeftijd < 18)) brieven.push('verzuim-afsluiting-ouders');
      if (leeftijd !== null && leeftijd >= afsluit.jongereVanafLeeftijd) brieven.push('verzuim-afsluiting-jongere');
      if (eerste !== null) {
        for (const soort of brieven as ('verzuim-afsluiting-ouders' | 'verzuim-afsluiting-jongere')[]) {
          await this.outbox.add(manager, verzuimbriefGevraagdV1, {
            gemeente: zaak.gemeente,
            subjectKey: zaak.persoonSleutel,
            classification: zaak.classificatie,
            correlationId: request.trace.traceId,
            actor: actorVan(principal),
            payload: {
              briefId: randomUUID(),
              soort,
              meldingId: eerste.id,
              zaakId: zaak.id,
              schoolBrin: eerste.schoolBrin,
              meldingsdatum: datumVan(eerste.ontvangenOp),
              afsluitreden,
              datum,
              kenmerk: `VZ-${zaak.id.slice(0, 8)}`,
              instructieVersie: instructie.versieSleutel,
            },
          });
        }
      }

      const bewaren = bewaartermijn({ classificatie: zaak.classificatie, geboortedatum: zaak.geboortedatum, soort: zaak.soort, geslotenOp: datum, regels: instructie.regels });
      await manager.update(VerzuimzaakEntity, { id: zaak.id }, {
        status: 'gesloten',
        geslotenOp: this.klok(),
        afsluitreden,
        afsluittoelichting: toelichting,
        bewarenTot: bewaren.bewaarTot,
        bewaartermijnGrondslag: bewaren.grondslag,
      });
      await manager.update(VerzuimmeldingEntity, { zaakId: zaak.id }, { bewarenTot: bewaren.bewaarTot, bewaartermijnGrondslag: bewaren.grondslag });
      await legVast(manager, zaak, {
        soort: 'zaak-gesloten',
        omschrijving: `Zaak gesloten: ${AFSLUITREDEN_IN_WOORDEN[afsluitreden]}; brieven: ${brieven.length === 0 ? 'geen' : brieven.join(', ')}; berichten: ${berichten.length}`,
        datum,
        actor: wie,
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return { zaak: await manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } }), berichten, brieven };
    });
  }

  private async bericht(
    manager: EntityManager,
    zaak: VerzuimzaakEntity,
    melding: VerzuimmeldingEntity,
    ontvanger: string,
    inhoudelijk: boolean,
    datum: string,
    wie: string,
    inhoud: string | null,
  ): Promise<BerichtEntity> {
    const vanaf = this.instructies.voorGemeente(zaak.gemeente).regels.verzuim.toestemmingJongereVanafLeeftijd.waarde;
    const kenmerk = `VZ-${melding.id.slice(0, 8)}`;
    const tekst = schrijfBericht(this.instructies, zaak.gemeente, 'verzuimAfhandelingsbericht', {
      ontvanger,
      datum,
      kenmerk,
      meldingsdatum: datumVan(melding.ontvangenOp),
      leerlingAanduiding: leerlingAanduiding(melding),
      inhoud:
        inhoudelijk && inhoud !== null
          ? `De melding is afgesloten: ${inhoud}.`
          : `Inhoudelijke informatie over de afhandeling geven wij alleen met toestemming van de ouders of van de leerling vanaf ${vanaf} jaar.`,
    });
    const bericht = manager.create(BerichtEntity, {
      gemeente: zaak.gemeente,
      zaakId: zaak.id,
      meldingId: melding.id,
      soort: 'afhandelingsbericht',
      ontvanger,
      inhoudelijk: inhoudelijk && inhoud !== null,
      kenmerk,
      tekst,
      datum,
      verzondenDoor: wie,
      instructieVersie: this.instructies.voorGemeente(zaak.gemeente).versieSleutel,
    });
    return manager.save(bericht);
  }
}
