import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * vsv-18-23: follow-up of an early school leaver not yet 23 (000 art 23 lid 1; 001 §5.2);
 * jikp: monitoring of a youth in a vulnerable position (000 art 9a); overdracht-18: handover from
 * leerplicht at 18 (004 Hfst 4; 003 art 20 lid 2 f).
 */
export type Trajectsoort = 'vsv-18-23' | 'jikp' | 'overdracht-18';
export type TrajectStatus = 'aangemeld' | 'lopend' | 'afgesloten';
/** Never Wpg: the Doorstroompunt holds AVG data only (doorstroompunt.md §12). */
export type TrajectClassificatie = 'AVG' | 'AVG-bijzonder';

/** A Doorstroompunt trajectory of a youth. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'doorstroompunt', name: 'traject' })
@Index('idx_traject_gemeente_bsn', ['gemeente', 'bsn'])
export class TrajectEntity {
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
  soort!: Trajectsoort;

  @Column({ type: 'date', name: 'start_datum' })
  startDatum!: string;

  @Column({ type: 'date', name: 'eind_datum', nullable: true })
  eindDatum!: string | null;

  @Column({ type: 'text' })
  status!: TrajectStatus;

  @Column({ type: 'text' })
  classificatie!: TrajectClassificatie;

  /** The instructie version the trajectory runs under (000 art 26 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
