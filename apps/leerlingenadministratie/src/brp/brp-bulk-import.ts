import type { DataSource } from 'typeorm';
import { leesBrpBulkbestand } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import type { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { naarPersoonRij } from './brp-mutatie.verwerking';
import { schrijfPersonen, type PersoonRij } from './populatie.repository';

export interface BulkImportOpties {
  bestand: string;
  /** CBS codes to load; persons registered elsewhere in the file are skipped. */
  gemeenten: readonly string[];
  peildatum: string;
  pseudoniemSleutel: string;
  /** Rows per transaction; one transaction per batch keeps memory flat and progress durable. */
  batch?: number;
}

export interface BulkImportResultaat {
  gelezen: number;
  inPopulatie: number;
  buitenPopulatie: number;
  andereGemeente: number;
  /** Line numbers of unreadable lines (never their content). */
  fouten: { regel: number; reden: string }[];
  duurMs: number;
}

/**
 * The initial load of the population from a BRP bulk file (NDJSON of Haal Centraal persons;
 * koppelingen.md §2.7): each person goes through the same population filter as a mutation
 * (Lpw art 19; administratie.populatieLeeftijd), is written set-based in batches, and every
 * person stored gets its line in the Logboek Dataverwerkingen (actor: systeem). Re-running the
 * same file changes nothing but the timestamps.
 */
export async function importeerBrpBulkbestand(dataSource: DataSource, instructies: InstructieRegister, opties: BulkImportOpties): Promise<BulkImportResultaat> {
  const start = performance.now();
  const batchGrootte = opties.batch ?? 5000;
  const audit = new AuditWriter();
  const resultaat: BulkImportResultaat = { gelezen: 0, inPopulatie: 0, buitenPopulatie: 0, andereGemeente: 0, fouten: [], duurMs: 0 };
  const wachtrij = new Map<string, PersoonRij[]>(opties.gemeenten.map((g) => [g, []]));
  const leeftijden = new Map(opties.gemeenten.map((g) => [g, instructies.voorGemeente(g).regels.administratie.populatieLeeftijd.waarde]));

  const schrijf = async (gemeente: string): Promise<void> => {
    const rijen = wachtrij.get(gemeente) ?? [];
    if (rijen.length === 0) return;
    wachtrij.set(gemeente, []);
    await inTenantTransaction(dataSource, [gemeente], async (manager) => {
      const ids = await schrijfPersonen(manager, gemeente, rijen, new Date());
      const geschreven = rijen.filter((r) => ids.has(r.bsn)).map((r) => r.persoonSleutel);
      await audit.recordVoorBetrokkenen(
        manager,
        {
          traceId: 'brp-bulk-import',
          spanId: 'brp-bulk-import',
          service: 'leerlingenadministratie',
          operatie: 'brp-bulk-import',
          verwerkingsactiviteit: 'brp-bijhouden',
          gemeente,
          actor: { type: 'systeem', id: 'brp-bulk-import', rollen: [], gemeenten: [gemeente] },
          status: 'toegestaan',
        },
        geschreven,
      );
    });
  };

  for await (const regel of leesBrpBulkbestand(opties.bestand)) {
    resultaat.gelezen++;
    if ('fout' in regel) {
      resultaat.fouten.push({ regel: regel.regel, reden: regel.fout });
      continue;
    }
    const persoon = regel.persoon;
    const leeftijd = leeftijden.get(persoon.gemeenteVanInschrijving);
    if (leeftijd === undefined) {
      resultaat.andereGemeente++;
      continue;
    }
    const gemeente = persoon.gemeenteVanInschrijving;
    const rij = naarPersoonRij(persoon, pseudonimiseerBsn(persoon.bsn, opties.pseudoniemSleutel), gemeente, leeftijd, opties.peildatum);
    if (rij.inPopulatie) resultaat.inPopulatie++;
    else resultaat.buitenPopulatie++;
    const lijst = wachtrij.get(gemeente) ?? [];
    lijst.push(rij);
    wachtrij.set(gemeente, lijst);
    if (lijst.length >= batchGrootte) await schrijf(gemeente);
  }
  for (const gemeente of opties.gemeenten) await schrijf(gemeente);
  resultaat.duurMs = Math.round(performance.now() - start);
  return resultaat;
}
