import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A youth as known to the administration of one gemeente (tenant-owned, RLS on gemeente). */
@Entity({ schema: 'leerlingenadministratie', name: 'leerling' })
@Index('uq_leerling_gemeente_bsn', ['gemeente', 'bsn'], { unique: true })
export class LeerlingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'date', nullable: true })
  geboortedatum!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
