import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verlof_vrijstelling';

/**
 * Vervangende leerplicht (Lpw art 3a, 3b; 000 art 10; 001 §3.3; 003 art 9), "is this a school"
 * (000 art 13; 003 art 12) and the designated experts (Lpw art 7; 000 art 14; 003 art 13). Every
 * table is tenant-owned (row-level security on gemeente).
 */
export class VervangendeLeerplicht1765300000000 implements MigrationInterface {
  name = 'VervangendeLeerplicht1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    await q(`CREATE TABLE ${S}.vervangende_leerplicht (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      jongere_naam text NOT NULL CHECK (length(btrim(jongere_naam)) > 0),
      geboortedatum date NOT NULL,
      geslacht text CHECK (geslacht IN ('man','vrouw','onbekend')),
      adres text NOT NULL,
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      geen_nederlandse_onderwijsgeschiedenis boolean NOT NULL DEFAULT false,
      duo_persoonsgegevens jsonb,
      eerder_toegestaan boolean NOT NULL DEFAULT false,
      ouders jsonb NOT NULL CHECK (jsonb_typeof(ouders) = 'array' AND jsonb_array_length(ouders) > 0),
      artikel text NOT NULL CHECK (artikel IN ('3a','3b')),
      bevinding_op date NOT NULL,
      gesprekken_uiterlijk date,
      van date NOT NULL,
      tot_en_met date NOT NULL,
      status text NOT NULL CHECK (status IN ('gesprekken','afspraken-vastgelegd','verzoek-ingediend','toegestaan','afgewezen','beeindigd')),
      gesprekken jsonb NOT NULL DEFAULT '[]',
      plan jsonb,
      afspraken text,
      afspraken_vastgelegd_op date,
      informeren_uiterlijk date,
      ontwerpers jsonb NOT NULL DEFAULT '[]',
      ontwerpers_geinformeerd_op date,
      verzoek_ontvangen_op date,
      ouders_ondertekend_op date,
      jongere_ondertekend_op date,
      besluit_id uuid REFERENCES ${S}.besluit (id),
      besloten_op date,
      afschrift_uiterlijk date,
      afschriften jsonb NOT NULL DEFAULT '[]',
      arbeidsinspectie_vereist boolean,
      arbeidsinspectie_brief_id uuid REFERENCES ${S}.brief (id),
      laatste_dag date,
      einde_reden text CHECK (einde_reden IN ('ingetrokken','herroepen-op-bezwaar','niet-meer-van-toepassing')),
      einde_toelichting text,
      geopend_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT vervangende_leerplicht_periode CHECK (tot_en_met >= van),
      -- DUO's register needs name, address, sex and birth date of a youth without Dutch education history (Lpw art 3a–3c).
      CONSTRAINT vervangende_leerplicht_duo_persoon CHECK (NOT geen_nederlandse_onderwijsgeschiedenis OR (duo_persoonsgegevens IS NOT NULL AND geslacht IS NOT NULL)),
      -- A decision only on a request the parents signed (000 art 10 lid 4; 003 art 9 lid 5 a).
      CONSTRAINT vervangende_leerplicht_ondertekend CHECK (besluit_id IS NULL OR ouders_ondertekend_op IS NOT NULL),
      CONSTRAINT vervangende_leerplicht_einde CHECK ((status = 'beeindigd') = (laatste_dag IS NOT NULL AND einde_reden IS NOT NULL))
    )`);
    await q(`CREATE INDEX idx_vervangende_leerplicht_gemeente_status ON ${S}.vervangende_leerplicht (gemeente, status)`);
    await q(`CREATE INDEX idx_vervangende_leerplicht_bsn ON ${S}.vervangende_leerplicht (gemeente, bsn)`);
    // One request in preparation per youth per gemeente: a second finding joins the first.
    await q(`CREATE UNIQUE INDEX uq_vervangende_leerplicht_lopend ON ${S}.vervangende_leerplicht (gemeente, bsn)
      WHERE status IN ('gesprekken','afspraken-vastgelegd','verzoek-ingediend')`);
    await enableTenantRls(queryRunner, `${S}.vervangende_leerplicht`);

    await q(`CREATE TABLE ${S}.school_erkenningsvraag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      voorziening_naam text NOT NULL CHECK (length(btrim(voorziening_naam)) > 0),
      voorziening_adres text NOT NULL CHECK (length(btrim(voorziening_adres)) > 0),
      melding_ontvangen_op date NOT NULL,
      inspectie_verzocht_op date NOT NULL,
      advies_uiterlijk date NOT NULL,
      verzoek_brief_id uuid REFERENCES ${S}.brief (id),
      advies text CHECK (advies IN ('school','geen-school')),
      advies_datum date,
      advies_toelichting text,
      ouders_informeren_uiterlijk date,
      conclusie text CHECK (conclusie IN ('school','geen-school')),
      conclusie_op date,
      conclusie_door text,
      status text NOT NULL CHECK (status IN ('inspectie-verzocht','advies-ontvangen','vastgesteld')),
      geopend_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT school_erkenningsvraag_advies CHECK ((advies IS NULL) = (advies_datum IS NULL)),
      -- The officer follows the Inspectie's advice (000 art 13 lid 2; 003 art 12 lid 3).
      CONSTRAINT school_erkenningsvraag_volgt_advies CHECK (conclusie IS NULL OR conclusie = advies)
    )`);
    await q(`CREATE INDEX idx_school_erkenningsvraag_gemeente_status ON ${S}.school_erkenningsvraag (gemeente, status)`);
    await enableTenantRls(queryRunner, `${S}.school_erkenningsvraag`);

    await q(`CREATE TABLE ${S}.school_erkenning_leerling (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      vraag_id uuid NOT NULL REFERENCES ${S}.school_erkenningsvraag (id),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      naam text NOT NULL CHECK (length(btrim(naam)) > 0),
      geboortedatum date NOT NULL,
      ouders jsonb NOT NULL CHECK (jsonb_typeof(ouders) = 'array' AND jsonb_array_length(ouders) > 0),
      huidige_inschrijving text,
      ouders_geinformeerd_op date,
      brief_ids jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_school_erkenning_leerling UNIQUE (vraag_id, bsn)
    )`);
    await q(`CREATE INDEX idx_school_erkenning_leerling_vraag ON ${S}.school_erkenning_leerling (vraag_id)`);
    await enableTenantRls(queryRunner, `${S}.school_erkenning_leerling`);

    await q(`CREATE TABLE ${S}.deskundige (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      naam text NOT NULL CHECK (length(btrim(naam)) > 0),
      beroep text NOT NULL CHECK (beroep IN ('arts','pedagoog','psycholoog')),
      organisatie text,
      adres text,
      afspraak text NOT NULL CHECK (afspraak IN ('ad-hoc','structureel')),
      werkwijze text NOT NULL CHECK (length(btrim(werkwijze)) > 0),
      aangewezen_op date NOT NULL,
      geldig_tot_en_met date,
      ingetrokken_op date,
      besluit_id uuid REFERENCES ${S}.besluit (id),
      brief_id uuid REFERENCES ${S}.brief (id),
      aangewezen_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT deskundige_geldigheid CHECK (geldig_tot_en_met IS NULL OR geldig_tot_en_met >= aangewezen_op)
    )`);
    await q(`CREATE INDEX idx_deskundige_gemeente ON ${S}.deskundige (gemeente, naam)`);
    await enableTenantRls(queryRunner, `${S}.deskundige`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['deskundige', 'school_erkenning_leerling', 'school_erkenningsvraag', 'vervangende_leerplicht']) {
      await disableTenantRls(queryRunner, `${S}.${tabel}`);
      await queryRunner.query(`DROP TABLE ${S}.${tabel}`);
    }
  }
}
