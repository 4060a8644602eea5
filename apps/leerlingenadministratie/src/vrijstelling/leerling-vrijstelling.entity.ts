import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Classification } from '@leerrecht/shared/contracts-events';

export type VrijstellingSoort = 'vrijstelling' | 'vervangende-leerplicht';

/**
 * An exemption (Lpw art 5 onder a/b/c, 5a, 15) or vervangende leerplicht (art 3a/3b) of a youth,
 * as verlof-vrijstelling decided it: the plicht status shows it (administratie.md §3 overlays) and
 * the absolute-verzuim check leaves the youth out while it runs (§5.2 step 1). The id is the
 * decision service's vrijstellingId / vervangendeLeerplichtId. Tenant-owned (RLS on gemeente).
 */
@Entity({ schema: 'leerlingenadministratie', name: 'leerling_vrijstelling' })
@Index('idx_leerling_vrijstelling_leerling', ['leerlingId', 'van'])
export class LeerlingVrijstellingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'text' })
  soort!: VrijstellingSoort;

  /** '5 onder a', '5 onder b', '5 onder c', '5a', '15'; or '3a', '3b' for vervangende leerplicht. */
  @Column({ type: 'text' })
  artikel!: string;

  @Column({ type: 'date' })
  van!: string;

  /** Inclusive; null for an open-ended exemption. */
  @Column({ type: 'date', name: 'tot_en_met', nullable: true })
  totEnMet!: string | null;

  /** The last day it applied after an early end (vrijstelling-/vervangende-leerplicht-beeindigd); the day before `van` when revoked. */
  @Column({ type: 'date', name: 'beeindigd_op', nullable: true })
  beeindigdOp!: string | null;

  @Column({ type: 'text', name: 'einde_reden', nullable: true })
  eindeReden!: string | null;

  @Column({ type: 'uuid', name: 'besluit_id' })
  besluitId!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'text' })
  classificatie!: Classification;

  @Column({ type: 'uuid', name: 'bron_event_id' })
  bronEventId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A kennisgeving art 6 that does not meet the requirements: the parents must enrol the youth by
 * `inschrijvenUiterlijk` (000 art 12 lid 9; 003 art 11 lid 5); until then the youth is not an
 * absolute-verzuim candidate, after it (without an enrolment) it is (inferred). Tenant-owned.
 */
@Entity({ schema: 'leerlingenadministratie', name: 'kennisgeving_niet_voldaan' })
@Index('idx_kennisgeving_niet_voldaan_leerling', ['leerlingId', 'inschrijvenUiterlijk'])
export class KennisgevingNietVoldaanEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'text' })
  artikel!: string;

  @Column({ type: 'date', name: 'gegeven_op' })
  gegevenOp!: string;

  @Column({ type: 'date', name: 'inschrijven_uiterlijk' })
  inschrijvenUiterlijk!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'text' })
  classificatie!: Classification;

  @Column({ type: 'uuid', name: 'bron_event_id' })
  bronEventId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
