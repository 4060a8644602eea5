import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A verzuimmelding as linked into the dossier: the facts the event carried, with its source
 * (service and event id) so every entry says where it came from (instructie art 4).
 */
@Entity({ schema: 'leerlingenadministratie', name: 'dossier_melding' })
@Index('uq_dossier_melding_melding', ['meldingId'], { unique: true })
export class DossierMeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'dossier_id' })
  dossierId!: string;

  @Column({ type: 'uuid', name: 'melding_id' })
  meldingId!: string;

  @Column({ type: 'text', name: 'school_brin' })
  schoolBrin!: string;

  @Column({ type: 'text' })
  verzuimsoort!: string;

  @Column({ type: 'date', name: 'begin_datum' })
  beginDatum!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  classificatie!: string;

  @Column({ type: 'text', name: 'bron_service' })
  bronService!: string;

  @Column({ type: 'uuid', name: 'bron_event_id' })
  bronEventId!: string;

  @Column({ type: 'timestamptz', name: 'gemeld_op' })
  gemeldOp!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
