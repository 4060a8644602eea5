import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';

import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, type DossierGrond } from '@leerrecht/shared/util-instructie';
import { BriefEntity } from '../absoluut-verzuim/brief.entity';
import { InschrijvingEntity } from '../inschrijving/inschrijving.entity';
import { naarModel } from '../inschrijving/inschrijving.mapper';
import { DossierMeldingEntity } from './dossier-melding.entity';
import { DossierMeldingHistorieEntity } from './dossier-melding-historie.entity';
import { DossierAantekeningEntity } from './dossier-aantekening.entity';
import { controleerAantekening, type NieuweAantekening } from './dossier-velden';
import { PlichtstatusService } from './plichtstatus.service';
import { VerhuisoverdrachtEntity } from '../brp/verhuisoverdracht.entity';
import { vindLeerlingMetDossier, zorgVoorDossier, zorgVoorLeerling } from './leerling.repository';
import { LeerlingdossierEntity } from './leerlingdossier.entity';
import type { DossierMeldingStatusModel, LeerlingdossierModel } from './models/leerlingdossier.model';

export interface AantekeningInvoer extends NieuweAantekening {
  bsn: string;
  gemeente: string;
  inhoud: string;
}

@Injectable()
export class LeerlingdossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly plichtstatus: PlichtstatusService,
  ) {}

  /**
   * Records an entry in the dossier with its provenance (who, when, source, source organisation).
   * Refused, and nothing stored: a field the instructie does not list, a guarded field before
   * ongeoorloofd verzuim is established (000 art 4 lid 2 m, n, o, v; 003 art 4 lid 2 m, n, o, t),
   * third-party information without its organisation, or a youth without a dossier.
   */
  async legAantekeningVast(invoer: AantekeningInvoer, principal: Principal, request: RequestContext, nu = new Date()): Promise<void> {
    vereisGeldigBsn(invoer.bsn);
    vereisGemeente(principal, invoer.gemeente);
    const inhoud = invoer.inhoud.trim();
    if (inhoud.length === 0 || inhoud.length > 20_000) throw new DomainError('ONGELDIGE_INHOUD', 'De inhoud is leeg of langer dan 20.000 tekens.', 'inhoud');
    await inTenantTransaction(this.dataSource, [invoer.gemeente], async (manager) => {
      const dossier = await this.dossierVan(manager, invoer.bsn);
      controleerAantekening(invoer, this.instructies.voorGemeente(invoer.gemeente), dossier.ongeoorloofdVerzuimVastgesteldOp);
      await manager.insert(DossierAantekeningEntity, {
        gemeente: invoer.gemeente,
        dossierId: dossier.id,
        veld: invoer.veld,
        inhoud,
        bron: invoer.bron,
        bronOrganisatie: invoer.bronOrganisatie?.trim() || null,
        vastgelegdDoor: principal.id,
        vastgelegdOp: nu,
      });
      await this.verwerkingslog.leg(manager, request, principal, { bsn: invoer.bsn, gemeente: invoer.gemeente });
    });
  }

  /** The officer establishes ongeoorloofd schoolverzuim in the case; from then the guarded fields may be filled. */
  async stelOngeoorloofdVerzuimVast(bsn: string, gemeente: string, datum: string, principal: Principal, request: RequestContext): Promise<void> {
    vereisGeldigBsn(bsn);
    vereisDatum(datum, 'datum');
    vereisGemeente(principal, gemeente);
    await inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const dossier = await this.dossierVan(manager, bsn);
      dossier.ongeoorloofdVerzuimVastgesteldOp = datum;
      dossier.ongeoorloofdVerzuimVastgesteldDoor = principal.id;
      await manager.save(dossier);
      await this.verwerkingslog.leg(manager, request, principal, { bsn, gemeente });
    });
  }

  private async dossierVan(manager: EntityManager, bsn: string): Promise<LeerlingdossierEntity> {
    const leerling = await vindLeerlingMetDossier(manager, bsn);
    const dossier = leerling ? await manager.findOne(LeerlingdossierEntity, { where: { leerlingId: leerling.id } }) : null;
    if (dossier === null) {
      throw new DomainError('GEEN_DOSSIER', 'Deze jongere heeft in deze gemeente geen leerlingdossier; open het eerst op een grond uit de instructie.', 'bsn');
    }
    return dossier;
  }

  /**
   * Opens the dossier of a youth on a ground the gemeente's instructie allows (000 art 4 lid 1
   * "slechts"; 003 art 4 lid 1); a ground outside that list is refused and nothing is stored. An
   * existing dossier is returned as it is (its original ground stays).
   */
  async open(bsn: string, gemeente: string, reden: DossierGrond, principal: Principal, request: RequestContext, now = new Date()): Promise<LeerlingdossierModel> {
    vereisGeldigBsn(bsn);
    vereisGemeente(principal, gemeente);
    const instructie = this.instructies.voorGemeente(gemeente);
    const gronden = instructie.regels.dossier.gronden;
    if (!gronden.waarde.includes(reden)) {
      throw new DomainError('GROND_NIET_TOEGESTAAN', `Een dossier mag in deze gemeente alleen op een grond uit de instructie worden geopend (${gronden.bron}).`, 'reden');
    }
    await inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const leerling = await zorgVoorLeerling(manager, { gemeente, bsn, persoonSleutel: this.verwerkingslog.pseudoniem(bsn), bron: 'dossier' });
      await zorgVoorDossier(manager, { gemeente, leerlingId: leerling.id, reden, instructieVersie: instructie.versieSleutel, geopendOp: now });
      await this.verwerkingslog.leg(manager, request, principal, { bsn, gemeente, activiteit: 'leerlingdossier-bijwerken' });
    });
    const dossier = await this.vind(bsn, principal, request);
    if (!dossier) throw new Error('dossier verdween na openen');
    return dossier;
  }

  /**
   * The dossier of a youth, as far as the caller may see it: only in the caller's gemeenten
   * (row-level security) and without Wpg-classified entries unless the caller is authorised for
   * Wpg processing. The audit record is written in the same transaction; if it cannot be
   * stored, the read fails.
   */
  async vind(bsn: string, principal: Principal, request: RequestContext, nu = new Date()): Promise<LeerlingdossierModel | null> {
    vereisGeldigBsn(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      // After a move the old gemeente keeps a row without dossier: take the row that has the dossier.
      const leerling = await vindLeerlingMetDossier(manager, bsn);
      const dossier = leerling ? await manager.findOne(LeerlingdossierEntity, { where: { leerlingId: leerling.id } }) : null;
      const meldingen = dossier ? await manager.find(DossierMeldingEntity, { where: { dossierId: dossier.id }, order: { gemeldOp: 'ASC' } }) : [];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: leerling?.gemeente ?? null,
        reden: dossier ? null : 'geen-dossier-in-eigen-gemeenten',
      });
      if (!leerling || !dossier) {
        return null;
      }
      const inschrijvingen = await manager.find(InschrijvingEntity, { where: { leerlingId: leerling.id }, order: { ingeschrevenOp: 'ASC', id: 'ASC' } });
      const magWpg = heeftRol(principal, 'wpg-verwerking');
      const aantekeningen = await manager.find(DossierAantekeningEntity, { where: { dossierId: dossier.id }, order: { vastgelegdOp: 'ASC', id: 'ASC' } });
      const overdrachten = await manager.find(VerhuisoverdrachtEntity, { where: { dossierId: dossier.id }, order: { createdAt: 'ASC' } });
      const zichtbaar = meldingen.filter((melding) => magWpg || melding.classificatie !== 'Wpg');
      const historie = await this.historieVan(manager, zichtbaar.map((m) => m.meldingId), magWpg);
      const brieven = await manager.find(BriefEntity, { where: { leerlingId: leerling.id }, order: { verzondenOp: 'ASC', createdAt: 'ASC' } });
      // Letters about a Wpg case are Wpg data: hidden and counted like the meldingen (privacy-retentie.md §2).
      const zichtbareBrieven = brieven.filter((brief) => magWpg || brief.classificatie !== 'Wpg');
      return {
        id: dossier.id,
        gemeente: dossier.gemeente,
        bsn: leerling.bsn,
        reden: dossier.reden,
        instructieVersie: dossier.instructieVersie,
        geopendOp: dossier.geopendOp,
        verborgenWpgMeldingen: meldingen.length - zichtbaar.length,
        verborgenWpgBrieven: brieven.length - zichtbareBrieven.length,
        plichtstatus: await this.plichtstatus.voor(manager, leerling, nu),
        ongeoorloofdVerzuimVastgesteldOp: dossier.ongeoorloofdVerzuimVastgesteldOp,
        aantekeningen: aantekeningen.map((a) => ({
          id: a.id,
          veld: a.veld,
          inhoud: a.inhoud,
          bron: a.bron,
          bronOrganisatie: a.bronOrganisatie,
          vastgelegdDoor: a.vastgelegdDoor,
          vastgelegdOp: a.vastgelegdOp,
        })),
        overdrachten: overdrachten.map((o) => ({ id: o.id, vanGemeente: o.vanGemeente, verhuisdOp: o.verhuisdOp, status: o.status })),
        inschrijvingen: inschrijvingen.map(naarModel),
        meldingen: zichtbaar.map((melding) => ({
          meldingId: melding.meldingId,
          schoolBrin: melding.schoolBrin,
          verzuimsoort: melding.verzuimsoort,
          beginDatum: melding.beginDatum,
          status: melding.status,
          classificatie: melding.classificatie,
          bron: melding.bronService,
          gemeldOp: melding.gemeldOp,
          historie: historie.get(melding.meldingId) ?? [],
        })),
        brieven: zichtbareBrieven.map((brief) => ({
          id: brief.id,
          soort: brief.soort,
          aan: brief.geadresseerden.map((g) => g.naam),
          verzondenOp: brief.verzondenOp,
          kenmerk: brief.kenmerk,
          tekst: brief.tekst,
          meldingId: brief.meldingId,
          classificatie: brief.classificatie,
        })),
      };
    });
  }

  /**
   * The history of the visible meldingen, oldest first, per melding (verzuim.md §5). A Wpg-classified
   * step stays hidden from a caller without Wpg authorisation, like a Wpg melding itself.
   */
  private async historieVan(manager: EntityManager, meldingIds: readonly string[], magWpg: boolean): Promise<Map<string, DossierMeldingStatusModel[]>> {
    const perMelding = new Map<string, DossierMeldingStatusModel[]>();
    if (meldingIds.length === 0) return perMelding;
    const rijen = await manager.find(DossierMeldingHistorieEntity, { where: { meldingId: In([...meldingIds]) }, order: { op: 'ASC', createdAt: 'ASC' } });
    for (const rij of rijen) {
      if (!magWpg && rij.classificatie === 'Wpg') continue;
      const lijst = perMelding.get(rij.meldingId) ?? [];
      lijst.push({ status: rij.status, afsluitreden: rij.afsluitreden, toelichting: rij.toelichting, op: rij.op });
      perMelding.set(rij.meldingId, lijst);
    }
    return perMelding;
  }
}
