import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';
const STATUSSEN = `'geregistreerd','in-behandeling','afgesloten','ingetrokken','ter-kennisgeving-aangenomen'`;
const CLASSIFICATIES = `'AVG','AVG-bijzonder','Wpg'`;
const BRIEFSOORTEN_OUD = `'absoluut-verzuim-eerste','absoluut-verzuim-tweede','uitschrijving-zonder-bestemming'`;
const BRIEFSOORTEN = `${BRIEFSOORTEN_OUD},'verzuim-afsluiting-ouders','verzuim-afsluiting-jongere'`;

/**
 * What verzuim reports after a melding: its history in the dossier timeline (verzuim.md §5) and the
 * closure letters to the parents or the youth (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a),
 * stored with the other letters and carrying the case's classification (privacy-retentie.md §2).
 */
export class VerzuimKoppeling1764800000000 implements MigrationInterface {
  name = 'VerzuimKoppeling1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keyed by melding, not by dossier: a status change may arrive before the melding itself.
    await queryRunner.query(`CREATE TABLE ${S}.dossier_melding_historie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      melding_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN (${STATUSSEN})),
      afsluitreden text NULL,
      toelichting text NULL,
      op timestamptz NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN (${CLASSIFICATIES})),
      bron_event_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_dossier_melding_historie_bron_event ON ${S}.dossier_melding_historie (bron_event_id)`);
    await queryRunner.query(`CREATE INDEX idx_dossier_melding_historie_melding ON ${S}.dossier_melding_historie (melding_id, op)`);
    // The meldingen already linked start their history with their registration, from the same event.
    await queryRunner.query(`INSERT INTO ${S}.dossier_melding_historie (gemeente, melding_id, status, op, classificatie, bron_event_id)
      SELECT gemeente, melding_id, status, gemeld_op, classificatie, bron_event_id FROM ${S}.dossier_melding
      ON CONFLICT DO NOTHING`);
    await enableTenantRls(queryRunner, `${S}.dossier_melding_historie`);

    // The inline CHECK of 1764500000000 got PostgreSQL's name; dropped without IF EXISTS so a different name fails here, not at the first letter.
    await queryRunner.query(`ALTER TABLE ${S}.brief DROP CONSTRAINT brief_soort_check`);
    await queryRunner.query(`ALTER TABLE ${S}.brief ADD CONSTRAINT ck_brief_soort CHECK (soort IN (${BRIEFSOORTEN}))`);
    await queryRunner.query(`ALTER TABLE ${S}.brief
      ADD COLUMN melding_id uuid NULL,
      ADD COLUMN zaak_id uuid NULL,
      ADD COLUMN classificatie text NOT NULL DEFAULT 'AVG' CONSTRAINT ck_brief_classificatie CHECK (classificatie IN (${CLASSIFICATIES}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM ${S}.brief WHERE soort NOT IN (${BRIEFSOORTEN_OUD})`);
    await queryRunner.query(`ALTER TABLE ${S}.brief DROP COLUMN melding_id, DROP COLUMN zaak_id, DROP COLUMN classificatie`);
    await queryRunner.query(`ALTER TABLE ${S}.brief DROP CONSTRAINT ck_brief_soort`);
    await queryRunner.query(`ALTER TABLE ${S}.brief ADD CONSTRAINT brief_soort_check CHECK (soort IN (${BRIEFSOORTEN_OUD}))`);
    await disableTenantRls(queryRunner, `${S}.dossier_melding_historie`);
    await queryRunner.query(`DROP TABLE ${S}.dossier_melding_historie`);
  }
}
