import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A parent of a youth as the BRP gives them, with whether they hold gezag: letters about the
 * enrolment check go to the holders of gezag (administratie.md §5.2 step 4; koppelingen.md §2.6).
 */
@Entity({ schema: 'leerlingenadministratie', name: 'ouder' })
export class OuderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  /** 1 or 2, in the order the BRP gives (ouder1/ouder2). */
  @Column({ type: 'smallint' })
  volgorde!: number;

  @Column({ type: 'text', nullable: true })
  bsn!: string | null;

  @Column({ type: 'text', nullable: true })
  voornamen!: string | null;

  @Column({ type: 'text', nullable: true })
  voorvoegsel!: string | null;

  @Column({ type: 'text', nullable: true })
  geslachtsnaam!: string | null;

  @Column({ type: 'text', nullable: true })
  geslacht!: 'M' | 'V' | 'O' | null;

  @Column({ type: 'boolean', name: 'heeft_gezag' })
  heeftGezag!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
