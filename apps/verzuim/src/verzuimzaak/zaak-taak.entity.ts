import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TaakSoort } from '@leerrecht/verzuim/util-verzuimregels';

/** uitgevoerd = done as prescribed; overgeslagen / anders-uitgevoerd = "leg uit": only with a written reason. */
export type TaakStatus = 'open' | 'uitgevoerd' | 'overgeslagen' | 'anders-uitgevoerd';

/** A step the instructie prescribes in a case, with its deadline in werkdagen/schooldagen and its article. */
@Entity({ schema: 'verzuim', name: 'zaak_taak' })
export class ZaakTaakEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  /** For a task about one melding (the feedback to its source); null for the case as a whole. */
  @Column({ type: 'uuid', name: 'melding_id', nullable: true })
  meldingId!: string | null;

  @Column({ type: 'text' })
  soort!: TaakSoort;

  @Column({ type: 'date', nullable: true })
  uiterlijk!: string | null;

  @Column({ type: 'text' })
  bron!: string;

  @Column({ type: 'text' })
  status!: TaakStatus;

  @Column({ type: 'date', name: 'afgerond_op', nullable: true })
  afgerondOp!: string | null;

  @Column({ type: 'text', name: 'afgerond_door', nullable: true })
  afgerondDoor!: string | null;

  /** The written reason for skipping or changing a prescribed step (000 art 2 lid 6; 003 art 2 lid 7). */
  @Column({ type: 'text', nullable: true })
  uitleg!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
