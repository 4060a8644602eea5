import type { EntityManager } from 'typeorm';
import type { Adres } from '../leerlingdossier/leerling.entity';

/** One person as the administration stores it from the BRP (administratie.md §7 `Persoon`, `Ouder`). */
export interface PersoonRij {
  bsn: string;
  persoonSleutel: string;
  geboortedatum: string;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  geslacht: 'M' | 'V' | 'O' | null;
  geboorteplaats: string | null;
  adres: Adres | null;
  ingezetene: boolean;
  inPopulatie: boolean;
  overledenOp: string | null;
  ouders: {
    bsn: string | null;
    voornamen: string | null;
    voorvoegsel: string | null;
    geslachtsnaam: string | null;
    geslacht: 'M' | 'V' | 'O' | null;
    heeftGezag: boolean;
  }[];
}

const S = 'leerlingenadministratie';

/**
 * Writes a batch of BRP persons of one gemeente in two statements (set-based, so the initial
 * load of a region stays a matter of seconds): persons in the population are inserted or
 * updated; persons outside it are only updated when already known (they left the age range,
 * died or moved) and never inserted (data minimisation, 000 art 3 lid 2). A known youth who
 * comes back is no longer marked as moved. Parents are replaced by what the BRP says now.
 * Returns the leerling id per BSN for the rows written.
 */
export async function schrijfPersonen(manager: EntityManager, gemeente: string, rijen: readonly PersoonRij[], nu: Date): Promise<Map<string, string>> {
  if (rijen.length === 0) return new Map();
  const json = JSON.stringify(
    rijen.map((r) => ({
      bsn: r.bsn,
      persoon_sleutel: r.persoonSleutel,
      geboortedatum: r.geboortedatum,
      voornamen: r.voornamen,
      voorvoegsel: r.voorvoegsel,
      geslachtsnaam: r.geslachtsnaam,
      geslacht: r.geslacht,
      geboorteplaats: r.geboorteplaats,
      adres: r.adres,
      ingezetene: r.ingezetene,
      in_populatie: r.inPopulatie,
      overleden_op: r.overledenOp,
    })),
  );
  const geschreven: { id: string; bsn: string }[] = await manager.query(
    `INSERT INTO ${S}.leerling AS l (gemeente, bsn, persoon_sleutel, geboortedatum, voornamen, voorvoegsel, geslachtsnaam, geslacht,
        geboorteplaats, adres, ingezetene, in_populatie, overleden_op, brp_bijgewerkt_op, bron)
     SELECT $1, r.bsn, r.persoon_sleutel, r.geboortedatum, r.voornamen, r.voorvoegsel, r.geslachtsnaam, r.geslacht,
        r.geboorteplaats, r.adres, r.ingezetene, r.in_populatie, r.overleden_op, $3, 'brp'
     FROM jsonb_to_recordset($2::jsonb) AS r(bsn text, persoon_sleutel text, geboortedatum date, voornamen text, voorvoegsel text,
        geslachtsnaam text, geslacht text, geboorteplaats text, adres jsonb, ingezetene boolean, in_populatie boolean, overleden_op date)
     WHERE r.in_populatie OR EXISTS (SELECT 1 FROM ${S}.leerling k WHERE k.gemeente = $1 AND k.bsn = r.bsn)
     ON CONFLICT (gemeente, bsn) DO UPDATE SET
        geboortedatum = EXCLUDED.geboortedatum, voornamen = EXCLUDED.voornamen, voorvoegsel = EXCLUDED.voorvoegsel,
        geslachtsnaam = EXCLUDED.geslachtsnaam, geslacht = EXCLUDED.geslacht, geboorteplaats = EXCLUDED.geboorteplaats,
        adres = EXCLUDED.adres, ingezetene = EXCLUDED.ingezetene, in_populatie = EXCLUDED.in_populatie,
        overleden_op = EXCLUDED.overleden_op, brp_bijgewerkt_op = EXCLUDED.brp_bijgewerkt_op,
        verhuisd_naar = CASE WHEN EXCLUDED.ingezetene THEN NULL ELSE l.verhuisd_naar END,
        verhuisd_op = CASE WHEN EXCLUDED.ingezetene THEN NULL ELSE l.verhuisd_op END,
        updated_at = now()
     RETURNING l.id, l.bsn`,
    [gemeente, json, nu],
  );
  const ids = new Map(geschreven.map((rij) => [rij.bsn, rij.id]));
  if (ids.size === 0) return ids;

  const ouders = rijen.flatMap((r) => {
    const leerlingId = ids.get(r.bsn);
    if (leerlingId === undefined) return [];
    return r.ouders.map((o, index) => ({
      leerling_id: leerlingId,
      volgorde: index + 1,
      bsn: o.bsn,
      voornamen: o.voornamen,
      voorvoegsel: o.voorvoegsel,
      geslachtsnaam: o.geslachtsnaam,
      geslacht: o.geslacht,
      heeft_gezag: o.heeftGezag,
    }));
  });
  await manager.query(`DELETE FROM ${S}.ouder WHERE leerling_id = ANY($1::uuid[])`, [[...ids.values()]]);
  if (ouders.length > 0) {
    await manager.query(
      `INSERT INTO ${S}.ouder (gemeente, leerling_id, volgorde, bsn, voornamen, voorvoegsel, geslachtsnaam, geslacht, heeft_gezag)
       SELECT $1, o.leerling_id, o.volgorde, o.bsn, o.voornamen, o.voorvoegsel, o.geslachtsnaam, o.geslacht, o.heeft_gezag
       FROM jsonb_to_recordset($2::jsonb) AS o(leerling_id uuid, volgorde smallint, bsn text, voornamen text, voorvoegsel text,
          geslachtsnaam text, geslacht text, heeft_gezag boolean)`,
      [gemeente, JSON.stringify(ouders)],
    );
  }
  return ids;
}
