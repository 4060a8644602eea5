import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The Inspectie's advice and the officer's conclusion, which follows it (000 art 13 lid 2; 003 art 12 lid 3). */
export type SchoolOordeel = 'school' | 'geen-school';

/**
 * - inspectie-verzocht: the Inspectie is asked to investigate and advise within a stated term (000 art 13 lid 1; 003 art 12 lid 1 a);
 * - advies-ontvangen: the advice is recorded;
 * - vastgesteld: the officer's conclusion, equal to the advice, is recorded.
 */
export type SchoolErkenningStatus = 'inspectie-verzocht' | 'advies-ontvangen' | 'vastgesteld';

/**
 * "Is this a school?" (Lpw art 1a1; 000 art 13; 003 art 12): the provision parents rely on for
 * their duties under the Lpw. The provision itself is no personal data; its pupils are
 * (SchoolErkenningLeerlingEntity). Tenant-owned.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'school_erkenningsvraag' })
@Index('idx_school_erkenningsvraag_gemeente_status', ['gemeente', 'status'])
export class SchoolErkenningsvraagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'voorziening_naam' })
  voorzieningNaam!: string;

  @Column({ type: 'text', name: 'voorziening_adres' })
  voorzieningAdres!: string;

  /** When the parents said the child attends the provision (000 art 13 lid 1; 003 art 12 lid 1). */
  @Column({ type: 'date', name: 'melding_ontvangen_op' })
  meldingOntvangenOp!: string;

  @Column({ type: 'date', name: 'inspectie_verzocht_op' })
  inspectieVerzochtOp!: string;

  /** The term stated in the request (regels.schoolErkenning.inspectieAdviestermijn). */
  @Column({ type: 'date', name: 'advies_uiterlijk' })
  adviesUiterlijk!: string;

  @Column({ type: 'uuid', name: 'verzoek_brief_id', nullable: true })
  verzoekBriefId!: string | null;

  @Column({ type: 'text', nullable: true })
  advies!: SchoolOordeel | null;

  @Column({ type: 'date', name: 'advies_datum', nullable: true })
  adviesDatum!: string | null;

  @Column({ type: 'text', name: 'advies_toelichting', nullable: true })
  adviesToelichting!: string | null;

  /** Not a school: the parents are informed in writing within 7 days of the advice (000 art 13 lid 3; 003 art 12 lid 4). */
  @Column({ type: 'date', name: 'ouders_informeren_uiterlijk', nullable: true })
  oudersInformerenUiterlijk!: string | null;

  /** Always equal to the advice (a CHECK constraint holds the database to it as well). */
  @Column({ type: 'text', nullable: true })
  conclusie!: SchoolOordeel | null;

  @Column({ type: 'date', name: 'conclusie_op', nullable: true })
  conclusieOp!: string | null;

  @Column({ type: 'text', name: 'conclusie_door', nullable: true })
  conclusieDoor!: string | null;

  @Column({ type: 'text' })
  status!: SchoolErkenningStatus;

  @Column({ type: 'text', name: 'geopend_door' })
  geopendDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
