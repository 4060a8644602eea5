import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verlof_vrijstelling';

/**
 * The sending queue to DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3):
 * a row per registration or beëindiging, written with the decision, sent by a job.
 */
export class DuoRegistratie1765100000000 implements MigrationInterface {
  name = 'DuoRegistratie1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.duo_registratie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      handeling text NOT NULL CHECK (handeling IN ('registratie','beeindiging')),
      registratie_id uuid NULL REFERENCES ${S}.duo_registratie (id),
      persoon_sleutel text NOT NULL,
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      soort text NOT NULL CHECK (soort IN ('vrijstelling-art5','vrijstelling-art15','vervangende-leerplicht')),
      grond text NULL CHECK (grond IN ('a','b','c')),
      artikel text NULL CHECK (artikel IN ('3a','3b')),
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      begindatum date NOT NULL,
      einddatum date NULL,
      eerder_beroep boolean NULL,
      eerder_verleend boolean NULL,
      persoonsgegevens jsonb NULL,
      zaak_id uuid NOT NULL,
      besluit_id uuid NULL,
      status text NOT NULL CHECK (status IN ('wachtend','verzonden','geweigerd')),
      pogingen integer NOT NULL DEFAULT 0 CHECK (pogingen >= 0),
      volgende_poging_op timestamptz NULL,
      laatste_fout text NULL CHECK (laatste_fout ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      verzonden_op timestamptz NULL,
      duo_registratienummer text NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- The fields per soort (Lpw art 3a–3c, 6 lid 4–5, 15 lid 3–4), as DUO checks them.
      CONSTRAINT duo_registratie_soort_velden CHECK (
        (soort = 'vrijstelling-art5' AND grond IS NOT NULL AND artikel IS NULL AND eerder_beroep IS NOT NULL AND eerder_verleend IS NULL AND persoonsgegevens IS NULL)
        OR (soort = 'vrijstelling-art15' AND grond IS NULL AND artikel IS NULL AND eerder_beroep IS NOT NULL AND eerder_verleend IS NULL AND persoonsgegevens IS NULL)
        OR (soort = 'vervangende-leerplicht' AND grond IS NULL AND artikel IS NOT NULL AND eerder_beroep IS NULL AND eerder_verleend IS NOT NULL AND einddatum IS NOT NULL)),
      CONSTRAINT duo_registratie_handeling CHECK ((handeling = 'registratie') = (registratie_id IS NULL)),
      CONSTRAINT duo_registratie_periode CHECK (einddatum IS NULL OR einddatum >= begindatum - 1)
    )`);
    // The job's pick: waiting rows, oldest first.
    await queryRunner.query(`CREATE INDEX idx_duo_registratie_wachtend ON ${S}.duo_registratie (created_at) WHERE status = 'wachtend'`);
    await queryRunner.query(`CREATE INDEX idx_duo_registratie_zaak ON ${S}.duo_registratie (zaak_id)`);
    await queryRunner.query(`CREATE INDEX idx_duo_registratie_registratie ON ${S}.duo_registratie (registratie_id) WHERE registratie_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX idx_duo_registratie_gemeente ON ${S}.duo_registratie (gemeente, created_at)`);
    // One registration per decision; one beëindiging per registration (DUO: AL_BEEINDIGD).
    await queryRunner.query(`CREATE UNIQUE INDEX uq_duo_registratie_besluit ON ${S}.duo_registratie (besluit_id) WHERE handeling = 'registratie'`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_duo_registratie_beeindiging ON ${S}.duo_registratie (registratie_id) WHERE handeling = 'beeindiging' AND status <> 'geweigerd'`);
    await enableTenantRls(queryRunner, `${S}.duo_registratie`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, `${S}.duo_registratie`);
    await queryRunner.query(`DROP TABLE ${S}.duo_registratie`);
  }
}
