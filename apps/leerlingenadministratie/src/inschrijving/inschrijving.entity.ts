import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type Onderwijssoort = 'PO' | 'SO' | 'VSO' | 'VO' | 'PRO' | 'MBO' | 'VAVO' | 'HO' | 'OVERIG';

/** An enrolment at a school (Lpw art 18: schools report in- and uitschrijvingen within 7 days). */
@Entity({ schema: 'leerlingenadministratie', name: 'inschrijving' })
@Index('idx_inschrijving_leerling', ['leerlingId', 'ingeschrevenOp'])
export class InschrijvingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'text' })
  brin!: string;

  @Column({ type: 'text' })
  onderwijssoort!: Onderwijssoort;

  @Column({ type: 'date', name: 'ingeschreven_op' })
  ingeschrevenOp!: string;

  @Column({ type: 'date', name: 'uitgeschreven_op', nullable: true })
  uitgeschrevenOp!: string | null;

  /** Where the fact came from: a school's own message, the administration, DUO ROD or an import. */
  @Column({ type: 'text' })
  bron!: 'school' | 'administratie' | 'duo-rod' | 'import';

  @Column({ type: 'text', name: 'melder_client_id' })
  melderClientId!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A received enrolment message, kept so a replay of the same message changes nothing. */
@Entity({ schema: 'leerlingenadministratie', name: 'inschrijvingsbericht' })
export class InschrijvingsberichtEntity {
  @Column({ type: 'text', name: 'melder_client_id', primary: true })
  melderClientId!: string;

  @Column({ type: 'text', name: 'bericht_id', primary: true })
  berichtId!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  soort!: 'inschrijving' | 'uitschrijving';

  /** SHA-256 of the message content: the same id with other content is refused. */
  @Column({ type: 'text', name: 'inhoud_hash' })
  inhoudHash!: string;

  @Column({ type: 'uuid', name: 'inschrijving_id' })
  inschrijvingId!: string;

  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;
}
