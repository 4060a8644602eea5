import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'leerlingenadministratie';

/**
 * The absolute-verzuim check (Lpw art 19; administratie.md §5): each run with its peildatum and
 * candidate count, one procedure per candidate (the state of §5.2 steps 2–7, §5.3 "what is
 * recorded"), and the letters sent (to the parents, or about an unmatched uitschrijving).
 */
export class AbsoluutVerzuim1764500000000 implements MigrationInterface {
  name = 'AbsoluutVerzuim1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.inschrijvingscontrole (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      peildatum date NOT NULL,
      uitgevoerd_op timestamptz NOT NULL,
      uitgevoerd_door text NOT NULL,
      populatie integer NOT NULL,
      kandidaten integer NOT NULL,
      nieuwe_procedures integer NOT NULL,
      geescaleerd integer NOT NULL,
      duur_ms integer NOT NULL,
      instructie_versie text NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX idx_inschrijvingscontrole_gemeente ON ${S}.inschrijvingscontrole (gemeente, peildatum DESC)`);
    await enableTenantRls(queryRunner, `${S}.inschrijvingscontrole`);

    await queryRunner.query(`CREATE TABLE ${S}.absoluut_verzuim_procedure (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      controle_id uuid NOT NULL REFERENCES ${S}.inschrijvingscontrole (id),
      route text NOT NULL CHECK (route IN ('brieven','administratieve-route')),
      status text NOT NULL,
      toestand jsonb NOT NULL,
      volgende_actie text NOT NULL,
      uiterlijk date NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // One running check per youth; a closed one does not block a new suspicion. An escalated one
    // stays running: the investigation is under way and a new letter would only confuse the parents.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_absoluut_verzuim_procedure_open ON ${S}.absoluut_verzuim_procedure (leerling_id)
      WHERE status NOT IN ('afgesloten-administratief','afgesloten-ingeschreven')`);
    await queryRunner.query(`CREATE INDEX idx_absoluut_verzuim_procedure_werk ON ${S}.absoluut_verzuim_procedure (gemeente, status, uiterlijk)`);
    await enableTenantRls(queryRunner, `${S}.absoluut_verzuim_procedure`);

    await queryRunner.query(`CREATE TABLE ${S}.brief (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      leerling_id uuid NOT NULL REFERENCES ${S}.leerling (id),
      soort text NOT NULL CHECK (soort IN ('absoluut-verzuim-eerste','absoluut-verzuim-tweede','uitschrijving-zonder-bestemming')),
      procedure_id uuid NULL REFERENCES ${S}.absoluut_verzuim_procedure (id),
      opvolging_id uuid NULL REFERENCES ${S}.uitschrijving_opvolging (id),
      kenmerk text NOT NULL,
      geadresseerden jsonb NOT NULL,
      tekst text NOT NULL,
      verzonden_op date NOT NULL,
      reactie_uiterlijk date NULL,
      verzonden_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_brief_leerling ON ${S}.brief (leerling_id, verzonden_op)`);
    await enableTenantRls(queryRunner, `${S}.brief`);

    // The follow-up of an unmatched uitschrijving: school first, then the parents in writing (000 art 3 lid 8).
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging
      ADD COLUMN school_gecontacteerd_op date NULL,
      ADD COLUMN school_uitkomst text NULL CHECK (school_uitkomst IN ('opgehelderd','niet-opgehelderd')),
      ADD COLUMN ouders_aangeschreven_op date NULL`);
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging DROP CONSTRAINT IF EXISTS uitschrijving_opvolging_status_check`);
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging ADD CONSTRAINT ck_uitschrijving_opvolging_status CHECK (status IN ('open','gematcht','opgehelderd'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging DROP CONSTRAINT ck_uitschrijving_opvolging_status`);
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging ADD CONSTRAINT uitschrijving_opvolging_status_check CHECK (status IN ('open','gematcht'))`);
    await queryRunner.query(`ALTER TABLE ${S}.uitschrijving_opvolging DROP COLUMN school_gecontacteerd_op, DROP COLUMN school_uitkomst, DROP COLUMN ouders_aangeschreven_op`);
    for (const table of ['brief', 'absoluut_verzuim_procedure', 'inschrijvingscontrole']) {
      await disableTenantRls(queryRunner, `${S}.${table}`);
      await queryRunner.query(`DROP TABLE ${S}.${table}`);
    }
  }
}
