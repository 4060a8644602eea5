import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MeldingStatus = 'geregistreerd' | 'in-behandeling' | 'afgesloten' | 'ingetrokken' | 'ter-kennisgeving-aangenomen';

/**
 * One step in the history of a verzuimmelding as `verzuim` reported it, for the dossier timeline
 * (verzuim.md §5). Keyed by the melding, not by the dossier: a status change may arrive before the
 * melding itself (the events travel on different topics), and its row must not be lost.
 */
@Entity({ schema: 'leerlingenadministratie', name: 'dossier_melding_historie' })
@Index('uq_dossier_melding_historie_bron_event', ['bronEventId'], { unique: true })
@Index('idx_dossier_melding_historie_melding', ['meldingId', 'op'])
export class DossierMeldingHistorieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'melding_id' })
  meldingId!: string;

  @Column({ type: 'text' })
  status!: MeldingStatus;

  /** DUO's closure reason code (koppelingen §1.3); only with a closure. */
  @Column({ type: 'text', nullable: true })
  afsluitreden!: string | null;

  /** DUO's explanation code (koppelingen §1.3). */
  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  /** When the status changed, as `verzuim` says. */
  @Column({ type: 'timestamptz' })
  op!: Date;

  @Column({ type: 'text' })
  classificatie!: string;

  /** The event this row came from: a replay of it writes nothing (unique). */
  @Column({ type: 'uuid', name: 'bron_event_id' })
  bronEventId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
