import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BriefSoort =
  | 'absoluut-verzuim-eerste'
  | 'absoluut-verzuim-tweede'
  | 'uitschrijving-zonder-bestemming'
  /** Closure of a verzuimmelding, asked for by `verzuim` (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a). */
  | 'verzuim-afsluiting-ouders'
  | 'verzuim-afsluiting-jongere';

export interface Geadresseerde {
  naam: string;
  /** One line, as printed on the envelope. */
  adres: string | null;
}

/** A letter as sent, stored with the case (copies of correspondence, 000 art 4 lid 2 m). */
@Entity({ schema: 'leerlingenadministratie', name: 'brief' })
export class BriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'leerling_id' })
  leerlingId!: string;

  @Column({ type: 'text' })
  soort!: BriefSoort;

  @Column({ type: 'uuid', name: 'procedure_id', nullable: true })
  procedureId!: string | null;

  @Column({ type: 'uuid', name: 'opvolging_id', nullable: true })
  opvolgingId!: string | null;

  /** The verzuimmelding and verzuimzaak (in `verzuim`) a closure letter is about; no foreign key, they live in another service. */
  @Column({ type: 'uuid', name: 'melding_id', nullable: true })
  meldingId!: string | null;

  @Column({ type: 'uuid', name: 'zaak_id', nullable: true })
  zaakId!: string | null;

  /** AVG, AVG-bijzonder or Wpg: a letter about a Wpg case is itself Wpg data (privacy-retentie.md §2). */
  @Column({ type: 'text', default: 'AVG' })
  classificatie!: string;

  @Column({ type: 'text' })
  kenmerk!: string;

  @Column({ type: 'jsonb' })
  geadresseerden!: Geadresseerde[];

  @Column({ type: 'text' })
  tekst!: string;

  @Column({ type: 'date', name: 'verzonden_op' })
  verzondenOp!: string;

  @Column({ type: 'date', name: 'reactie_uiterlijk', nullable: true })
  reactieUiterlijk!: string | null;

  @Column({ type: 'text', name: 'verzonden_door' })
  verzondenDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
