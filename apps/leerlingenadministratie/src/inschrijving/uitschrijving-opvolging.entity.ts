import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An uitschrijving waiting to be matched by a new inschrijving (000 art 3 lid 8). */
@Entity({ schema: 'leerlingenadministratie', name: 'uitschrijving_opvolging' })
export class UitschrijvingOpvolgingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'uuid', name: 'inschrijving_id' })
  inschrijvingId!: string;

  @Column({ type: 'date', name: 'uitgeschreven_op' })
  uitgeschrevenOp!: string;

  @Column({ type: 'date', name: 'wacht_tot_en_met' })
  wachtTotEnMet!: string;

  @Column({ type: 'text' })
  status!: 'open' | 'gematcht';

  @Column({ type: 'uuid', name: 'gematcht_met', nullable: true })
  gematchtMet!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
