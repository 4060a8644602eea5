import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verzuim';

/**
 * The leerplichtambtenaar's decisions on leave of more than 10 schooldagen (Lpw art 14 lid 3), as
 * verlof-vrijstelling reports them (`verlof-besloten`): verzuim subtracts granted leave before it
 * judges luxe verzuim (Lpw art 11 onder g; verzuim.md §7 rule 5). One row per request (the key is
 * the idempotency: a redelivery inserts nothing). Refusals are kept too, with no granted period.
 * No BSN: the person key is enough to match a melding.
 */
export class VerleendVerlof1765400000000 implements MigrationInterface {
  name = 'VerleendVerlof1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.verleend_verlof (
      aanvraag_id uuid PRIMARY KEY,
      besluit_id uuid NOT NULL,
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      persoon_sleutel text NOT NULL,
      school_brin text NOT NULL CHECK (school_brin ~ '^[0-9A-Z]{4}$'),
      uitkomst text NOT NULL CHECK (uitkomst IN ('toegewezen','gedeeltelijk-toegewezen','afgewezen','buiten-behandeling')),
      gevraagd_van date NOT NULL,
      gevraagd_tot_en_met date NOT NULL,
      verleend_van date NULL,
      verleend_tot_en_met date NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (gevraagd_van <= gevraagd_tot_en_met),
      -- A granted period exactly when leave was granted, whole and in order.
      CHECK ((verleend_van IS NOT NULL) = (uitkomst IN ('toegewezen','gedeeltelijk-toegewezen'))),
      CHECK ((verleend_van IS NULL) = (verleend_tot_en_met IS NULL)),
      CHECK (verleend_van <= verleend_tot_en_met)
    )`);
    // The intake asks per melding: granted leave of this youth in this gemeente.
    await queryRunner.query(`CREATE INDEX idx_verleend_verlof_persoon ON ${S}.verleend_verlof (gemeente, persoon_sleutel)`);
    await enableTenantRls(queryRunner, `${S}.verleend_verlof`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.verleend_verlof`);
    await queryRunner.query(`DROP TABLE ${S}.verleend_verlof`);
  }
}
