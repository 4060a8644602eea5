import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, type DossierGrond } from '@leerrecht/shared/util-instructie';
import { InschrijvingEntity } from '../inschrijving/inschrijving.entity';
import { naarModel } from '../inschrijving/inschrijving.mapper';
import { DossierMeldingEntity } from './dossier-melding.entity';
import { zorgVoorDossier, zorgVoorLeerling } from './leerling.repository';
import { LeerlingEntity } from './leerling.entity';
import { LeerlingdossierEntity } from './leerlingdossier.entity';
import type { LeerlingdossierModel } from './models/leerlingdossier.model';

@Injectable()
export class LeerlingdossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
  ) {}

  /**
   * Opens the dossier of a youth on a ground the gemeente's instructie allows (000 art 4 lid 1
   * "slechts"; 003 art 4 lid 1); a ground outside that list is refused and nothing is stored. An
   * existing dossier is returned as it is (its original ground stays).
   */
  async open(bsn: string, gemeente: string, reden: DossierGrond, principal: Principal, request: RequestContext, now = new Date()): Promise<LeerlingdossierModel> {
    vereisGeldigBsn(bsn);
    if (!principal.gemeenten.includes(gemeente)) {
      throw new DomainError('GEMEENTE_NIET_TOEGESTAAN', 'U werkt niet voor deze gemeente.', 'gemeente');
    }
    const instructie = this.instructies.voorGemeente(gemeente);
    const gronden = instructie.regels.dossier.gronden;
    if (!gronden.waarde.includes(reden)) {
      throw new DomainError('GROND_NIET_TOEGESTAAN', `Een dossier mag in deze gemeente alleen op een grond uit de instructie worden geopend (${gronden.bron}).`, 'reden');
    }
    await inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const leerling = await zorgVoorLeerling(manager, { gemeente, bsn, persoonSleutel: this.verwerkingslog.pseudoniem(bsn) });
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
  async vind(bsn: string, principal: Principal, request: RequestContext): Promise<LeerlingdossierModel | null> {
    vereisGeldigBsn(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const leerling = await manager.findOne(LeerlingEntity, { where: { bsn } });
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
      const zichtbaar = meldingen.filter((melding) => magWpg || melding.classificatie !== 'Wpg');
      return {
        id: dossier.id,
        gemeente: dossier.gemeente,
        bsn: leerling.bsn,
        reden: dossier.reden,
        instructieVersie: dossier.instructieVersie,
        geopendOp: dossier.geopendOp,
        verborgenWpgMeldingen: meldingen.length - zichtbaar.length,
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
        })),
      };
    });
  }
}
