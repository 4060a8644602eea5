import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Who handles a gemeente's meldingen: one officer for the whole gemeente (schoolBrin null) or per
 * school; a school rule wins over the gemeente rule.
 */
@Entity({ schema: 'verzuim', name: 'toewijzingsregel' })
export class ToewijzingsregelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'school_brin', nullable: true })
  schoolBrin!: string | null;

  /** Username of the officer (Principal.gebruikersnaam). */
  @Column({ type: 'text' })
  behandelaar!: string;

  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
