import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

/** Follow-up of an uitschrijving that is not (yet) matched by a new inschrijving (000 art 3 lid 8). */
export class UitschrijvingOpvolging1764200000000 implements MigrationInterface {
  name = 'UitschrijvingOpvolging1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.uitschrijving_opvolging (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      inschrijving_id uuid NOT NULL REFERENCES ${S}.inschrijving (id),
      uitgeschreven_op date NOT NULL,
      wacht_tot_en_met date NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'gematcht')),
      gematcht_met uuid NULL REFERENCES ${S}.inschrijving (id),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_uitschrijving_opvolging_inschrijving ON ${S}.uitschrijving_opvolging (inschrijving_id)`);
    await queryRunner.query(`CREATE INDEX idx_uitschrijving_opvolging_open ON ${S}.uitschrijving_opvolging (gemeente, wacht_tot_en_met) WHERE status = 'open'`);
    await enableTenantRls(queryRunner, `${S}.uitschrijving_opvolging`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.uitschrijving_opvolging`);
    await queryRunner.query(`DROP TABLE ${S}.uitschrijving_opvolging`);
  }
}
