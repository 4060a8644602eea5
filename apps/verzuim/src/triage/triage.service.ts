import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { vereisUitleg } from '@leerrecht/verzuim/util-verzuimregels';
import { KLOK, type Klok } from '../kern/kern.module';
import { vertaalRegelfout } from '../kern/regelfout';
import { TerugkoppelingService } from '../terugkoppeling/terugkoppeling.service';
import { behandelaarVoor } from '../toewijzing/toewijzing.repository';
import { MeldingStatusService } from '../verzuimmelding/melding-status';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { actorNaam, actorVan, vereisUuid } from '../kern/actor';
import { sluitAlsNietsMeerLoopt } from '../verzuimzaak/administratieve-sluiting';
import { stapdatum } from '../verzuimzaak/stapdatum';
import { legVast } from '../verzuimzaak/tijdlijn';
import { VerzuimzaakEntity } from '../verzuimzaak/verzuimzaak.entity';

export type Triage = 'ZELF_AFHANDELEN' | 'DOORZETTEN';

/**
 * The administration's screening of new meldingen where the instructie asks for it (000 art 3 lid
 * 9): handle it itself — the melding is taken for notice (koppelingen §1.4: Ter kennisgeving
 * aangenomen) and the case closes with the reason written down — or forward it to an officer.
 * Works on intake fields only, so it is also open for Wpg meldingen (privacy-retentie.md §2.2 rule 6).
 */
@Injectable()
export class TriageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly terugkoppeling: TerugkoppelingService,
    private readonly status: MeldingStatusService,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async lijst(gemeente: string, principal: Principal, request: RequestContext): Promise<{ zaak: VerzuimzaakEntity; meldingen: VerzuimmeldingEntity[] }[]> {
    vereisGemeente(principal, gemeente);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaken = await manager.find(VerzuimzaakEntity, { where: { gemeente, status: 'open', triage: 'te-beoordelen' }, order: { geopendOp: 'ASC' }, take: 500 });
      const meldingen = zaken.length === 0 ? [] : await manager.find(VerzuimmeldingEntity, { where: { zaakId: In(zaken.map((z) => z.id)) }, order: { ontvangenOp: 'ASC' } });
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, zaken.map((z) => z.persoonSleutel));
      return zaken.map((zaak) => ({ zaak, meldingen: meldingen.filter((m) => m.zaakId === zaak.id) }));
    });
  }

  async beoordeel(
    invoer: { zaakId: string; uitkomst: Triage; toelichting?: string | null; behandelaar?: string | null; datum?: string | null },
    principal: Principal,
    request: RequestContext,
  ): Promise<VerzuimzaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await manager.findOne(VerzuimzaakEntity, { where: { id: invoer.zaakId } });
      if (zaak === null) throw new DomainError('NIET_GEVONDEN', 'Geen verzuimzaak met dit id in uw gemeenten.', 'zaakId');
      if (zaak.triage !== 'te-beoordelen' || zaak.status !== 'open') {
        throw new DomainError('GEEN_TRIAGE', 'Deze zaak wacht niet op beoordeling door de administratie.', 'zaakId');
      }
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const wie = actorNaam(principal);
      if (invoer.uitkomst === 'DOORZETTEN') {
        const behandelaar = invoer.behandelaar?.trim() || (await behandelaarVoor(manager, zaak.gemeente, await this.schoolVan(manager, zaak.id)));
        await manager.update(VerzuimzaakEntity, { id: zaak.id }, { triage: 'doorgezet', behandelaar: behandelaar ?? null });
        await legVast(manager, zaak, { soort: 'triage', omschrijving: `Doorgezet naar ${behandelaar ?? 'de leerplichtambtenaren (nog niet toegewezen)'}`, uitleg: invoer.toelichting?.trim() || null, datum, actor: wie });
      } else {
        // Handling it without the officer skips the prescribed contacts: the reason is required (000 art 2 lid 6).
        vertaalRegelfout(() => vereisUitleg(true, invoer.toelichting, 'toelichting'));
        const uitleg = (invoer.toelichting ?? '').trim();
        const meldingen = await manager.find(VerzuimmeldingEntity, { where: { zaakId: zaak.id, status: Not(In(['afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'])) } });
        for (const melding of meldingen) {
          await this.terugkoppeling.legVast(manager, melding, zaak, { status: 'ter-kennisgeving-aangenomen', acties: ['ter kennisgeving aangenomen door de administratie'], afsluitreden: null, toelichting: null, datum, wie });
          await this.status.wijzig(manager, melding, 'ter-kennisgeving-aangenomen', { op: this.klok(), actor: actorVan(principal), correlationId: request.trace.traceId });
        }
        await manager.update(VerzuimzaakEntity, { id: zaak.id }, { triage: 'zelf-afgehandeld' });
        await legVast(manager, zaak, { soort: 'triage', omschrijving: 'Zelf afgehandeld door de administratie (000 art 3 lid 9)', uitleg, afwijkingMas: true, datum, actor: wie });
        await sluitAlsNietsMeerLoopt(manager, zaak, { reden: 'ter-kennisgeving-aangenomen', uitleg, datum, op: this.klok(), actor: wie, instructies: this.instructies });
      }
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } });
    });
  }

  /** Assign or reassign an open case to an officer (coördinator, administration). */
  async wijsToe(invoer: { zaakId: string; behandelaar: string }, principal: Principal, request: RequestContext): Promise<VerzuimzaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    const behandelaar = invoer.behandelaar.trim();
    if (!/^[a-z0-9._-]{2,64}$/i.test(behandelaar)) throw new DomainError('ONGELDIGE_BEHANDELAAR', 'Geef de gebruikersnaam van de leerplichtambtenaar.', 'behandelaar');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await manager.findOne(VerzuimzaakEntity, { where: { id: invoer.zaakId, status: 'open' } });
      if (zaak === null) throw new DomainError('NIET_GEVONDEN', 'Geen open verzuimzaak met dit id in uw gemeenten.', 'zaakId');
      await manager.update(VerzuimzaakEntity, { id: zaak.id }, { behandelaar, triage: zaak.triage === 'te-beoordelen' ? 'doorgezet' : zaak.triage });
      await legVast(manager, zaak, { soort: 'toewijzing', omschrijving: `Toegewezen aan ${behandelaar}`, datum: stapdatum(null, zaak, this.klok()), actor: actorNaam(principal) });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } });
    });
  }

  private async schoolVan(manager: EntityManager, zaakId: string): Promise<string | null> {
    const melding = await manager.findOne(VerzuimmeldingEntity, { where: { zaakId }, order: { ontvangenOp: 'ASC' } });
    return melding?.schoolBrin ?? null;
  }
}
