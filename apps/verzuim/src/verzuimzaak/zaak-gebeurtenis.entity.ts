import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The case timeline: every step with date and officer (verzuim.md §4.5), every deviation from the
 * MAS with its reason, marked `afwijkingMas` (000 art 2 lid 6 "in het dossier van de jongere").
 * Append-only: a correction is a new entry.
 */
@Entity({ schema: 'verzuim', name: 'zaak_gebeurtenis' })
export class ZaakGebeurtenisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'uuid', name: 'melding_id', nullable: true })
  meldingId!: string | null;

  @Column({ type: 'text' })
  soort!: string;

  @Column({ type: 'text' })
  omschrijving!: string;

  @Column({ type: 'text', nullable: true })
  uitleg!: string | null;

  @Column({ type: 'boolean', name: 'afwijking_mas' })
  afwijkingMas!: boolean;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'timestamptz' })
  op!: Date;
}
