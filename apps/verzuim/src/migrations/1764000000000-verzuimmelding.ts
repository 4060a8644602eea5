import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

export class Verzuimmelding1764000000000 implements MigrationInterface {
  name = 'Verzuimmelding1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, 'verzuim');
    await queryRunner.query(`CREATE TABLE verzuim.verzuimmelding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      school_brin text NOT NULL,
      melder_client_id text NOT NULL,
      verzuimsoort text NOT NULL CHECK (verzuimsoort IN ('wettelijk','overig','luxe','langdurig-relatief','achttien-plus')),
      begin_datum date NOT NULL,
      eind_datum date NULL CHECK (eind_datum IS NULL OR eind_datum >= begin_datum),
      verzuim_uren numeric NULL CHECK (verzuim_uren IS NULL OR verzuim_uren >= 0),
      status text NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder','Wpg')),
      instructie_versie text NOT NULL,
      ontvangen_op timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query('CREATE INDEX idx_verzuimmelding_gemeente_bsn ON verzuim.verzuimmelding (gemeente, bsn)');
    await queryRunner.query('CREATE INDEX idx_verzuimmelding_melder ON verzuim.verzuimmelding (melder_client_id, id)');
    await enableTenantRls(queryRunner, 'verzuim.verzuimmelding');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'verzuim.verzuimmelding');
    await queryRunner.query('DROP TABLE verzuim.verzuimmelding');
    await dropBusTables(queryRunner, 'verzuim');
  }
}
