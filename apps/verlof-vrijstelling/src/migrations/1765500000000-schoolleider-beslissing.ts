import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'verlof_vrijstelling';

const STATUS_OUD = `'ontvangen','doorgezonden','in-behandeling','aanvulling-gevraagd','besloten','buiten-behandeling','ingetrokken'`;
const STATUS_NIEUW = `'ontvangen','doorgezonden','besloten-door-schoolleider','in-behandeling','aanvulling-gevraagd','besloten','buiten-behandeling','ingetrokken'`;

/**
 * The head of the school's decision on a forwarded leave request (Lpw art 13a, 14 lid 1): recorded
 * by the school or, when he tells it by phone or letter, by the gemeente on his behalf (000 art 5
 * lid 9; 003 art 5 lid 6). It is his decision, not a besluit of the officer, so it lives on the
 * request. The granted schooldagen are stored so the count of the schooljaar (003 toelichting
 * art 5) can drop what he refused.
 */
export class SchoolleiderBeslissing1765500000000 implements MigrationInterface {
  name = 'SchoolleiderBeslissing1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE ${S}.verlofaanvraag DROP CONSTRAINT verlofaanvraag_status_check`);
    await q(`ALTER TABLE ${S}.verlofaanvraag
      ADD COLUMN schoolleider_uitkomst text CHECK (schoolleider_uitkomst IN ('toegewezen','gedeeltelijk-toegewezen','afgewezen')),
      ADD COLUMN schoolleider_verleend_van date,
      ADD COLUMN schoolleider_verleend_tot_en_met date,
      ADD COLUMN schoolleider_verleende_schooldagen int CHECK (schoolleider_verleende_schooldagen >= 0),
      ADD COLUMN schoolleider_besloten_op date,
      ADD COLUMN schoolleider_vastgelegd_door text,
      ADD CONSTRAINT verlofaanvraag_status_check CHECK (status IN (${STATUS_NIEUW})),
      -- Only the head decides here, and his decision is whole: outcome, day, count and recorder together.
      ADD CONSTRAINT verlofaanvraag_schoolleider_beslissing CHECK (
        (schoolleider_uitkomst IS NULL) = (schoolleider_besloten_op IS NULL)
        AND (schoolleider_uitkomst IS NULL) = (schoolleider_verleende_schooldagen IS NULL)
        AND (schoolleider_uitkomst IS NULL) = (schoolleider_vastgelegd_door IS NULL)
        AND (schoolleider_uitkomst IS NULL OR route = 'schoolleider')
        AND (status <> 'besloten-door-schoolleider' OR schoolleider_uitkomst IS NOT NULL)
      ),
      -- A period is granted unless he refused, and lies inside the one asked for.
      ADD CONSTRAINT verlofaanvraag_schoolleider_periode CHECK (
        (schoolleider_verleend_van IS NULL) = (schoolleider_verleend_tot_en_met IS NULL)
        AND (schoolleider_uitkomst IS NULL OR (schoolleider_uitkomst = 'afgewezen') = (schoolleider_verleend_van IS NULL))
        AND (schoolleider_uitkomst <> 'afgewezen' OR schoolleider_verleende_schooldagen = 0)
        AND (schoolleider_verleend_van IS NULL OR (
          schoolleider_verleend_van <= schoolleider_verleend_tot_en_met
          AND schoolleider_verleend_van >= eerste_verlofdag
          AND schoolleider_verleend_tot_en_met <= laatste_verlofdag))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE ${S}.verlofaanvraag DROP CONSTRAINT verlofaanvraag_schoolleider_periode, DROP CONSTRAINT verlofaanvraag_schoolleider_beslissing, DROP CONSTRAINT verlofaanvraag_status_check`);
    // Without the columns a recorded decision cannot be kept: the request is forwarded again.
    await q(`UPDATE ${S}.verlofaanvraag SET status = 'doorgezonden' WHERE status = 'besloten-door-schoolleider'`);
    await q(`ALTER TABLE ${S}.verlofaanvraag ADD CONSTRAINT verlofaanvraag_status_check CHECK (status IN (${STATUS_OUD}))`);
    for (const kolom of ['schoolleider_uitkomst', 'schoolleider_verleend_van', 'schoolleider_verleend_tot_en_met', 'schoolleider_verleende_schooldagen', 'schoolleider_besloten_op', 'schoolleider_vastgelegd_door']) {
      await q(`ALTER TABLE ${S}.verlofaanvraag DROP COLUMN ${kolom}`);
    }
  }
}
