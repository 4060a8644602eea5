import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface LeerlingOuder {
  naam: string;
  /** One line: where the letter goes. */
  adres: string;
}

/**
 * A youth who attends the provision in question, with the parents who are told when it is not a
 * school (000 art 13 lid 3; 003 art 12 lid 4). An existing enrolment elsewhere stays until the
 * provision is recognised (003 art 12 lid 2). Tenant-owned.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'school_erkenning_leerling' })
@Index('idx_school_erkenning_leerling_vraag', ['vraagId'])
export class SchoolErkenningLeerlingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'vraag_id' })
  vraagId!: string;

  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'date' })
  geboortedatum!: string;

  @Column({ type: 'jsonb' })
  ouders!: LeerlingOuder[];

  /** The school or institution where the youth is enrolled now, if any (003 art 12 lid 2). */
  @Column({ type: 'text', name: 'huidige_inschrijving', nullable: true })
  huidigeInschrijving!: string | null;

  @Column({ type: 'date', name: 'ouders_geinformeerd_op', nullable: true })
  oudersGeinformeerdOp!: string | null;

  @Column({ type: 'jsonb', name: 'brief_ids' })
  briefIds!: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
