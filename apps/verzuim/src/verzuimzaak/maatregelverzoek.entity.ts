import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Maatregel } from '@leerrecht/verzuim/util-verzuimregels';

export type Tegen = 'ouders' | 'jongere' | 'ouders-en-jongere';

/** An enforcement measure the officer requested from handhaving (verzuim.md §15). Always Wpg. */
@Entity({ schema: 'verzuim', name: 'maatregelverzoek' })
export class MaatregelverzoekEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text' })
  maatregel!: Maatregel;

  @Column({ type: 'text' })
  tegen!: Tegen;

  /** The facts as sent on handhaving-gevraagd (no free text). */
  @Column({ type: 'jsonb' })
  feiten!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  voorstel!: string | null;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text', name: 'aangevraagd_door' })
  aangevraagdDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
