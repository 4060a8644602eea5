import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { leesImportbestand, type ImportDossier, type ImportFout, type ImportInschrijving, type ImportPersoon, type Importsoort } from '@leerrecht/leerlingenadministratie/util-import';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { InschrijvingEntity } from '../inschrijving/inschrijving.entity';
import { LeerlingEntity } from '../leerlingdossier/leerling.entity';
import { zorgVoorDossier } from '../leerlingdossier/leerling.repository';
import { bekendeScholen } from '../school/school.register';

/** A refused row: validation codes of util-import plus the storage codes of this service. */
export type ImportRijFout = Omit<ImportFout, 'code'> & { code: string };

export interface ImportUitkomst {
  opgeslagen: number;
  /** Rows already present (a re-run of the same file changes nothing). */
  alAanwezig: number;
  fouten: ImportRijFout[];
}

/** Refusal of one row while storing it; the row is rolled back to its savepoint. */
class RijFout extends Error {
  constructor(
    readonly code: string,
    readonly veld: string,
    readonly reden: string,
  ) {
    super(reden);
  }
}

/** Largest file accepted through the API; bigger migrations are split per soort and gemeente. */
export const MAX_IMPORT_TEKENS = 5_000_000;

/**
 * Import from the incumbent system's CSV export (JVS; koppelingen.md §17; docs/import.md). Every
 * row is validated first (util-import); the good rows are stored in one transaction, each behind
 * its own savepoint, so a row that fails while storing (unknown person, already enrolled) is
 * reported with its line number and leaves nothing behind, while the other rows stay.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  async importeer(soort: Importsoort, tekst: string, principal: Principal, request: RequestContext, nu = new Date()): Promise<ImportUitkomst> {
    if (tekst.length > MAX_IMPORT_TEKENS) throw new DomainError('BESTAND_TE_GROOT', `Het bestand is groter dan ${MAX_IMPORT_TEKENS} tekens; splits het per gemeente.`, 'inhoud');
    const gemeenten = principal.gemeenten.filter((g) => this.instructies.gemeenten().includes(g));
    if (gemeenten.length === 0) throw new DomainError('GEMEENTE_NIET_TOEGESTAAN', 'U werkt niet voor een gemeente van dit centrum.', 'gemeente');
    return inTenantTransaction(this.dataSource, gemeenten, async (manager) => {
      const scholen = await bekendeScholen(manager);
      const resultaat = leesImportbestand(tekst, soort, {
        gemeenten: new Set(gemeenten),
        bestaandeSchool: (brin, locatie) => (locatie === undefined ? [...scholen].some((s) => s.startsWith(`${brin}|`)) : scholen.has(`${brin}|${locatie}`)),
        dossierGronden: (gemeente) => this.instructies.voorGemeente(gemeente).regels.dossier.gronden.waarde,
        vandaag: nu.toISOString().slice(0, 10),
      });
      const fouten: ImportRijFout[] = [...resultaat.fouten];
      const betrokkenen = new Map<string, string[]>();
      let opgeslagen = 0;
      let alAanwezig = 0;
      for (const { regel, waarde } of resultaat.rijen) {
        await manager.query('SAVEPOINT importrij');
        try {
          const { nieuw, leerling } = await this.slaOp(manager, soort, waarde, principal);
          await manager.query('RELEASE SAVEPOINT importrij');
          if (nieuw) opgeslagen++;
          else alAanwezig++;
          betrokkenen.set(leerling.gemeente, [...(betrokkenen.get(leerling.gemeente) ?? []), leerling.persoonSleutel]);
        } catch (fout) {
          await manager.query('ROLLBACK TO SAVEPOINT importrij');
          if (!(fout instanceof RijFout)) throw fout;
          fouten.push({ regel, veld: fout.veld, code: fout.code, reden: fout.reden });
        }
      }
      for (const [gemeente, sleutels] of betrokkenen) {
        await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, sleutels);
      }
      fouten.sort((a, b) => a.regel - b.regel);
      return { opgeslagen, alAanwezig, fouten };
    });
  }

  private slaOp(manager: EntityManager, soort: Importsoort, waarde: ImportPersoon | ImportInschrijving | ImportDossier, principal: Principal): Promise<{ nieuw: boolean; leerling: LeerlingEntity }> {
    switch (soort) {
      case 'personen':
        return this.persoon(manager, waarde as ImportPersoon);
      case 'inschrijvingen':
        return this.inschrijving(manager, waarde as ImportInschrijving, principal);
      case 'dossiers':
        return this.dossier(manager, waarde as ImportDossier);
    }
  }

  /** A person from JVS; data the BRP already gave are kept (the BRP is leading), gaps are filled. */
  private async persoon(manager: EntityManager, p: ImportPersoon): Promise<{ nieuw: boolean; leerling: LeerlingEntity }> {
    const bestaand = await manager.findOne(LeerlingEntity, { where: { gemeente: p.gemeente, bsn: p.bsn } });
    if (bestaand !== null) {
      bestaand.geboortedatum ??= p.geboortedatum;
      bestaand.voornamen ??= p.voornamen;
      bestaand.voorvoegsel ??= p.voorvoegsel ?? null;
      bestaand.geslachtsnaam ??= p.geslachtsnaam;
      bestaand.geslacht ??= p.geslacht ?? null;
      return { nieuw: false, leerling: await manager.save(bestaand) };
    }
    const leerling = manager.create(LeerlingEntity, {
      gemeente: p.gemeente,
      bsn: p.bsn,
      persoonSleutel: this.verwerkingslog.pseudoniem(p.bsn),
      geboortedatum: p.geboortedatum,
      voornamen: p.voornamen,
      voorvoegsel: p.voorvoegsel ?? null,
      geslachtsnaam: p.geslachtsnaam,
      geslacht: p.geslacht ?? null,
      bron: 'import',
    });
    return { nieuw: true, leerling: await manager.save(leerling) };
  }

  private async bekendePersoon(manager: EntityManager, gemeente: string, bsn: string): Promise<LeerlingEntity> {
    const leerling = await manager.findOne(LeerlingEntity, { where: { gemeente, bsn } });
    if (leerling === null) throw new RijFout('PERSOON_ONBEKEND', 'bsn', 'De jongere is in deze gemeente niet bekend; importeer eerst de personen (of wacht op de BRP).');
    return leerling;
  }

  private async inschrijving(manager: EntityManager, i: ImportInschrijving, principal: Principal): Promise<{ nieuw: boolean; leerling: LeerlingEntity }> {
    const leerling = await this.bekendePersoon(manager, i.gemeente, i.bsn);
    const bestaand = await manager.findOne(InschrijvingEntity, { where: { leerlingId: leerling.id, brin: i.brin, ingeschrevenOp: i.datumInschrijving } });
    if (bestaand !== null) return { nieuw: false, leerling };
    if (i.datumUitschrijving === undefined) {
      const open = await manager.findOne(InschrijvingEntity, { where: { leerlingId: leerling.id, brin: i.brin, uitgeschrevenOp: IsNull() } });
      if (open !== null) throw new RijFout('AL_INGESCHREVEN', 'brin', 'De jongere staat al ingeschreven op deze school.');
    }
    await manager.insert(InschrijvingEntity, {
      gemeente: i.gemeente,
      leerlingId: leerling.id,
      brin: i.brin,
      onderwijssoort: i.onderwijssoort,
      ingeschrevenOp: i.datumInschrijving,
      uitgeschrevenOp: i.datumUitschrijving ?? null,
      bron: 'import',
      melderClientId: principal.clientId,
      instructieVersie: this.instructies.voorGemeente(i.gemeente).versieSleutel,
    });
    return { nieuw: true, leerling };
  }

  private async dossier(manager: EntityManager, d: ImportDossier): Promise<{ nieuw: boolean; leerling: LeerlingEntity }> {
    const leerling = await this.bekendePersoon(manager, d.gemeente, d.bsn);
    const had: { aantal: number }[] = await manager.query('SELECT count(*)::int AS aantal FROM leerlingenadministratie.leerlingdossier WHERE leerling_id = $1', [leerling.id]);
    if ((had[0]?.aantal ?? 0) > 0) return { nieuw: false, leerling };
    const dossier = await zorgVoorDossier(manager, {
      gemeente: d.gemeente,
      leerlingId: leerling.id,
      reden: d.reden,
      instructieVersie: this.instructies.voorGemeente(d.gemeente).versieSleutel,
      // Imported records keep their original dates (koppelingen.md §17).
      geopendOp: new Date(`${d.geopendOp}T00:00:00Z`),
    });
    dossier.bronKenmerk = d.kenmerkBron;
    await manager.save(dossier);
    return { nieuw: true, leerling };
  }
}
