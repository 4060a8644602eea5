import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BezwaarTijdigheid } from '../awb/awb-termijnen';

export type BezwaarUitkomst = 'gegrond' | 'deels-gegrond' | 'ongegrond' | 'niet-ontvankelijk';

/** An objection (bezwaarschrift) against a decision of this service (Awb ch 6–7). Tenant-owned. */
@Entity({ schema: 'verlof_vrijstelling', name: 'bezwaar' })
export class BezwaarEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'besluit_id' })
  besluitId!: string;

  @Column({ type: 'text', name: 'persoon_sleutel', nullable: true })
  persoonSleutel!: string | null;

  @Column({ type: 'text' })
  indiener!: string;

  @Column({ type: 'text', name: 'indiener_adres', nullable: true })
  indienerAdres!: string | null;

  @Column({ type: 'date', name: 'ontvangen_op' })
  ontvangenOp!: string;

  @Column({ type: 'date', name: 'per_post_verzonden_op', nullable: true })
  perPostVerzondenOp!: string | null;

  /** Awb art 6:9 and 6:11. */
  @Column({ type: 'text' })
  tijdigheid!: BezwaarTijdigheid;

  @Column({ type: 'text', name: 'verschoonbaar_reden', nullable: true })
  verschoonbaarReden!: string | null;

  /** Awb art 6:5: the grounds of the objection. */
  @Column({ type: 'text' })
  gronden!: string;

  @Column({ type: 'text' })
  status!: 'in-behandeling' | 'advies-ontvangen' | 'besloten';

  /** Awb art 7:10: 6 weeks, or 12 with an advisory committee, after the objection term ended. */
  @Column({ type: 'date', name: 'beslis_uiterlijk' })
  beslisUiterlijk!: string;

  @Column({ type: 'date', name: 'advies_datum', nullable: true })
  adviesDatum!: string | null;

  @Column({ type: 'text', name: 'advies_strekking', nullable: true })
  adviesStrekking!: BezwaarUitkomst | null;

  @Column({ type: 'text', nullable: true })
  advies!: string | null;

  @Column({ type: 'text', nullable: true })
  uitkomst!: BezwaarUitkomst | null;

  @Column({ type: 'uuid', name: 'beslissing_besluit_id', nullable: true })
  beslissingBesluitId!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
