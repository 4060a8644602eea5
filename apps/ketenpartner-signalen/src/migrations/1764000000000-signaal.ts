import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'ketenpartner_signalen';

export class Signaal1764000000000 implements MigrationInterface {
  name = 'Signaal1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, S);
    // Every signal carries purpose and legal basis; one without them is refused (ketenpartners.md §11.1).
    // A police or justice signal about a BOA investigation is Wpg data (§11.5), so Wpg is allowed here.
    await queryRunner.query(`CREATE TABLE ${S}.signaal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      partner_client_id text NOT NULL,
      doel text NOT NULL CHECK (btrim(doel) <> ''),
      grondslag text NOT NULL CHECK (btrim(grondslag) <> ''),
      ontvangen_op timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('ontvangen','in-behandeling','afgehandeld')),
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder','Wpg')),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_signaal_gemeente_bsn ON ${S}.signaal (gemeente, bsn)`);
    await queryRunner.query(`CREATE INDEX idx_signaal_partner ON ${S}.signaal (partner_client_id, id)`);
    await enableTenantRls(queryRunner, `${S}.signaal`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.signaal`);
    await queryRunner.query(`DROP TABLE ${S}.signaal`);
    await dropBusTables(queryRunner, S);
  }
}
