import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Lpw art 7: a doctor, pedagogue or psychologist. */
export type DeskundigeBeroep = 'arts' | 'pedagoog' | 'psycholoog';

/** 000 art 14; 003 toelichting art 13: agreements made ad hoc or structurally. */
export type DeskundigeAfspraak = 'ad-hoc' | 'structureel';

/**
 * An expert the college designated (Lpw art 7; 000 art 14; 003 art 13 lid 1) to give the statement
 * behind an exemption under art 5 onder a, with the agreement on how the examination and the written
 * statement are done. Staff of a partner, not a data subject of this service. Tenant-owned.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'deskundige' })
@Index('idx_deskundige_gemeente', ['gemeente', 'naam'])
export class DeskundigeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  beroep!: DeskundigeBeroep;

  /** E.g. the GGD or the school advisory service (003 toelichting art 13). */
  @Column({ type: 'text', nullable: true })
  organisatie!: string | null;

  @Column({ type: 'text', nullable: true })
  adres!: string | null;

  @Column({ type: 'text' })
  afspraak!: DeskundigeAfspraak;

  /** How the examination is done and the written statement drawn up (003 art 13 lid 1). */
  @Column({ type: 'text' })
  werkwijze!: string;

  @Column({ type: 'date', name: 'aangewezen_op' })
  aangewezenOp!: string;

  /** Last day of the designation; null = until withdrawn. */
  @Column({ type: 'date', name: 'geldig_tot_en_met', nullable: true })
  geldigTotEnMet!: string | null;

  @Column({ type: 'date', name: 'ingetrokken_op', nullable: true })
  ingetrokkenOp!: string | null;

  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  @Column({ type: 'uuid', name: 'brief_id', nullable: true })
  briefId!: string | null;

  @Column({ type: 'text', name: 'aangewezen_door' })
  aangewezenDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
