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
  status!: 'open' | 'gematcht' | 'opgehelderd';

  @Column({ type: 'uuid', name: 'gematcht_met', nullable: true })
  gematchtMet!: string | null;

  /** 000 art 3 lid 8; 001 §2.1: the school that deregistered is contacted first. */
  @Column({ type: 'date', name: 'school_gecontacteerd_op', nullable: true })
  schoolGecontacteerdOp!: string | null;

  @Column({ type: 'text', name: 'school_uitkomst', nullable: true })
  schoolUitkomst!: 'opgehelderd' | 'niet-opgehelderd' | null;

  /** Then, when the school cannot clarify, the parents in writing. */
  @Column({ type: 'date', name: 'ouders_aangeschreven_op', nullable: true })
  oudersAangeschrevenOp!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
