import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ZaakSoort } from './zaak';

export type VerklaringSoort =
  | 'ggd-arts'
  | 'specialistische-jeugdhulpaanbieder'
  | 'sociale-instantie'
  | 'deskundige-art-7'
  | 'belastbaarheid'
  | 'schoolleider-buitenland';

/**
 * A statement behind a decision: a medical or social indication for leave (000 art 5 fn 1; 003
 * toelichting art 5), the expert's statement (Lpw art 7), a capacity statement (001 §3.3), a foreign
 * head's statement (Lpw art 9). Health data (AVG art 9): who issued it, when and its bearing on the
 * decision — never a diagnosis.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'verklaring' })
export class VerklaringEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'zaak_soort' })
  zaakSoort!: ZaakSoort;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'text' })
  soort!: VerklaringSoort;

  @Column({ type: 'text' })
  uitgever!: string;

  @Column({ type: 'date' })
  datum!: string;

  /** Its bearing on the decision in a few words (e.g. "ongeschikt voor toelating tot een school"). */
  @Column({ type: 'text', nullable: true })
  strekking!: string | null;

  @Column({ type: 'text' })
  classificatie!: 'AVG' | 'AVG-bijzonder';

  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
