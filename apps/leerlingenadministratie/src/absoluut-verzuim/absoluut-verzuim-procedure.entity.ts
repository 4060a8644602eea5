import type { AbsoluutVerzuimProcedure, ActieSoort, KandidaatRoute, ProcedureStatus } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The check of one candidate (administratie.md §5.2 steps 2–7). `toestand` is the procedure as
 * the pure library keeps it (every step with its date); status, next action and due date are
 * copied out for the officer's work list.
 */
@Entity({ schema: 'leerlingenadministratie', name: 'absoluut_verzuim_procedure' })
export class AbsoluutVerzuimProcedureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'uuid', name: 'controle_id' })
  controleId!: string;

  @Column({ type: 'text' })
  route!: KandidaatRoute;

  @Column({ type: 'text' })
  status!: ProcedureStatus;

  @Column({ type: 'jsonb' })
  toestand!: AbsoluutVerzuimProcedure;

  @Column({ type: 'text', name: 'volgende_actie' })
  volgendeActie!: ActieSoort;

  @Column({ type: 'date', nullable: true })
  uiterlijk!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
