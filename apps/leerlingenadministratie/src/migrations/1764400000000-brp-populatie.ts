import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

/**
 * The BRP population of each gemeente (Lpw art 19; 000 art 3 lid 2–3; 003 art 3 lid 2), the
 * parents as the BRP gives them (letters go to the holders of gezag), the BRP mutations with
 * their processing record (the overdue flag, 000 art 3 lid 3), the register of schools (DUO),
 * and the handover task when a youth moves between gemeenten of the centre (003 art 3 lid 8).
 */
export class BrpPopulatie1764400000000 implements MigrationInterface {
  name = 'BrpPopulatie1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${S}.leerling
      ADD COLUMN voornamen text NULL,
      ADD COLUMN voorvoegsel text NULL,
      ADD COLUMN geslachtsnaam text NULL,
      ADD COLUMN geslacht text NULL CHECK (geslacht IN ('M','V','O')),
      ADD COLUMN geboorteplaats text NULL,
      ADD COLUMN adres jsonb NULL,
      ADD COLUMN ingezetene boolean NOT NULL DEFAULT false,
      ADD COLUMN in_populatie boolean NOT NULL DEFAULT false,
      ADD COLUMN overleden_op date NULL,
      ADD COLUMN verhuisd_naar text NULL CHECK (verhuisd_naar ~ '^[0-9]{4}$'),
      ADD COLUMN verhuisd_op date NULL,
      ADD COLUMN startkwalificatie_op date NULL,
      ADD COLUMN buitenlandse_student boolean NOT NULL DEFAULT false,
      ADD COLUMN brp_bijgewerkt_op timestamptz NULL,
      ADD COLUMN bron text NOT NULL DEFAULT 'melding' CHECK (bron IN ('melding','inschrijving','dossier','brp','import'))`);
    // The set-based absolute-verzuim check starts from here.
    await queryRunner.query(`CREATE INDEX idx_leerling_populatie ON ${S}.leerling (gemeente, geboortedatum) WHERE in_populatie`);
    await queryRunner.query(`CREATE INDEX idx_inschrijving_open ON ${S}.inschrijving (leerling_id) WHERE uitgeschreven_op IS NULL`);

    await queryRunner.query(`CREATE TABLE ${S}.ouder (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id) ON DELETE CASCADE,
      volgorde smallint NOT NULL,
      bsn text NULL,
      voornamen text NULL,
      voorvoegsel text NULL,
      geslachtsnaam text NULL,
      geslacht text NULL CHECK (geslacht IN ('M','V','O')),
      heeft_gezag boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_ouder_leerling_volgorde ON ${S}.ouder (leerling_id, volgorde)`);
    await enableTenantRls(queryRunner, `${S}.ouder`);

    await queryRunner.query(`CREATE TABLE ${S}.brp_mutatie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      mutatie_id text NOT NULL CHECK (length(mutatie_id) BETWEEN 1 AND 100),
      volgnummer bigint NULL,
      persoon_sleutel text NOT NULL,
      soort text NOT NULL,
      vorige_gemeente text NULL,
      datum_gebeurtenis date NOT NULL,
      geregistreerd_op timestamptz NOT NULL,
      verwerkt_op timestamptz NOT NULL,
      uitkomst text NOT NULL CHECK (uitkomst IN ('verwerkt','buiten-populatie','geweigerd')),
      reden text NULL,
      te_laat boolean NOT NULL,
      inhoud_hash text NOT NULL
    )`);
    // A mutation is processed once per gemeente; a replay finds this row (idempotent).
    await queryRunner.query(`CREATE UNIQUE INDEX uq_brp_mutatie ON ${S}.brp_mutatie (gemeente, mutatie_id)`);
    await queryRunner.query(`CREATE INDEX idx_brp_mutatie_te_laat ON ${S}.brp_mutatie (gemeente, verwerkt_op) WHERE te_laat`);
    await enableTenantRls(queryRunner, `${S}.brp_mutatie`);

    await queryRunner.query(`CREATE TABLE ${S}.brp_synchronisatie (
      gemeente text PRIMARY KEY CHECK (gemeente ~ '^[0-9]{4}$'),
      volgende_vanaf bigint NOT NULL DEFAULT 0,
      laatst_gelukt_op timestamptz NULL,
      laatste_fout text NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await enableTenantRls(queryRunner, `${S}.brp_synchronisatie`);

    // Public register data (DUO onderwijslocaties), not personal data: no tenant column.
    await queryRunner.query(`CREATE TABLE ${S}.school (
      brin text NOT NULL CHECK (brin ~ '^[0-9]{2}[A-Z0-9]{2}$'),
      onderwijslocatie text NOT NULL DEFAULT '' CHECK (onderwijslocatie = '' OR onderwijslocatie ~ '^[0-9]{2}$'),
      naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
      plaats text NULL,
      onderwijssoorten text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_school PRIMARY KEY (brin, onderwijslocatie)
    )`);

    await queryRunner.query(`CREATE TABLE ${S}.verhuisoverdracht (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      van_gemeente text NOT NULL CHECK (van_gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      dossier_id uuid NULL REFERENCES ${S}.leerlingdossier (id),
      verhuisd_op date NOT NULL,
      mutatie_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('open','afgerond')),
      afgerond_op timestamptz NULL,
      afgerond_door text NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verhuisoverdracht_mutatie ON ${S}.verhuisoverdracht (gemeente, mutatie_id)`);
    await enableTenantRls(queryRunner, `${S}.verhuisoverdracht`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['verhuisoverdracht', 'brp_synchronisatie', 'brp_mutatie', 'ouder']) {
      await disableTenantRls(queryRunner, `${S}.${table}`);
      await queryRunner.query(`DROP TABLE ${S}.${table}`);
    }
    await queryRunner.query(`DROP TABLE ${S}.school`);
    await queryRunner.query(`DROP INDEX ${S}.idx_inschrijving_open`);
    await queryRunner.query(`DROP INDEX ${S}.idx_leerling_populatie`);
    await queryRunner.query(`ALTER TABLE ${S}.leerling
      DROP COLUMN voornamen, DROP COLUMN voorvoegsel, DROP COLUMN geslachtsnaam, DROP COLUMN geslacht, DROP COLUMN geboorteplaats,
      DROP COLUMN adres, DROP COLUMN ingezetene, DROP COLUMN in_populatie, DROP COLUMN overleden_op, DROP COLUMN verhuisd_naar,
      DROP COLUMN verhuisd_op, DROP COLUMN startkwalificatie_op, DROP COLUMN buitenlandse_student, DROP COLUMN brp_bijgewerkt_op, DROP COLUMN bron`);
  }
}
