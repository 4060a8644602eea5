import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The enforcement routes of handhaving.md: warning, Halt, PV to the OM, SVB, RvdK, Veilig Thuis. */
export type Handhavingssoort = 'waarschuwing' | 'halt' | 'proces-verbaal' | 'svb-melding' | 'rvdk' | 'veilig-thuis';
export type HandhavingszaakStatus = 'open' | 'afgerond';

/** An enforcement case about a youth. Wpg data; tenant-owned (RLS on gemeente). */
@Entity({ schema: 'handhaving', name: 'handhavingszaak' })
@Index('idx_handhavingszaak_gemeente_bsn', ['gemeente', 'bsn'])
@Index('idx_handhavingszaak_aanleiding_melding', ['aanleidingMeldingId'])
export class HandhavingszaakEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS code of the woongemeente responsible for the youth. */
  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  /** Keyed pseudonym of the BSN: the person key in events and the audit log. */
  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text' })
  soort!: Handhavingssoort;

  /** The verzuimmelding (verzuim service) that led to the case, if any. */
  @Column({ type: 'uuid', name: 'aanleiding_melding_id', nullable: true })
  aanleidingMeldingId!: string | null;

  @Column({ type: 'timestamptz', name: 'geopend_op' })
  geopendOp!: Date;

  @Column({ type: 'text' })
  status!: HandhavingszaakStatus;

  /** Always Wpg (CHECK in the migration): readable only by staff authorised for Wpg processing. */
  @Column({ type: 'text' })
  classificatie!: 'Wpg';

  /** The instructie version the case is handled under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
