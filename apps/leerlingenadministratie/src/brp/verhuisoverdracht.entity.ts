import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Handover task in the new woongemeente when a youth moves between gemeenten of the centre: the
 * dossier came along, the officer takes it over and may ask the old gemeente for a warm handover
 * (Lpr art 3 lid 2; 003 art 3 lid 8; administratie.md §2.2).
 */
@Entity({ schema: 'leerlingenadministratie', name: 'verhuisoverdracht' })
export class VerhuisoverdrachtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The new woongemeente (owner of the task). */
  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'van_gemeente' })
  vanGemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'uuid', name: 'dossier_id', nullable: true })
  dossierId!: string | null;

  @Column({ type: 'date', name: 'verhuisd_op' })
  verhuisdOp!: string;

  @Column({ type: 'text', name: 'mutatie_id' })
  mutatieId!: string;

  @Column({ type: 'text' })
  status!: 'open' | 'afgerond';

  @Column({ type: 'timestamptz', name: 'afgerond_op', nullable: true })
  afgerondOp!: Date | null;

  @Column({ type: 'text', name: 'afgerond_door', nullable: true })
  afgerondDoor!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
