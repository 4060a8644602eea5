import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

/** Enrolments (Lpw art 18) and the messages that reported them (idempotency per sender). */
export class Inschrijving1764100000000 implements MigrationInterface {
  name = 'Inschrijving1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.inschrijving (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      brin text NOT NULL CHECK (brin ~ '^[0-9]{2}[A-Z0-9]{2}$'),
      onderwijssoort text NOT NULL CHECK (onderwijssoort IN ('PO','SO','VSO','VO','PRO','MBO','VAVO','HO','OVERIG')),
      ingeschreven_op date NOT NULL,
      uitgeschreven_op date NULL CHECK (uitgeschreven_op IS NULL OR uitgeschreven_op >= ingeschreven_op),
      bron text NOT NULL CHECK (bron IN ('school','administratie','duo-rod','import')),
      melder_client_id text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_inschrijving_leerling ON ${S}.inschrijving (leerling_id, ingeschreven_op)`);
    // At most one open enrolment per youth per school.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_inschrijving_open_per_school ON ${S}.inschrijving (leerling_id, brin) WHERE uitgeschreven_op IS NULL`);
    await queryRunner.query(`CREATE TABLE ${S}.inschrijvingsbericht (
      melder_client_id text NOT NULL,
      bericht_id text NOT NULL CHECK (length(bericht_id) BETWEEN 1 AND 100),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      soort text NOT NULL CHECK (soort IN ('inschrijving','uitschrijving')),
      inhoud_hash text NOT NULL,
      inschrijving_id uuid NOT NULL REFERENCES ${S}.inschrijving (id),
      ontvangen_op timestamptz NOT NULL,
      CONSTRAINT pk_inschrijvingsbericht PRIMARY KEY (melder_client_id, bericht_id)
    )`);
    await enableTenantRls(queryRunner, `${S}.inschrijving`);
    await enableTenantRls(queryRunner, `${S}.inschrijvingsbericht`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['inschrijvingsbericht', 'inschrijving']) {
      await disableTenantRls(queryRunner, `${S}.${table}`);
      await queryRunner.query(`DROP TABLE ${S}.${table}`);
    }
  }
}
