import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verlof_vrijstelling';

const GRONDEN = `'5 onder a','5 onder b','5 onder c','5a'`;
const ARTIKELEN = `${GRONDEN},'15'`;
const DATUM_ORDE = (van: string, tot: string) => `CHECK (${tot} IS NULL OR ${tot} >= ${van})`;

/**
 * Exemptions (domain verlof-vrijstelling.md §4–§5): the kennisgeving art 6 of a claim under Lpw
 * art 5 onder a, b, c or art 5a with the steps per ground (000 art 12; 003 art 11), the
 * application under art 15 (000 art 11; 003 art 10), and the exemption in force that both lead
 * to. Statements, views, decisions and letters live in the shared tables of migration
 * 1765000000000 under zaak_soort 'kennisgeving' and 'art15-aanvraag'.
 */
export class Vrijstelling1765200000000 implements MigrationInterface {
  name = 'Vrijstelling1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // A kennisgeving on ground a brings the youth's health into the file (AVG art 9): AVG-bijzonder.
    await q(`CREATE TABLE ${S}.kennisgeving (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      jongere_naam text NOT NULL,
      geboortedatum date NOT NULL,
      ouders jsonb NOT NULL CHECK (jsonb_typeof(ouders) = 'array' AND jsonb_array_length(ouders) > 0),
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      grond text NOT NULL CHECK (grond IN (${GRONDEN})),
      ontvangen_op date NOT NULL CHECK (ontvangen_op > geboortedatum),
      schooljaar text NOT NULL CHECK (schooljaar ~ '^[0-9]{4}-[0-9]{4}$'),
      eerder_ingeschreven boolean NOT NULL,
      eerder_beroep boolean NOT NULL,
      eerste_kennisgeving boolean NOT NULL,
      indienen_uiterlijk date NOT NULL,
      te_laat boolean NOT NULL,
      status text NOT NULL CHECK (status IN ('in-behandeling','voldaan','niet-voldaan')),
      bericht_uiterlijk date NOT NULL,
      bericht_bron text NOT NULL,
      uitgebreid_onderzoek_redenen text[] NOT NULL DEFAULT '{}' CHECK (uitgebreid_onderzoek_redenen <@ ARRAY['eerste-kennisgeving','leeftijd']::text[]),
      uitgebreid_onderzoek_op date,
      uitgebreid_onderzoek_verslag text,
      deskundige_id uuid,
      deskundige_naam text,
      deskundige_beroep text CHECK (deskundige_beroep IN ('arts','pedagoog','psycholoog')),
      onderzoek_gevraagd_op date,
      onderzoek_uiterlijk date,
      toestemming_gevraagd_op date,
      toestemming_ouders_op date,
      toestemming_jongere_op date,
      overleg_samenwerkingsverband_op date,
      verklaring_id uuid REFERENCES ${S}.verklaring (id),
      verklaring_datum date,
      verklaring_ontvangen_op date,
      nooit_geschikt boolean NOT NULL DEFAULT false,
      uitgenodigd_op date,
      gespreksdatum date,
      gesprekslocatie text,
      toelichting_op date,
      bezwaar_richting_alle_scholen boolean,
      verlengd_op date,
      verlenging_reden text,
      buitenlandse_school text,
      buitenlandse_school_land text,
      dagelijks_pendelen boolean,
      verklaring_schoolleider_id uuid REFERENCES ${S}.verklaring (id),
      bewijs_gevraagd_op date,
      bewijs_uiterlijk date,
      burgerzaken_gesignaleerd_op date,
      besluit_id uuid REFERENCES ${S}.besluit (id),
      beoordeeld_op date,
      vrijstelling_id uuid,
      inschrijven_uiterlijk date,
      behandelaar text,
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder')),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status = 'in-behandeling' OR besluit_id IS NOT NULL),
      CHECK (status <> 'niet-voldaan' OR inschrijven_uiterlijk IS NOT NULL)
    )`);
    await q(`CREATE INDEX idx_kennisgeving_gemeente_bsn ON ${S}.kennisgeving (gemeente, bsn)`);
    // The work list: open kennisgevingen by the day the message is due.
    await q(`CREATE INDEX idx_kennisgeving_werkvoorraad ON ${S}.kennisgeving (gemeente, bericht_uiterlijk) WHERE status = 'in-behandeling'`);
    await enableTenantRls(queryRunner, `${S}.kennisgeving`);

    await q(`CREATE TABLE ${S}.art15_aanvraag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      jongere_naam text NOT NULL,
      geboortedatum date NOT NULL,
      aanvragers jsonb NOT NULL CHECK (jsonb_typeof(aanvragers) = 'array' AND jsonb_array_length(aanvragers) > 0),
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      ontvangen_op date NOT NULL CHECK (ontvangen_op > geboortedatum),
      onderwijs text NOT NULL CHECK (length(btrim(onderwijs)) > 0),
      aanbieder text,
      gevraagd_van date NOT NULL,
      gevraagd_tot_en_met date NOT NULL,
      status text NOT NULL CHECK (status IN ('in-behandeling','besloten')),
      beslistermijn jsonb NOT NULL,
      draagt_bij_aan_startkwalificatie boolean,
      startkwalificatie_toelichting text,
      tijd_in_redelijke_verhouding boolean,
      tijd_toelichting text,
      voorwaarden jsonb NOT NULL DEFAULT '[]',
      besluit_id uuid REFERENCES ${S}.besluit (id),
      besloten_op date,
      vrijstelling_id uuid,
      behandelaar text,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      ${DATUM_ORDE('gevraagd_van', 'gevraagd_tot_en_met')},
      -- Both criteria are weighed and recorded before a decision (000 art 11 lid 2; 003 art 10 lid 2).
      CHECK (status <> 'besloten' OR (besluit_id IS NOT NULL AND draagt_bij_aan_startkwalificatie IS NOT NULL AND tijd_in_redelijke_verhouding IS NOT NULL))
    )`);
    await q(`CREATE INDEX idx_art15_aanvraag_gemeente_bsn ON ${S}.art15_aanvraag (gemeente, bsn)`);
    await q(`CREATE INDEX idx_art15_aanvraag_werkvoorraad ON ${S}.art15_aanvraag (gemeente, ontvangen_op) WHERE status = 'in-behandeling'`);
    await enableTenantRls(queryRunner, `${S}.art15_aanvraag`);

    await q(`CREATE TABLE ${S}.vrijstelling (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      jongere_naam text NOT NULL,
      geboortedatum date NOT NULL,
      artikel text NOT NULL CHECK (artikel IN (${ARTIKELEN})),
      van date NOT NULL,
      tot_en_met date,
      schooljaar text,
      volgende_kennisgeving_voor date,
      kennisgeving_id uuid REFERENCES ${S}.kennisgeving (id),
      art15_aanvraag_id uuid REFERENCES ${S}.art15_aanvraag (id),
      besluit_id uuid NOT NULL REFERENCES ${S}.besluit (id),
      voorwaarden jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL CHECK (status IN ('verleend','beeindigd')),
      laatste_dag date,
      einde_reden text CHECK (einde_reden IN ('ingetrokken','herroepen-op-bezwaar','defensie-ontslag','niet-meer-van-toepassing')),
      einde_toelichting text,
      beeindigd_door text,
      arbeidsinspectie_brief_id uuid,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      ${DATUM_ORDE('van', 'tot_en_met')},
      CHECK ((artikel = '15') = (art15_aanvraag_id IS NOT NULL) AND (artikel = '15') = (kennisgeving_id IS NULL)),
      CHECK (status = 'verleend' OR (laatste_dag IS NOT NULL AND einde_reden IS NOT NULL)),
      -- A revocation ab initio ends the day before it started (vrijstelling-beeindigd.v1).
      CHECK (laatste_dag IS NULL OR laatste_dag >= van - 1)
    )`);
    await q(`CREATE INDEX idx_vrijstelling_gemeente_bsn ON ${S}.vrijstelling (gemeente, bsn)`);
    // The renewal list: exemptions in force by the day they end (Lpw art 6: a new kennisgeving yearly).
    await q(`CREATE INDEX idx_vrijstelling_vernieuwing ON ${S}.vrijstelling (gemeente, tot_en_met) WHERE status = 'verleend'`);
    await enableTenantRls(queryRunner, `${S}.vrijstelling`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['vrijstelling', 'art15_aanvraag', 'kennisgeving']) {
      await disableTenantRls(queryRunner, `${S}.${tabel}`);
      await queryRunner.query(`DROP TABLE ${S}.${tabel}`);
    }
  }
}
