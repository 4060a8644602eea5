import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createBusTables, dropBusTables } from '@leerrecht/shared/data-access-bus';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verlof_vrijstelling';

export class Verlofaanvraag1764000000000 implements MigrationInterface {
  name = 'Verlofaanvraag1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createBusTables(queryRunner, S);
    // Leave and exemption records are AVG data, never Wpg (003 toelichting art 4); a medical or
    // social statement behind a request makes it AVG-bijzonder.
    await queryRunner.query(`CREATE TABLE ${S}.verlofaanvraag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('gewichtige-omstandigheden-tot-10','gewichtige-omstandigheden-meer-dan-10','vakantieverlof')),
      eerste_verlofdag date NOT NULL,
      laatste_verlofdag date NOT NULL CHECK (laatste_verlofdag >= eerste_verlofdag),
      ontvangen_op timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('ontvangen','doorgezonden','in-behandeling','besloten','ingetrokken')),
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder')),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_verlofaanvraag_gemeente_bsn ON ${S}.verlofaanvraag (gemeente, bsn)`);
    await enableTenantRls(queryRunner, `${S}.verlofaanvraag`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.verlofaanvraag`);
    await queryRunner.query(`DROP TABLE ${S}.verlofaanvraag`);
    await dropBusTables(queryRunner, S);
  }
}
