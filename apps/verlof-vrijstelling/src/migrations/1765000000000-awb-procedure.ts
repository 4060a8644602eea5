import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@leerrecht/shared/data-access-db';

const S = 'verlof_vrijstelling';

/** The zaak kinds of this service: every letter, view, statement and decision belongs to one. */
const ZAAKSOORTEN = `'verlofaanvraag','kennisgeving','art15-aanvraag','schoolbezoek-vrijstelling','vervangende-leerplicht','school-erkenning','deskundige','bezwaar'`;

/**
 * The Awb procedure of a leave request (Lpw art 11 onder g, 13a, 14; Awb ch 2–4, 6–7): routing by
 * the schooldagen of the schooljaar, suspension while the applicant completes the request, the
 * notice of default, and the records every decision of this service shares: views (zienswijzen),
 * statements, decisions, objections and letters.
 */
export class AwbProcedure1765000000000 implements MigrationInterface {
  name = 'AwbProcedure1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // The first soort column mixed the kind with the routing; the routing is now decided at intake.
    await q(`ALTER TABLE ${S}.verlofaanvraag DROP CONSTRAINT IF EXISTS verlofaanvraag_soort_check`);
    await q(`ALTER TABLE ${S}.verlofaanvraag DROP CONSTRAINT IF EXISTS verlofaanvraag_status_check`);
    await q(`ALTER TABLE ${S}.verlofaanvraag
      ADD COLUMN route text,
      ADD COLUMN schooljaar text,
      ADD COLUMN schooldagen int,
      ADD COLUMN schooljaar_schooldagen int,
      ADD COLUMN ontvangstdatum date,
      ADD COLUMN jongere_naam text,
      ADD COLUMN geboortedatum date,
      ADD COLUMN school_brin text CHECK (school_brin ~ '^[0-9A-Z]{4}$'),
      ADD COLUMN school_naam text,
      ADD COLUMN aanvragers jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN omstandigheid text,
      ADD COLUMN toelichting text,
      ADD COLUMN indicatie text CHECK (indicatie IN ('medisch','sociaal')),
      ADD COLUMN ondertekend_op date,
      ADD COLUMN korte_termijn_waarschuwing boolean NOT NULL DEFAULT false,
      ADD COLUMN beslistermijn jsonb,
      ADD COLUMN opschortingen jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN aanvulling_ontbrekend text,
      ADD COLUMN aanvullen_uiterlijk date,
      ADD COLUMN ingebrekestelling_ontvangen_op date,
      ADD COLUMN besluit_id uuid,
      ADD COLUMN behandelaar text`);
    await q(`UPDATE ${S}.verlofaanvraag SET
      route = CASE WHEN soort = 'gewichtige-omstandigheden-meer-dan-10' THEN 'leerplichtambtenaar' ELSE 'schoolleider' END,
      soort = CASE WHEN soort = 'vakantieverlof' THEN 'vakantieverlof' ELSE 'gewichtige-omstandigheden' END,
      ontvangstdatum = (ontvangen_op AT TIME ZONE 'Europe/Amsterdam')::date`);
    await q(`ALTER TABLE ${S}.verlofaanvraag
      ALTER COLUMN route SET NOT NULL,
      ALTER COLUMN ontvangstdatum SET NOT NULL,
      ADD CONSTRAINT verlofaanvraag_soort_check CHECK (soort IN ('gewichtige-omstandigheden','vakantieverlof')),
      ADD CONSTRAINT verlofaanvraag_route_check CHECK (route IN ('schoolleider','leerplichtambtenaar')),
      ADD CONSTRAINT verlofaanvraag_status_check CHECK (status IN ('ontvangen','doorgezonden','in-behandeling','aanvulling-gevraagd','besloten','buiten-behandeling','ingetrokken'))`);
    // Routing sums the youth's requests per schooljaar (003 toelichting art 5).
    await q(`CREATE INDEX idx_verlofaanvraag_schooljaar ON ${S}.verlofaanvraag (gemeente, bsn, schooljaar)`);
    // The school head's view: forwarded requests of its own pupils.
    await q(`CREATE INDEX idx_verlofaanvraag_school ON ${S}.verlofaanvraag (school_brin, status)`);

    await q(`CREATE TABLE ${S}.zienswijze (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      zaak_soort text NOT NULL CHECK (zaak_soort IN (${ZAAKSOORTEN})),
      zaak_id uuid NOT NULL,
      partij text NOT NULL CHECK (partij IN ('directeur','ouder','jongere','derde-belanghebbende')),
      vorm text NOT NULL CHECK (vorm IN ('schriftelijk','mondeling')),
      datum date NOT NULL,
      plaats text,
      inhoud text NOT NULL CHECK (length(btrim(inhoud)) > 0),
      vastgelegd_door text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`CREATE INDEX idx_zienswijze_zaak ON ${S}.zienswijze (zaak_id)`);
    await enableTenantRls(queryRunner, `${S}.zienswijze`);

    // Medical or social statements are health data (AVG art 9): only what the decision needs, no diagnosis.
    await q(`CREATE TABLE ${S}.verklaring (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      zaak_soort text NOT NULL CHECK (zaak_soort IN (${ZAAKSOORTEN})),
      zaak_id uuid NOT NULL,
      soort text NOT NULL CHECK (soort IN ('ggd-arts','specialistische-jeugdhulpaanbieder','sociale-instantie','deskundige-art-7','belastbaarheid','schoolleider-buitenland')),
      uitgever text NOT NULL,
      datum date NOT NULL,
      strekking text,
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder')),
      vastgelegd_door text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`CREATE INDEX idx_verklaring_zaak ON ${S}.verklaring (zaak_id)`);
    await enableTenantRls(queryRunner, `${S}.verklaring`);

    await q(`CREATE TABLE ${S}.besluit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      persoon_sleutel text,
      bsn text CHECK (bsn ~ '^[0-9]{9}$'),
      zaak_soort text NOT NULL CHECK (zaak_soort IN (${ZAAKSOORTEN})),
      zaak_id uuid NOT NULL,
      soort text NOT NULL,
      uitkomst text NOT NULL,
      grondslag text NOT NULL,
      motivering text NOT NULL CHECK (length(btrim(motivering)) > 0),
      namens text NOT NULL CHECK (namens IN ('college','leerplichtambtenaar')),
      bekendgemaakt_op date NOT NULL,
      genomen_door text NOT NULL,
      bezwaar_uiterlijk date,
      brief_id uuid,
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`CREATE INDEX idx_besluit_zaak ON ${S}.besluit (zaak_id)`);
    await enableTenantRls(queryRunner, `${S}.besluit`);

    await q(`CREATE TABLE ${S}.bezwaar (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      besluit_id uuid NOT NULL REFERENCES ${S}.besluit (id),
      persoon_sleutel text,
      indiener text NOT NULL,
      indiener_adres text,
      ontvangen_op date NOT NULL,
      per_post_verzonden_op date,
      tijdigheid text NOT NULL CHECK (tijdigheid IN ('tijdig','tijdig-per-post','te-laat','te-laat-verschoonbaar')),
      verschoonbaar_reden text,
      gronden text NOT NULL CHECK (length(btrim(gronden)) > 0),
      status text NOT NULL CHECK (status IN ('in-behandeling','advies-ontvangen','besloten')),
      beslis_uiterlijk date NOT NULL,
      advies_datum date,
      advies_strekking text CHECK (advies_strekking IN ('gegrond','deels-gegrond','ongegrond','niet-ontvankelijk')),
      advies text,
      uitkomst text CHECK (uitkomst IN ('gegrond','deels-gegrond','ongegrond','niet-ontvankelijk')),
      beslissing_besluit_id uuid REFERENCES ${S}.besluit (id),
      instructie_versie text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`CREATE INDEX idx_bezwaar_besluit ON ${S}.bezwaar (besluit_id)`);
    await enableTenantRls(queryRunner, `${S}.bezwaar`);

    await q(`CREATE TABLE ${S}.brief (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gemeente text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
      persoon_sleutel text,
      zaak_soort text NOT NULL CHECK (zaak_soort IN (${ZAAKSOORTEN})),
      zaak_id uuid NOT NULL,
      sjabloon text NOT NULL,
      geadresseerde_rol text NOT NULL,
      geadresseerde text NOT NULL,
      afschrift_aan jsonb NOT NULL DEFAULT '[]',
      kenmerk text NOT NULL,
      onderwerp text NOT NULL,
      tekst text NOT NULL,
      pdf bytea NOT NULL,
      datum date NOT NULL,
      opgesteld_door text NOT NULL,
      instructie_versie text NOT NULL,
      classificatie text NOT NULL CHECK (classificatie IN ('AVG','AVG-bijzonder')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q(`CREATE INDEX idx_brief_zaak ON ${S}.brief (zaak_id, created_at)`);
    await enableTenantRls(queryRunner, `${S}.brief`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['brief', 'bezwaar', 'besluit', 'verklaring', 'zienswijze']) {
      await disableTenantRls(queryRunner, `${S}.${tabel}`);
      await queryRunner.query(`DROP TABLE ${S}.${tabel}`);
    }
    await queryRunner.query(`DROP INDEX ${S}.idx_verlofaanvraag_schooljaar`);
    await queryRunner.query(`DROP INDEX ${S}.idx_verlofaanvraag_school`);
    // The old soort mixed kind and route; the old status set lacks the Awb states. Both come back.
    await queryRunner.query(`ALTER TABLE ${S}.verlofaanvraag DROP CONSTRAINT verlofaanvraag_soort_check, DROP CONSTRAINT verlofaanvraag_route_check, DROP CONSTRAINT verlofaanvraag_status_check`);
    await queryRunner.query(`UPDATE ${S}.verlofaanvraag SET
      soort = CASE WHEN soort = 'vakantieverlof' THEN soort WHEN route = 'leerplichtambtenaar' THEN 'gewichtige-omstandigheden-meer-dan-10' ELSE 'gewichtige-omstandigheden-tot-10' END,
      status = CASE WHEN status IN ('aanvulling-gevraagd') THEN 'in-behandeling' WHEN status = 'buiten-behandeling' THEN 'besloten' ELSE status END`);
    await queryRunner.query(`ALTER TABLE ${S}.verlofaanvraag
      ADD CONSTRAINT verlofaanvraag_soort_check CHECK (soort IN ('gewichtige-omstandigheden-tot-10','gewichtige-omstandigheden-meer-dan-10','vakantieverlof')),
      ADD CONSTRAINT verlofaanvraag_status_check CHECK (status IN ('ontvangen','doorgezonden','in-behandeling','besloten','ingetrokken'))`);
    for (const kolom of ['route', 'schooljaar', 'schooldagen', 'schooljaar_schooldagen', 'ontvangstdatum', 'jongere_naam', 'geboortedatum', 'school_brin', 'school_naam', 'aanvragers', 'omstandigheid', 'toelichting', 'indicatie', 'ondertekend_op', 'korte_termijn_waarschuwing', 'beslistermijn', 'opschortingen', 'aanvulling_ontbrekend', 'aanvullen_uiterlijk', 'ingebrekestelling_ontvangen_op', 'besluit_id', 'behandelaar']) {
      await queryRunner.query(`ALTER TABLE ${S}.verlofaanvraag DROP COLUMN ${kolom}`);
    }
  }
}
