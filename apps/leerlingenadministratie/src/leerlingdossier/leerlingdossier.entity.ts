import type { DossierGrond } from '@leerrecht/shared/util-instructie';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';


/**
 * The ground the dossier was opened on (000 art 4 lid 1; 003 art 4 lid 1); which grounds a
 * gemeente allows is its instructie (`dossier.gronden`). NOT NULL + CHECK: no dossier without one.
 */
export type DossierReden = DossierGrond;

@Entity({ schema: 'leerlingenadministratie', name: 'leerlingdossier' })
@Index('uq_leerlingdossier_leerling', ['leerlingId'], { unique: true })
export class LeerlingdossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'text' })
  reden!: DossierReden;

  /** Instructie version under which the dossier was opened (000 art 26 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'timestamptz', name: 'geopend_op' })
  geopendOp!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
