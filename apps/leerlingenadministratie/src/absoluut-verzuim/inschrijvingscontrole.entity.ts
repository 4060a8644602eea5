import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One run of the absolute-verzuim check (Lpw art 19; administratie.md §5.3: run date, candidates). */
@Entity({ schema: 'leerlingenadministratie', name: 'inschrijvingscontrole' })
export class InschrijvingscontroleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'date' })
  peildatum!: string;

  @Column({ type: 'timestamptz', name: 'uitgevoerd_op' })
  uitgevoerdOp!: Date;

  /** Keycloak subject or 'planner' for a scheduled run. */
  @Column({ type: 'text', name: 'uitgevoerd_door' })
  uitgevoerdDoor!: string;

  @Column({ type: 'integer' })
  populatie!: number;

  @Column({ type: 'integer' })
  kandidaten!: number;

  @Column({ type: 'integer', name: 'nieuwe_procedures' })
  nieuweProcedures!: number;

  @Column({ type: 'integer' })
  geescaleerd!: number;

  @Column({ type: 'integer', name: 'duur_ms' })
  duurMs!: number;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;
}
