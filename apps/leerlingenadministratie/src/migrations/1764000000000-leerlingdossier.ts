import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

export class Leerlingdossier1764000000000 implements MigrationInterface {
  name = 'Leerlingdossier1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, S);
    await queryRunner.query(`CREATE TABLE ${S}.leerling (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      geboortedatum date NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_leerling_gemeente_bsn ON ${S}.leerling (gemeente, bsn)`);
    await queryRunner.query(`CREATE INDEX idx_leerling_persoon_sleutel ON ${S}.leerling (persoon_sleutel)`);
    await queryRunner.query(`CREATE TABLE ${S}.leerlingdossier (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      reden text NOT NULL CHECK (reden IN ('verzuimmelding')),
      instructie_versie text NOT NULL,
      geopend_op timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_leerlingdossier_leerling ON ${S}.leerlingdossier (leerling_id)`);
    await queryRunner.query(`CREATE TABLE ${S}.dossier_melding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      dossier_id uuid NOT NULL REFERENCES ${S}.leerlingdossier (id),
      melding_id uuid NOT NULL,
      school_brin text NOT NULL,
      verzuimsoort text NOT NULL,
      begin_datum date NOT NULL,
      status text NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder','Wpg')),
      bron_service text NOT NULL,
      bron_event_id uuid NOT NULL,
      gemeld_op timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_dossier_melding_melding ON ${S}.dossier_melding (melding_id)`);
    await queryRunner.query(`CREATE INDEX idx_dossier_melding_dossier ON ${S}.dossier_melding (dossier_id)`);
    for (const table of ['leerling', 'leerlingdossier', 'dossier_melding']) {
      await enableTenantRls(queryRunner, `${S}.${table}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['dossier_melding', 'leerlingdossier', 'leerling']) {
      await disableTenantRls(queryRunner, `${S}.${table}`);
      await queryRunner.query(`DROP TABLE ${S}.${table}`);
    }
    await dropBusTables(queryRunner, S);
  }
}
