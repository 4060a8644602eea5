import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ZaakSoort } from '../besluit/zaak';

export type GeadresseerdeRol =
  | 'ouders'
  | 'jongere'
  | 'schoolleider'
  | 'directeur'
  | 'deskundige'
  | 'ontwerper'
  | 'arbeidsinspectie'
  | 'burgerzaken'
  | 'inspectie'
  | 'defensie'
  | 'bezwaarmaker';

/**
 * A letter as sent: the text rendered from the gemeente's template and its PDF, filed with the zaak
 * (000 art 4 lid 2 m; 003 art 4 lid 2 m: copies of correspondence). Never regenerated: what was
 * sent stays what was sent, whatever the template says later.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'brief' })
export class BriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'persoon_sleutel', nullable: true })
  persoonSleutel!: string | null;

  @Column({ type: 'text', name: 'zaak_soort' })
  zaakSoort!: ZaakSoort;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  /** The template key in the instructie's `brieven`. */
  @Column({ type: 'text' })
  sjabloon!: string;

  @Column({ type: 'text', name: 'geadresseerde_rol' })
  geadresseerdeRol!: GeadresseerdeRol;

  @Column({ type: 'text' })
  geadresseerde!: string;

  /** Who gets a copy, e.g. the director of the school (000 art 5 lid 1 c, lid 8). */
  @Column({ type: 'jsonb', name: 'afschrift_aan' })
  afschriftAan!: { rol: GeadresseerdeRol; naam: string }[];

  @Column({ type: 'text' })
  kenmerk!: string;

  @Column({ type: 'text' })
  onderwerp!: string;

  @Column({ type: 'text' })
  tekst!: string;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text', name: 'opgesteld_door' })
  opgesteldDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'text' })
  classificatie!: 'AVG' | 'AVG-bijzonder';

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
