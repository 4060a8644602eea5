import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, renderBrief } from '@leerrecht/shared/util-instructie';
import { datumInWoorden } from '@leerrecht/shared/util-kalender';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { MeldingStatusService } from '../verzuimmelding/melding-status';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { actorNaam, actorVan, vereisUuid } from '../kern/actor';
import { stapdatum } from '../verzuimzaak/stapdatum';
import { legVast } from '../verzuimzaak/tijdlijn';
import { VerzuimzaakEntity } from '../verzuimzaak/verzuimzaak.entity';
import { ZaakTaakEntity } from '../verzuimzaak/zaak-taak.entity';
import { WpgWeigering, magZaakInzien } from '../verzuimzaak/zaaktoegang';
import { BerichtEntity } from './bericht.entity';
import { TerugkoppelingEntity, type TerugkoppelingStatus } from './terugkoppeling.entity';

const ACTIE_MAX = 300;

/** A message to a school or professional, from the gemeente's template (instructie `brieven`). */
export function schrijfBericht(
  instructies: InstructieRegister,
  gemeente: string,
  sjabloon: 'verzuimTerugkoppelingSchool' | 'verzuimAfhandelingsbericht',
  waarden: { ontvanger: string; datum: string; kenmerk: string; meldingsdatum: string; leerlingAanduiding: string; acties?: string; inhoud?: string },
): string {
  const instructie = instructies.voorGemeente(gemeente);
  const brieven = instructie.regels.brieven;
  return renderBrief(brieven[sjabloon].waarde, {
    gemeenteNaam: instructie.gemeenteNaam,
    datum: datumInWoorden(waarden.datum),
    ontvanger: waarden.ontvanger,
    kenmerk: waarden.kenmerk,
    meldingsdatum: datumInWoorden(waarden.meldingsdatum),
    leerlingAanduiding: waarden.leerlingAanduiding,
    acties: waarden.acties ?? '',
    inhoud: waarden.inhoud ?? '',
    contactgegevens: `het team leerplicht van de gemeente ${instructie.gemeenteNaam}`,
    ondertekening: renderBrief(brieven.ondertekening.waarde, { gemeenteNaam: instructie.gemeenteNaam }),
    medewerkerNaam: 'Team Leerplicht',
    medewerkerFunctie: 'Leerplicht',
  });
}

/** How the school names the youth in a message back to it: its own words, or its own reference. */
export function leerlingAanduiding(melding: VerzuimmeldingEntity): string {
  return melding.leerlingNaam ?? `de leerling van uw melding ${melding.externId ?? melding.id.slice(0, 8)}`;
}

/**
 * The feedback to the source of a melding, "which actions are taken" (Lpw art 21a lid 6; 000 art 6
 * lid 1, art 7 lid 2; 003 art 6 lid 1 b), and the closure feedback. DUO ROD gets it through the
 * sending job; a non-funded school (paper) gets a letter at once (000 art 6 lid 1); a school system
 * reads it in its status query. Due a week after receipt; recorded late, it says so.
 */
@Injectable()
export class TerugkoppelingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly status: MeldingStatusService,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async koppelTerug(invoer: { meldingId: string; acties: string[]; datum?: string | null }, principal: Principal, request: RequestContext): Promise<TerugkoppelingEntity> {
    vereisUuid(invoer.meldingId, 'meldingId');
    const acties = invoer.acties.map((a) => a.trim()).filter((a) => a !== '');
    if (acties.length === 0 || acties.some((a) => a.length > ACTIE_MAX) || acties.length > 20) {
      throw new DomainError('ACTIES_ONGELDIG', `Noem ten minste één actie (hoogstens 20, elk hoogstens ${ACTIE_MAX} tekens).`, 'acties');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const melding = await manager.findOne(VerzuimmeldingEntity, { where: { id: invoer.meldingId } });
      if (melding === null || melding.zaakId === null) throw new DomainError('NIET_GEVONDEN', 'Geen melding met dit id in uw gemeenten.', 'meldingId');
      const zaak = await manager.findOneOrFail(VerzuimzaakEntity, { where: { id: melding.zaakId } });
      // privacy-retentie.md §2.2 rule 6: the administration may do the intake feedback of a Wpg melding.
      if (!magZaakInzien(principal, zaak) && !heeftRol(principal, 'administratief-medewerker')) throw new WpgWeigering(zaak);
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      this.status.vereisOvergang(melding, 'in-behandeling');
      const terugkoppeling = await this.legVast(manager, melding, zaak, { status: 'in-behandeling', acties, afsluitreden: null, toelichting: null, datum, wie: actorNaam(principal) });
      await this.status.wijzig(manager, melding, 'in-behandeling', { op: this.klok(), actor: actorVan(principal), correlationId: request.trace.traceId });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: melding.persoonSleutel, gemeente: melding.gemeente });
      return terugkoppeling;
    });
  }

  /**
   * Records one feedback and ends the melding's open feedback task. Shared with triage and closure.
   * Paper: the letter to the school is written now. DUO: queued for the sending job.
   */
  async legVast(
    manager: EntityManager,
    melding: VerzuimmeldingEntity,
    zaak: VerzuimzaakEntity,
    invoer: { status: TerugkoppelingStatus; acties: string[]; afsluitreden: string | null; toelichting: string | null; datum: string; wie: string },
  ): Promise<TerugkoppelingEntity> {
    const taak = await manager.findOne(ZaakTaakEntity, { where: { meldingId: melding.id, soort: 'terugkoppeling-melder', status: 'open' } });
    const eerdere = await manager.count(TerugkoppelingEntity, { where: { meldingId: melding.id } });
    const uiterlijk = eerdere === 0 ? (taak?.uiterlijk ?? null) : null;
    const terugkoppeling = await manager.save(
      manager.create(TerugkoppelingEntity, {
        gemeente: melding.gemeente,
        meldingId: melding.id,
        kanaal: melding.kanaal,
        status: invoer.status,
        acties: invoer.acties,
        afsluitreden: invoer.afsluitreden,
        toelichting: invoer.toelichting,
        uiterlijk,
        vastgelegdOp: this.klok(),
        vastgelegdDoor: invoer.wie,
        verzendstatus: melding.kanaal === 'duo' ? 'te-versturen' : 'verzonden',
        verzondenOp: melding.kanaal === 'duo' ? null : this.klok(),
        pogingen: 0,
        volgendePogingOp: null,
        weigerreden: null,
      }),
    );
    if (taak !== null) {
      await manager.update(ZaakTaakEntity, { id: taak.id }, { status: 'uitgevoerd', afgerondOp: invoer.datum, afgerondDoor: invoer.wie });
    }
    if (melding.kanaal === 'papier' && invoer.status === 'in-behandeling') {
      const kenmerk = `VZ-${melding.id.slice(0, 8)}`;
      await manager.insert(BerichtEntity, {
        gemeente: melding.gemeente,
        zaakId: zaak.id,
        meldingId: melding.id,
        soort: 'terugkoppeling-school',
        ontvanger: `${melding.melder?.naam ?? 'de directeur'}, school ${melding.schoolBrin}`,
        inhoudelijk: false,
        kenmerk,
        tekst: schrijfBericht(this.instructies, melding.gemeente, 'verzuimTerugkoppelingSchool', {
          ontvanger: `${melding.melder?.naam ?? 'de directeur'}, school ${melding.schoolBrin}`,
          datum: invoer.datum,
          kenmerk,
          meldingsdatum: datumVan(melding.ontvangenOp),
          leerlingAanduiding: leerlingAanduiding(melding),
          acties: invoer.acties.join('; '),
        }),
        datum: invoer.datum,
        verzondenDoor: invoer.wie,
        instructieVersie: this.instructies.voorGemeente(melding.gemeente).versieSleutel,
      });
    }
    const teLaat = uiterlijk !== null && invoer.datum > uiterlijk;
    const naar = melding.kanaal === 'duo' ? 'DUO (ROD)' : melding.kanaal === 'papier' ? 'de school (brief)' : 'het schoolsysteem';
    await legVast(manager, zaak, {
      soort: 'terugkoppeling',
      omschrijving: `Terugkoppeling aan ${naar}: ${invoer.status}${teLaat ? ` — te laat, termijn was ${uiterlijk}` : ''}`,
      datum: invoer.datum,
      actor: invoer.wie,
      meldingId: melding.id,
    });
    return terugkoppeling;
  }
}
