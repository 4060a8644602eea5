import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BerichtSoort = 'terugkoppeling-school' | 'afhandelingsbericht';

/**
 * A message the verzuim service writes to a school or another professional: the action feedback
 * to a non-funded school (000 art 6 lid 1) and the "handled" notice at closure (000 art 6 lid 8;
 * 003 art 6 lid 4). Letters to parents and youth are composed by the administration, which holds
 * the names, addresses and gezag (verzuimbrief-gevraagd).
 */
@Entity({ schema: 'verzuim', name: 'bericht' })
export class BerichtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'uuid', name: 'melding_id', nullable: true })
  meldingId!: string | null;

  @Column({ type: 'text' })
  soort!: BerichtSoort;

  @Column({ type: 'text' })
  ontvanger!: string;

  /** True only when consent allowed substantive feedback (000 art 6 lid 8). */
  @Column({ type: 'boolean' })
  inhoudelijk!: boolean;

  @Column({ type: 'text' })
  kenmerk!: string;

  @Column({ type: 'text' })
  tekst!: string;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text', name: 'verzonden_door' })
  verzondenDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
