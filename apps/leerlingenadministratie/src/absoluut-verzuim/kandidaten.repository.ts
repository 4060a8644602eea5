import type { EntityManager } from 'typeorm';
import type { VrijstellingRij } from '../vrijstelling/vrijstelling.repository';

const S = 'leerlingenadministratie';

export interface KandidaatRij {
  id: string;
  bsn: string;
  persoon_sleutel: string;
  geboortedatum: string;
  startkwalificatie_op: string | null;
  buitenlandse_student: boolean;
  /** Every exemption and vervangende leerplicht of the youth; the rule decides which runs on the peildatum. */
  vrijstellingen: VrijstellingRij[];
  /** Enrolment terms after a kennisgeving niet voldaan. */
  inschrijvingstermijnen: { gegeven_op: string; inschrijven_uiterlijk: string }[];
}

/**
 * Step 1 of the check as one set-based query (administratie.md §5.2): residents in the population,
 * alive, old enough to be leerplichtig and under 18, without a startkwalificatie, without an
 * enrolment running on the peildatum and without a running check. The age window is a superset;
 * the exact status (first school day of the month after the 5th birthday, Lpw art 3 lid 1;
 * Lpw art 4, 4a) is decided per row by the pure rule in util-absoluut-verzuim, and so are
 * exemptions, vervangende leerplicht and the term after a kennisgeving niet voldaan: each row
 * carries them, so the rule's reason is what leaves a youth out.
 */
export async function zoekKandidaten(manager: EntityManager, gemeente: string, peildatum: string): Promise<KandidaatRij[]> {
  return manager.query(
    `SELECT l.id, l.bsn, l.persoon_sleutel, to_char(l.geboortedatum, 'YYYY-MM-DD') AS geboortedatum,
            to_char(l.startkwalificatie_op, 'YYYY-MM-DD') AS startkwalificatie_op, l.buitenlandse_student,
            COALESCE((SELECT jsonb_agg(jsonb_build_object('soort', v.soort, 'artikel', v.artikel, 'van', to_char(v.van, 'YYYY-MM-DD'),
                                                          'tot_en_met', to_char(v.tot_en_met, 'YYYY-MM-DD'), 'beeindigd_op', to_char(v.beeindigd_op, 'YYYY-MM-DD')) ORDER BY v.van)
                      FROM ${S}.leerling_vrijstelling v WHERE v.leerling_id = l.id), '[]'::jsonb) AS vrijstellingen,
            COALESCE((SELECT jsonb_agg(jsonb_build_object('gegeven_op', to_char(k.gegeven_op, 'YYYY-MM-DD'), 'inschrijven_uiterlijk', to_char(k.inschrijven_uiterlijk, 'YYYY-MM-DD')))
                      FROM ${S}.kennisgeving_niet_voldaan k WHERE k.leerling_id = l.id), '[]'::jsonb) AS inschrijvingstermijnen
     FROM ${S}.leerling l
     WHERE l.gemeente = $1 AND l.in_populatie AND l.overleden_op IS NULL
       AND l.geboortedatum <= $2::date - interval '5 years'
       AND l.geboortedatum > $2::date - interval '18 years'
       AND (l.startkwalificatie_op IS NULL OR l.startkwalificatie_op > $2::date)
       AND NOT EXISTS (SELECT 1 FROM ${S}.inschrijving i
                       WHERE i.leerling_id = l.id AND i.ingeschreven_op <= $2::date AND (i.uitgeschreven_op IS NULL OR i.uitgeschreven_op >= $2::date))
       AND NOT EXISTS (SELECT 1 FROM ${S}.absoluut_verzuim_procedure p
                       WHERE p.leerling_id = l.id AND p.status NOT IN ('afgesloten-administratief', 'afgesloten-ingeschreven'))`,
    [gemeente, peildatum],
  );
}

export async function telPopulatie(manager: EntityManager, gemeente: string): Promise<number> {
  const [rij]: { aantal: number }[] = await manager.query(`SELECT count(*)::int AS aantal FROM ${S}.leerling WHERE gemeente = $1 AND in_populatie`, [gemeente]);
  return rij?.aantal ?? 0;
}
