import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What the partner is shown: received; in assessment; closed — never content (ketenpartners.md §5). */
export type SignaalStatus = 'ontvangen' | 'in-behandeling' | 'afgehandeld';
export type SignaalClassificatie = 'AVG' | 'AVG-bijzonder' | 'Wpg';

/** A signal about a youth from a chain partner. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'ketenpartner_signalen', name: 'signaal' })
@Index('idx_signaal_gemeente_bsn', ['gemeente', 'bsn'])
@Index('idx_signaal_partner', ['partnerClientId', 'id'])
export class SignaalEntity {
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

  /** Keycloak client of the partner system that sent it; a partner sees only its own signals. */
  @Column({ type: 'text', name: 'partner_client_id' })
  partnerClientId!: string;

  /** Processing purpose the partner states for the signal. */
  @Column({ type: 'text' })
  doel!: string;

  /** Legal basis the partner states for the signal. */
  @Column({ type: 'text' })
  grondslag!: string;

  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;

  @Column({ type: 'text' })
  status!: SignaalStatus;

  @Column({ type: 'text' })
  classificatie!: SignaalClassificatie;

  /** The instructie version the signal was received under (000 art 26 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
