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

  /**
   * The day ongeoorloofd schoolverzuim was established in the case; until then the guarded
   * fields stay empty (000 art 4 lid 2 m, n, o, v; 003 art 4 lid 2 m, n, o, t).
   */
  @Column({ type: 'date', name: 'ongeoorloofd_verzuim_vastgesteld_op', nullable: true })
  ongeoorloofdVerzuimVastgesteldOp!: string | null;

  @Column({ type: 'text', name: 'ongeoorloofd_verzuim_vastgesteld_door', nullable: true })
  ongeoorloofdVerzuimVastgesteldDoor!: string | null;

  /** Case id in the system the dossier was migrated from (koppelingen.md §17), for traceability. */
  @Column({ type: 'text', name: 'bron_kenmerk', nullable: true })
  bronKenmerk!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
