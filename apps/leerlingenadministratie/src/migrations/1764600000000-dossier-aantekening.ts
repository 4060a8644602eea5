import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

/**
 * Entries in the leerlingdossier (000 art 4 lid 2; 003 art 4 lid 2; 001 Bijlage 3), each with
 * who, when, source and — for third-party information — the source organisation; and the
 * finding of ongeoorloofd schoolverzuim that unlocks the guarded fields (000 art 4 lid 2 m, n,
 * o, v; 003 art 4 lid 2 m, n, o, t).
 */
export class DossierAantekening1764600000000 implements MigrationInterface {
  name = 'DossierAantekening1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier
      ADD COLUMN ongeoorloofd_verzuim_vastgesteld_op date NULL,
      ADD COLUMN ongeoorloofd_verzuim_vastgesteld_door text NULL,
      ADD COLUMN bron_kenmerk text NULL`);
    await queryRunner.query(`CREATE TABLE ${S}.dossier_aantekening (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      dossier_id uuid NOT NULL REFERENCES ${S}.leerlingdossier (id),
      veld text NOT NULL,
      inhoud text NOT NULL CHECK (length(inhoud) BETWEEN 1 AND 20000),
      bron text NOT NULL CHECK (bron IN ('eigen-waarneming','jongere','ouders','school','ketenpartner','duo','brp','import')),
      bron_organisatie text NULL,
      vastgelegd_door text NOT NULL,
      vastgelegd_op timestamptz NOT NULL,
      CONSTRAINT ck_dossier_aantekening_derde CHECK (bron NOT IN ('school','ketenpartner') OR bron_organisatie IS NOT NULL)
    )`);
    await queryRunner.query(`CREATE INDEX idx_dossier_aantekening_dossier ON ${S}.dossier_aantekening (dossier_id, vastgelegd_op)`);
    await enableTenantRls(queryRunner, `${S}.dossier_aantekening`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.dossier_aantekening`);
    await queryRunner.query(`DROP TABLE ${S}.dossier_aantekening`);
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier DROP COLUMN ongeoorloofd_verzuim_vastgesteld_op, DROP COLUMN ongeoorloofd_verzuim_vastgesteld_door, DROP COLUMN bron_kenmerk`);
  }
}
