import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'doorstroompunt';

export class Traject1764000000000 implements MigrationInterface {
  name = 'Traject1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, S);
    // The Doorstroompunt holds no Wpg data (doorstroompunt.md §12; Wpg data are not handed over at 18).
    await queryRunner.query(`CREATE TABLE ${S}.traject (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('vsv-18-23','jikp','overdracht-18')),
      start_datum date NOT NULL,
      eind_datum date NULL CHECK (eind_datum IS NULL OR eind_datum >= start_datum),
      status text NOT NULL CHECK (status IN ('aangemeld','lopend','afgesloten')),
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder')),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_traject_gemeente_bsn ON ${S}.traject (gemeente, bsn)`);
    await enableTenantRls(queryRunner, `${S}.traject`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.traject`);
    await queryRunner.query(`DROP TABLE ${S}.traject`);
    await dropBusTables(queryRunner, S);
  }
}
