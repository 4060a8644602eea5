import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'leerlingenadministratie';
const GRONDEN = [
  'vervangende-leerplicht', 'vrijstelling-inschrijving', 'vrijstelling-schoolbezoek', 'absoluut-verzuim',
  'relatief-of-overig-verzuim', 'voortijdig-schoolverlaten', 'overgang-werk-dagbesteding-vervolgonderwijs',
  'bespreking-in-overleg', 'signalen', 'jikp', 'verzuimmelding',
];

/** Every ground of administratie.md §6.2 may be stored; which ones a gemeente allows is its instructie. */
export class DossierGronden1764300000000 implements MigrationInterface {
  name = 'DossierGronden1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier DROP CONSTRAINT IF EXISTS leerlingdossier_reden_check`);
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier ADD CONSTRAINT ck_leerlingdossier_reden CHECK (reden IN (${GRONDEN.map((g) => `'${g}'`).join(', ')}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier DROP CONSTRAINT ck_leerlingdossier_reden`);
    await queryRunner.query(`ALTER TABLE ${S}.leerlingdossier ADD CONSTRAINT leerlingdossier_reden_check CHECK (reden IN ('verzuimmelding'))`);
  }
}
