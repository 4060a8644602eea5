import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'handhaving';

export class Handhavingszaak1764000000000 implements MigrationInterface {
  name = 'Handhavingszaak1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, S);
    // Handhaving is the Wpg domain (architecture, Services): a case can only be stored as Wpg data.
    await queryRunner.query(`CREATE TABLE ${S}.handhavingszaak (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('waarschuwing','halt','proces-verbaal','svb-melding','rvdk','veilig-thuis')),
      aanleiding_melding_id uuid NULL,
      geopend_op timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('open','afgerond')),
      classificatie text NOT NULL CHECK (classificatie = 'Wpg'),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_handhavingszaak_gemeente_bsn ON ${S}.handhavingszaak (gemeente, bsn)`);
    await queryRunner.query(`CREATE INDEX idx_handhavingszaak_aanleiding_melding ON ${S}.handhavingszaak (aanleiding_melding_id)`);
    await enableTenantRls(queryRunner, `${S}.handhavingszaak`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.handhavingszaak`);
    await queryRunner.query(`DROP TABLE ${S}.handhavingszaak`);
    await dropBusTables(queryRunner, S);
  }
}
