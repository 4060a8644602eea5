import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Kanaal } from '../verzuimmelding/verzuimmelding.entity';

export type TerugkoppelingStatus = 'in-behandeling' | 'afgesloten' | 'ter-kennisgeving-aangenomen';
export type Verzendstatus = 'te-versturen' | 'verzonden' | 'geweigerd';

/**
 * What the gemeente tells the source of a melding (Lpw art 21a lid 6): the actions it takes, or
 * the closure with DUO's reason and explanation. For DUO a job sends it (retrying while DUO is
 * down); a non-funded school gets a letter; a school system reads it through its status query.
 */
@Entity({ schema: 'verzuim', name: 'terugkoppeling' })
export class TerugkoppelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'melding_id' })
  meldingId!: string;

  @Column({ type: 'text' })
  kanaal!: Kanaal;

  @Column({ type: 'text' })
  status!: TerugkoppelingStatus;

  @Column({ type: 'text', array: true })
  acties!: string[];

  @Column({ type: 'text', nullable: true })
  afsluitreden!: string | null;

  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  /** When the first feedback on the melding was due (a week, Lpw art 21a lid 6); null for later ones. */
  @Column({ type: 'date', nullable: true })
  uiterlijk!: string | null;

  @Column({ type: 'timestamptz', name: 'vastgelegd_op' })
  vastgelegdOp!: Date;

  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @Column({ type: 'text' })
  verzendstatus!: Verzendstatus;

  @Column({ type: 'timestamptz', name: 'verzonden_op', nullable: true })
  verzondenOp!: Date | null;

  @Column({ type: 'integer' })
  pogingen!: number;

  @Column({ type: 'timestamptz', name: 'volgende_poging_op', nullable: true })
  volgendePogingOp!: Date | null;

  /** DUO's reason code when it refused (never free text from DUO). */
  @Column({ type: 'text', nullable: true })
  weigerreden!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
