import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verzuim';
const GEMEENTE = `gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$')`;
const CLASSIFICATIE = `classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder','Wpg'))`;

/**
 * The verzuim issue: the melding with every field of the Besluit verzuimmelding and its channel,
 * the case (verzuimzaak) along the MAS with its prescribed tasks and the timeline in which every
 * "leg uit" is kept, consent, the feedback to the source (DUO ROD, the school), messages to the
 * school and others, the assignment rules, and the DUO fetch state (cursor, index, unreadable
 * deliveries). Tenant-owned tables carry `gemeente` with FORCEd row-level security.
 */
export class Verzuimzaak1764700000000 implements MigrationInterface {
  name = 'Verzuimzaak1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${S}.verzuimzaak (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      persoon_sleutel text NOT NULL,
      geboortedatum date NULL,
      soort text NOT NULL CHECK (soort IN ('wettelijk','overig','luxe','langdurig-relatief','achttien-plus','absoluut')),
      status text NOT NULL CHECK (status IN ('open','gesloten')),
      triage text NOT NULL CHECK (triage IN ('te-beoordelen','doorgezet','zelf-afgehandeld','niet-van-toepassing')),
      behandelaar text NULL,
      fase text NULL,
      routes text[] NOT NULL DEFAULT '{}',
      besproken_in_zat boolean NOT NULL DEFAULT false,
      ongeoorloofd_vastgesteld boolean NOT NULL DEFAULT false,
      ${CLASSIFICATIE},
      vakantieregio text NOT NULL CHECK (vakantieregio IN ('noord','midden','zuid')),
      instructie_versie text NOT NULL,
      geopend_op timestamptz NOT NULL,
      gesloten_op timestamptz NULL,
      afsluitreden text NULL,
      afsluittoelichting text NULL,
      bewaren_tot date NULL,
      bewaartermijn_grondslag text NOT NULL,
      absoluut_procedure_id uuid NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'gesloten') = (gesloten_op IS NOT NULL))
    )`);
    // verzuim.md §2.2 rule 7: a new melding for a youth with an open case joins that case. An
    // absolute-verzuim case (not enrolled) is a different investigation and may run beside it.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verzuimzaak_open ON ${S}.verzuimzaak (gemeente, persoon_sleutel, (soort = 'absoluut')) WHERE status = 'open'`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verzuimzaak_absoluut_procedure ON ${S}.verzuimzaak (absoluut_procedure_id) WHERE absoluut_procedure_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX idx_verzuimzaak_behandelaar ON ${S}.verzuimzaak (gemeente, behandelaar) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX idx_verzuimzaak_persoon ON ${S}.verzuimzaak (gemeente, persoon_sleutel)`);
    await enableTenantRls(queryRunner, `${S}.verzuimzaak`);

    // The melding gets every field of the Besluit verzuimmelding (bijlage) and its channel.
    await queryRunner.query(`ALTER TABLE ${S}.verzuimmelding
      ADD COLUMN kanaal text NOT NULL DEFAULT 'school-api' CHECK (kanaal IN ('duo','papier','school-api')),
      ADD COLUMN extern_id text NULL,
      ADD COLUMN zaak_id uuid NULL REFERENCES ${S}.verzuimzaak (id),
      ADD COLUMN geboortedatum date NULL,
      ADD COLUMN leerling_naam text NULL,
      ADD COLUMN onderwijssoort text NULL CHECK (onderwijssoort IN ('PO','SO','VO','VSO','MBO')),
      ADD COLUMN leslocatie text NULL,
      ADD COLUMN duo_categorie text NULL,
      ADD COLUMN vermoedelijke_reden text NULL,
      ADD COLUMN alle_lessen_gemist boolean NULL,
      ADD COLUMN actie_door_school text NULL,
      ADD COLUMN actie_gemeente_gewenst boolean NULL,
      ADD COLUMN actie_gemeente_toelichting text NULL,
      ADD COLUMN melder jsonb NULL,
      ADD COLUMN telefoon_ouder_of_leerling text NULL,
      ADD COLUMN afwijkend_adres jsonb NULL,
      ADD COLUMN verzuimdagen numeric NULL CHECK (verzuimdagen IS NULL OR verzuimdagen BETWEEN 0 AND 366),
      ADD COLUMN verzuimregistratie jsonb NULL,
      ADD COLUMN keer_te_laat integer NULL CHECK (keer_te_laat IS NULL OR keer_te_laat BETWEEN 0 AND 1000),
      ADD COLUMN toelichting_school text NULL,
      ADD COLUMN beoordeling jsonb NULL,
      ADD COLUMN afsluitreden text NULL,
      ADD COLUMN afsluittoelichting text NULL,
      ADD COLUMN status_gewijzigd_op timestamptz NULL,
      ADD COLUMN bewaren_tot date NULL,
      ADD COLUMN bewaartermijn_grondslag text NULL`);
    // Nothing stored twice (koppelingen §1.6 rule 1): DUO's meldingsnummer, a school system's own
    // message id, and a paper kennisgeving's content each identify one melding.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verzuimmelding_duo ON ${S}.verzuimmelding (extern_id) WHERE kanaal = 'duo'`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verzuimmelding_school_bericht ON ${S}.verzuimmelding (melder_client_id, extern_id) WHERE kanaal = 'school-api'`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_verzuimmelding_papier ON ${S}.verzuimmelding (gemeente, bsn, school_brin, begin_datum, verzuimsoort) WHERE kanaal = 'papier'`);
    await queryRunner.query(`CREATE INDEX idx_verzuimmelding_zaak ON ${S}.verzuimmelding (zaak_id)`);
    await queryRunner.query(`CREATE INDEX idx_verzuimmelding_overzicht ON ${S}.verzuimmelding (gemeente, ontvangen_op)`);

    await queryRunner.query(`CREATE TABLE ${S}.zaak_taak (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      zaak_id uuid NOT NULL REFERENCES ${S}.verzuimzaak (id),
      melding_id uuid NULL REFERENCES ${S}.verzuimmelding (id),
      soort text NOT NULL,
      uiterlijk date NULL,
      bron text NOT NULL,
      status text NOT NULL CHECK (status IN ('open','uitgevoerd','overgeslagen','anders-uitgevoerd')),
      afgerond_op date NULL,
      afgerond_door text NULL,
      uitleg text NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- pas toe of leg uit (000 art 2 lid 6; 003 art 2 lid 7): a skipped or changed step has its reason
      CHECK (status NOT IN ('overgeslagen','anders-uitgevoerd') OR length(btrim(coalesce(uitleg, ''))) >= 10),
      CHECK ((status = 'open') = (afgerond_op IS NULL))
    )`);
    await queryRunner.query(`CREATE INDEX idx_zaak_taak_zaak ON ${S}.zaak_taak (zaak_id)`);
    await queryRunner.query(`CREATE INDEX idx_zaak_taak_open ON ${S}.zaak_taak (gemeente, uiterlijk) WHERE status = 'open'`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_zaak_taak_melding_soort ON ${S}.zaak_taak (zaak_id, coalesce(melding_id, '00000000-0000-0000-0000-000000000000'::uuid), soort) WHERE status = 'open'`);
    await enableTenantRls(queryRunner, `${S}.zaak_taak`);

    await queryRunner.query(`CREATE TABLE ${S}.zaak_gebeurtenis (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      zaak_id uuid NOT NULL REFERENCES ${S}.verzuimzaak (id),
      melding_id uuid NULL REFERENCES ${S}.verzuimmelding (id),
      soort text NOT NULL,
      omschrijving text NOT NULL,
      uitleg text NULL,
      afwijking_mas boolean NOT NULL DEFAULT false,
      datum date NOT NULL,
      actor text NOT NULL,
      instructie_versie text NOT NULL,
      op timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_zaak_gebeurtenis_zaak ON ${S}.zaak_gebeurtenis (zaak_id, op)`);
    await enableTenantRls(queryRunner, `${S}.zaak_gebeurtenis`);

    await queryRunner.query(`CREATE TABLE ${S}.zaak_toestemming (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      zaak_id uuid NOT NULL REFERENCES ${S}.verzuimzaak (id),
      gever text NOT NULL CHECK (gever IN ('ouders','jongere')),
      reikwijdte text NOT NULL CHECK (reikwijdte IN ('inhoudelijke-terugkoppeling','multidisciplinair-overleg')),
      gegeven_op date NOT NULL,
      ingetrokken_op date NULL CHECK (ingetrokken_op IS NULL OR ingetrokken_op >= gegeven_op),
      leeftijd_jongere_bij_geven integer NOT NULL,
      vastgelegd_door text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_zaak_toestemming_zaak ON ${S}.zaak_toestemming (zaak_id)`);
    await enableTenantRls(queryRunner, `${S}.zaak_toestemming`);

    // What goes back to the source of a melding (Lpw art 21a lid 6): DUO ROD through the adapter
    // (sent by a job, so a DUO outage loses nothing), a non-funded school by letter, a school
    // system through its status query.
    await queryRunner.query(`CREATE TABLE ${S}.terugkoppeling (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      melding_id uuid NOT NULL REFERENCES ${S}.verzuimmelding (id),
      kanaal text NOT NULL CHECK (kanaal IN ('duo','papier','school-api')),
      status text NOT NULL CHECK (status IN ('in-behandeling','afgesloten','ter-kennisgeving-aangenomen')),
      acties text[] NOT NULL DEFAULT '{}',
      afsluitreden text NULL,
      toelichting text NULL,
      uiterlijk date NULL,
      vastgelegd_op timestamptz NOT NULL,
      vastgelegd_door text NOT NULL,
      verzendstatus text NOT NULL CHECK (verzendstatus IN ('te-versturen','verzonden','geweigerd')),
      verzonden_op timestamptz NULL,
      pogingen integer NOT NULL DEFAULT 0,
      volgende_poging_op timestamptz NULL,
      weigerreden text NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_terugkoppeling_melding ON ${S}.terugkoppeling (melding_id, vastgelegd_op)`);
    await queryRunner.query(`CREATE INDEX idx_terugkoppeling_te_versturen ON ${S}.terugkoppeling (volgende_poging_op) WHERE verzendstatus = 'te-versturen'`);
    await enableTenantRls(queryRunner, `${S}.terugkoppeling`);

    await queryRunner.query(`CREATE TABLE ${S}.bericht (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      zaak_id uuid NOT NULL REFERENCES ${S}.verzuimzaak (id),
      melding_id uuid NULL REFERENCES ${S}.verzuimmelding (id),
      soort text NOT NULL CHECK (soort IN ('terugkoppeling-school','afhandelingsbericht')),
      ontvanger text NOT NULL,
      inhoudelijk boolean NOT NULL,
      kenmerk text NOT NULL,
      tekst text NOT NULL,
      datum date NOT NULL,
      verzonden_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_bericht_zaak ON ${S}.bericht (zaak_id)`);
    await enableTenantRls(queryRunner, `${S}.bericht`);

    // The officer's requests to handhaving (verzuim.md §15), kept here too: a later melding asks
    // whether this is a first offence (handhaving.md §3 rule 2). Always Wpg.
    await queryRunner.query(`CREATE TABLE ${S}.maatregelverzoek (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      zaak_id uuid NOT NULL REFERENCES ${S}.verzuimzaak (id),
      persoon_sleutel text NOT NULL,
      maatregel text NOT NULL CHECK (maatregel IN ('waarschuwing','halt','proces-verbaal','svb')),
      tegen text NOT NULL CHECK (tegen IN ('ouders','jongere','ouders-en-jongere')),
      feiten jsonb NOT NULL,
      voorstel text NULL,
      datum date NOT NULL,
      aangevraagd_door text NOT NULL,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX idx_maatregelverzoek_persoon ON ${S}.maatregelverzoek (gemeente, persoon_sleutel, datum)`);
    await enableTenantRls(queryRunner, `${S}.maatregelverzoek`);

    // Which officer gets a gemeente's meldingen, or one school's (a school rule wins).
    await queryRunner.query(`CREATE TABLE ${S}.toewijzingsregel (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      school_brin text NULL CHECK (school_brin IS NULL OR school_brin ~ '^[0-9]{2}[A-Z0-9]{2}$'),
      behandelaar text NOT NULL,
      vastgelegd_door text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_toewijzingsregel ON ${S}.toewijzingsregel (gemeente, coalesce(school_brin, ''))`);
    await enableTenantRls(queryRunner, `${S}.toewijzingsregel`);

    // DUO fetch state. The cursor commits with the fetched entries' events (outbox), so a restart
    // neither loses nor repeats a delivery; the index maps a meldingsnummer to its gemeente and
    // person, for status changes that arrive without either.
    await queryRunner.query(`CREATE TABLE ${S}.duo_ophaling (
      gemeente text PRIMARY KEY CHECK (gemeente ~ '^[0-9]{4}$'),
      volgende_vanaf bigint NOT NULL DEFAULT 0,
      laatst_opgehaald_op timestamptz NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await enableTenantRls(queryRunner, `${S}.duo_ophaling`);
    await queryRunner.query(`CREATE TABLE ${S}.duo_melding_index (
      meldingsnummer text PRIMARY KEY,
      ${GEMEENTE},
      persoon_sleutel text NOT NULL,
      volgnummer bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await enableTenantRls(queryRunner, `${S}.duo_melding_index`);
    // What DUO delivered that could not be taken in: field names and a reason code, never values.
    await queryRunner.query(`CREATE TABLE ${S}.duo_onverwerkbaar (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${GEMEENTE},
      volgnummer bigint NULL,
      meldingsnummer text NULL,
      reden text NOT NULL,
      velden text[] NOT NULL DEFAULT '{}',
      ontvangen_op timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_duo_onverwerkbaar ON ${S}.duo_onverwerkbaar (gemeente, volgnummer) WHERE volgnummer IS NOT NULL`);
    await enableTenantRls(queryRunner, `${S}.duo_onverwerkbaar`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['duo_onverwerkbaar', 'duo_melding_index', 'duo_ophaling', 'toewijzingsregel', 'maatregelverzoek', 'bericht', 'terugkoppeling', 'zaak_toestemming', 'zaak_gebeurtenis', 'zaak_taak']) {
      await disableTenantRls(queryRunner, `${S}.${table}`);
      await queryRunner.query(`DROP TABLE ${S}.${table}`);
    }
    await queryRunner.query(`DROP INDEX ${S}.uq_verzuimmelding_duo`);
    await queryRunner.query(`DROP INDEX ${S}.uq_verzuimmelding_school_bericht`);
    await queryRunner.query(`DROP INDEX ${S}.uq_verzuimmelding_papier`);
    await queryRunner.query(`DROP INDEX ${S}.idx_verzuimmelding_zaak`);
    await queryRunner.query(`DROP INDEX ${S}.idx_verzuimmelding_overzicht`);
    await queryRunner.query(`ALTER TABLE ${S}.verzuimmelding
      DROP COLUMN kanaal, DROP COLUMN extern_id, DROP COLUMN zaak_id, DROP COLUMN geboortedatum, DROP COLUMN leerling_naam,
      DROP COLUMN onderwijssoort, DROP COLUMN leslocatie, DROP COLUMN duo_categorie, DROP COLUMN vermoedelijke_reden,
      DROP COLUMN alle_lessen_gemist, DROP COLUMN actie_door_school, DROP COLUMN actie_gemeente_gewenst,
      DROP COLUMN actie_gemeente_toelichting, DROP COLUMN melder, DROP COLUMN telefoon_ouder_of_leerling,
      DROP COLUMN afwijkend_adres, DROP COLUMN verzuimdagen, DROP COLUMN verzuimregistratie, DROP COLUMN keer_te_laat,
      DROP COLUMN toelichting_school, DROP COLUMN beoordeling, DROP COLUMN afsluitreden, DROP COLUMN afsluittoelichting,
      DROP COLUMN status_gewijzigd_op, DROP COLUMN bewaren_tot, DROP COLUMN bewaartermijn_grondslag`);
    await disableTenantRls(queryRunner, `${S}.verzuimzaak`);
    await queryRunner.query(`DROP TABLE ${S}.verzuimzaak`);
  }
}
