import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intake asks for every melding "has this youth an open case?" (verzuim.md §2.2 rule 7). Without
 * planner statistics (a server with autovacuum off, a fresh database) PostgreSQL chose the
 * officer's work-list index and read every open case of the gemeente (docs/benchmarks.md). A
 * partial index on exactly the question answers it from two equality conditions, whatever the
 * statistics say; it replaces the full (gemeente, persoon_sleutel) index nobody else uses.
 */
export class OpenZaakIndex1764900000000 implements MigrationInterface {
  name = 'OpenZaakIndex1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS verzuim.idx_verzuimzaak_persoon');
    await queryRunner.query(`CREATE INDEX idx_verzuimzaak_open_persoon ON verzuim.verzuimzaak (gemeente, persoon_sleutel) WHERE status = 'open'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS verzuim.idx_verzuimzaak_open_persoon');
    await queryRunner.query('CREATE INDEX idx_verzuimzaak_persoon ON verzuim.verzuimzaak (gemeente, persoon_sleutel)');
  }
}
