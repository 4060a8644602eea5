import type { EntityManager } from 'typeorm';
import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { bewaartermijn, type Zaaksoort } from '@leerrecht/verzuim/util-verzuimregels';
import { VerzuimzaakEntity, type Triage } from './verzuimzaak.entity';

export interface NieuweZaak {
  gemeente: string;
  bsn: string;
  persoonSleutel: string;
  geboortedatum: string | null;
  soort: Zaaksoort;
  triage: Triage;
  behandelaar: string | null;
  geopendOp: Date;
  absoluutProcedureId?: string | null;
}

/**
 * Opens a case as the gemeente's instructie says: its first MAS phase, its classification
 * (privacy.wpgGrens.verzuimzaak) and the retention that follows from it, the instructie version.
 * ON CONFLICT DO NOTHING: when the youth already has an open case of this kind (or this procedure
 * already has one) nothing is inserted and the result is null; a concurrent opening waits for the
 * first and then yields to it. Runs in the caller's tenant transaction.
 */
export async function openNieuweZaak(manager: EntityManager, instructie: GemeenteInstructie, zaak: NieuweZaak): Promise<VerzuimzaakEntity | null> {
  const classificatie = instructie.regels.privacy.wpgGrens.verzuimzaak.waarde;
  const bewaren = bewaartermijn({ classificatie, geboortedatum: zaak.geboortedatum, soort: zaak.soort, geslotenOp: null, regels: instructie.regels });
  const waarden: Omit<VerzuimzaakEntity, 'id' | 'createdAt' | 'updatedAt' | 'geslotenOp' | 'afsluitreden' | 'afsluittoelichting'> = {
    ...zaak,
    absoluutProcedureId: zaak.absoluutProcedureId ?? null,
    status: 'open',
    fase: instructie.regels.verzuim.fasen.waarde[0] ?? null,
    routes: [],
    besprokenInZat: false,
    ongeoorloofdVastgesteld: false,
    classificatie,
    vakantieregio: instructie.vakantieregio,
    instructieVersie: instructie.versieSleutel,
    bewarenTot: bewaren.bewaarTot,
    bewaartermijnGrondslag: bewaren.grondslag,
  };
  const ingevoegd = await manager.createQueryBuilder().insert().into(VerzuimzaakEntity).values(waarden).orIgnore().returning(['id', 'created_at', 'updated_at']).execute();
  const rij = (ingevoegd.raw as { id: string; created_at: Date; updated_at: Date }[])[0];
  // Everything about the new row is known here: no read back.
  return rij === undefined ? null : manager.create(VerzuimzaakEntity, { ...waarden, id: rij.id, geslotenOp: null, afsluitreden: null, afsluittoelichting: null, createdAt: rij.created_at, updatedAt: rij.updated_at });
}
