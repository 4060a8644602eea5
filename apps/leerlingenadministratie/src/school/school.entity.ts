import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A school or onderwijslocatie from DUO's register (public data, no tenant column). */
@Entity({ schema: 'leerlingenadministratie', name: 'school' })
export class SchoolEntity {
  @PrimaryColumn({ type: 'text' })
  brin!: string;

  /** Two-digit vestigingsnummer; '' = the school as a whole. */
  @PrimaryColumn({ type: 'text' })
  onderwijslocatie!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text', nullable: true })
  plaats!: string | null;

  @Column({ type: 'text', array: true })
  onderwijssoorten!: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
