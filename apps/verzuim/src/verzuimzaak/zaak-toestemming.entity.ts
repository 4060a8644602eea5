import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Consent recorded with scope, giver, date and withdrawal (privacy-retentie.md §7): substantive
 * feedback to others (000 art 6 lid 8), a multidisciplinary meeting (003 art 2 lid 5).
 */
@Entity({ schema: 'verzuim', name: 'zaak_toestemming' })
export class ZaakToestemmingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'text' })
  gever!: 'ouders' | 'jongere';

  @Column({ type: 'text' })
  reikwijdte!: 'inhoudelijke-terugkoppeling' | 'multidisciplinair-overleg';

  @Column({ type: 'date', name: 'gegeven_op' })
  gegevenOp!: string;

  @Column({ type: 'date', name: 'ingetrokken_op', nullable: true })
  ingetrokkenOp!: string | null;

  @Column({ type: 'integer', name: 'leeftijd_jongere_bij_geven' })
  leeftijdJongereBijGeven!: number;

  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
