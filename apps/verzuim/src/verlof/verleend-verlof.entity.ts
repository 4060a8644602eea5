import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type Verlofuitkomst = 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen' | 'buiten-behandeling';

/**
 * A decision on leave of more than 10 schooldagen (Lpw art 14 lid 3) from verlof-vrijstelling.
 * Tenant-owned (RLS on gemeente). The verleend columns are set exactly when leave was granted.
 * Written once per request, never updated.
 */
@Entity({ schema: 'verzuim', name: 'verleend_verlof' })
@Index('idx_verleend_verlof_persoon', ['gemeente', 'persoonSleutel'])
export class VerleendVerlofEntity {
  /** The request: one decision per request, so also the idempotency key. */
  @PrimaryColumn({ type: 'uuid', name: 'aanvraag_id' })
  aanvraagId!: string;

  @Column({ type: 'uuid', name: 'besluit_id' })
  besluitId!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  /** Keyed pseudonym of the BSN (the event's subject key). */
  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text', name: 'school_brin' })
  schoolBrin!: string;

  @Column({ type: 'text' })
  uitkomst!: Verlofuitkomst;

  @Column({ type: 'date', name: 'gevraagd_van' })
  gevraagdVan!: string;

  @Column({ type: 'date', name: 'gevraagd_tot_en_met' })
  gevraagdTotEnMet!: string;

  @Column({ type: 'date', name: 'verleend_van', nullable: true })
  verleendVan!: string | null;

  @Column({ type: 'date', name: 'verleend_tot_en_met', nullable: true })
  verleendTotEnMet!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
