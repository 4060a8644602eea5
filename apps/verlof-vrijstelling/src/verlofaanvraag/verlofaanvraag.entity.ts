import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Lpw art 11 onder g / 14 (gewichtige omstandigheden; ≤ 10 school days: head of the school, more:
 * the LPA) and art 11 onder f / 13a (vakantieverlof).
 */
export type Verlofsoort = 'gewichtige-omstandigheden-tot-10' | 'gewichtige-omstandigheden-meer-dan-10' | 'vakantieverlof';
/** 'doorgezonden': a ≤ 10-day request forwarded to the head of the school (Awb art 2:3; 000/003 art 5 lid 1). */
export type VerlofaanvraagStatus = 'ontvangen' | 'doorgezonden' | 'in-behandeling' | 'besloten' | 'ingetrokken';
/** Never Wpg: leave and exemption are AVG matters (003 toelichting art 4). */
export type VerlofClassificatie = 'AVG' | 'AVG-bijzonder';

/** A request for leave from school, as received by the leerplichtambtenaar. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'verlof_vrijstelling', name: 'verlofaanvraag' })
@Index('idx_verlofaanvraag_gemeente_bsn', ['gemeente', 'bsn'])
export class VerlofaanvraagEntity {
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
  soort!: Verlofsoort;

  @Column({ type: 'date', name: 'eerste_verlofdag' })
  eersteVerlofdag!: string;

  @Column({ type: 'date', name: 'laatste_verlofdag' })
  laatsteVerlofdag!: string;

  /** Starts the decision term (Awb art 4:13; 003 toelichting art 5: at most 8 weeks). */
  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;

  @Column({ type: 'text' })
  status!: VerlofaanvraagStatus;

  @Column({ type: 'text' })
  classificatie!: VerlofClassificatie;

  /** The instructie version the request is handled under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
