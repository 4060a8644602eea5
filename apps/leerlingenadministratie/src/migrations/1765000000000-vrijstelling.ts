import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';
const CLASSIFICATIES = `'AVG','AVG-bijzonder','Wpg'`;

/**
 * What verlof-vrijstelling decides about a youth's duty to be enrolled: exemptions (Lpw art 5, 5a,
 * 15) and vervangende leerplicht (art 3a/3b), for the plicht status (administratie.md §3 overlays)
 * and the absolute-verzuim check (§5.2 step 1); and the term to enrol after a kennisgeving that
 * does not meet the requirements (000 art 12 lid 9; 003 art 11 lid 5).
 */
export class Vrijstelling1765000000000 implements MigrationInterface {
  name = 'Vrijstelling1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A youth may first become known through a decision (an exemption for a child the BRP feed has not brought yet).
    await queryRunner.query(`ALTER TABLE ${S}.leerling DROP CONSTRAINT leerling_bron_check,
      ADD CONSTRAINT leerling_bron_check CHECK (bron IN ('melding','inschrijving','dossier','brp','import','besluit'))`);
    // The id is verlof-vrijstelling's vrijstellingId / vervangendeLeerplichtId: a redelivery conflicts.
    await queryRunner.query(`CREATE TABLE ${S}.leerling_vrijstelling (
      id uuid PRIMARY KEY,
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      soort text NOT NULL CHECK (soort IN ('vrijstelling','vervangende-leerplicht')),
      artikel text NOT NULL,
      van date NOT NULL,
      tot_en_met date NULL CHECK (tot_en_met IS NULL OR tot_en_met >= van),
      -- The last day it applied after an early end; the day before van for a revocation ab initio.
      beeindigd_op date NULL CHECK (beeindigd_op IS NULL OR beeindigd_op >= van - 1),
      einde_reden text NULL,
      besluit_id uuid NOT NULL,
      instructie_versie text NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN (${CLASSIFICATIES})),
      bron_event_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT leerling_vrijstelling_artikel CHECK (
        (soort = 'vrijstelling' AND artikel IN ('5 onder a','5 onder b','5 onder c','5a','15'))
        OR (soort = 'vervangende-leerplicht' AND artikel IN ('3a','3b') AND tot_en_met IS NOT NULL))
    )`);
    await queryRunner.query(`CREATE INDEX idx_leerling_vrijstelling_leerling ON ${S}.leerling_vrijstelling (leerling_id, van)`);
    await enableTenantRls(queryRunner, `${S}.leerling_vrijstelling`);

    await queryRunner.query(`CREATE TABLE ${S}.kennisgeving_niet_voldaan (
      id uuid PRIMARY KEY,
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      artikel text NOT NULL CHECK (artikel IN ('5 onder a','5 onder b','5 onder c','5a')),
      -- The day the parents were told (the event's date in the Netherlands): the term runs from it.
      gegeven_op date NOT NULL,
      inschrijven_uiterlijk date NOT NULL CHECK (inschrijven_uiterlijk >= gegeven_op),
      instructie_versie text NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN (${CLASSIFICATIES})),
      bron_event_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_kennisgeving_niet_voldaan_leerling ON ${S}.kennisgeving_niet_voldaan (leerling_id, inschrijven_uiterlijk)`);
    await enableTenantRls(queryRunner, `${S}.kennisgeving_niet_voldaan`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['kennisgeving_niet_voldaan', 'leerling_vrijstelling']) {
      await disableTenantRls(queryRunner, `${S}.${tabel}`);
      await queryRunner.query(`DROP TABLE ${S}.${tabel}`);
    }
    await queryRunner.query(`UPDATE ${S}.leerling SET bron = 'melding' WHERE bron = 'besluit'`);
    await queryRunner.query(`ALTER TABLE ${S}.leerling DROP CONSTRAINT leerling_bron_check,
      ADD CONSTRAINT leerling_bron_check CHECK (bron IN ('melding','inschrijving','dossier','brp','import'))`);
  }
}
