import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { VRIJSTELLING_EINDE_REDENEN } from '@leerrecht/shared/contracts-events';
import type { VrijstellingArtikel } from './vrijstelling-regels';

export type VrijstellingStatus = 'verleend' | 'beeindigd';

/**
 * An exemption in force: from a kennisgeving that complies (Lpw art 5, 5a, 6; 000 art 12 lid 5)
 * or from an art 15 decision. It is what the leerlingenadministratie, verzuim and DUO's register
 * hear of (vrijstelling-verleend / -beeindigd). Tenant-owned, AVG.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'vrijstelling' })
@Index('idx_vrijstelling_gemeente_bsn', ['gemeente', 'bsn'])
export class VrijstellingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text', name: 'jongere_naam' })
  jongereNaam!: string;

  @Column({ type: 'date' })
  geboortedatum!: string;

  @Column({ type: 'text' })
  artikel!: VrijstellingArtikel;

  @Column({ type: 'date' })
  van!: string;

  /** Inclusive; null = open-ended (art 7 statement: never fit). */
  @Column({ type: 'date', name: 'tot_en_met', nullable: true })
  totEnMet!: string | null;

  /** Art 5: the schooljaar of the kennisgeving; null for art 15. */
  @Column({ type: 'text', nullable: true })
  schooljaar!: string | null;

  /** Art 5: before this day a new kennisgeving is needed (Lpw art 6; 000 art 12 lid 5). */
  @Column({ type: 'date', name: 'volgende_kennisgeving_voor', nullable: true })
  volgendeKennisgevingVoor!: string | null;

  @Column({ type: 'uuid', name: 'kennisgeving_id', nullable: true })
  kennisgevingId!: string | null;

  @Column({ type: 'uuid', name: 'art15_aanvraag_id', nullable: true })
  art15AanvraagId!: string | null;

  @Column({ type: 'uuid', name: 'besluit_id' })
  besluitId!: string;

  /** Art 15: the conditions attached to the decision (000 art 11 lid 2; 003 art 10 lid 2 c). */
  @Column({ type: 'jsonb' })
  voorwaarden!: string[];

  @Column({ type: 'text' })
  status!: VrijstellingStatus;

  /** The last day it applied, when ended early or revoked (inclusive). */
  @Column({ type: 'date', name: 'laatste_dag', nullable: true })
  laatsteDag!: string | null;

  @Column({ type: 'text', name: 'einde_reden', nullable: true })
  eindeReden!: (typeof VRIJSTELLING_EINDE_REDENEN)[number] | null;

  @Column({ type: 'text', name: 'einde_toelichting', nullable: true })
  eindeToelichting!: string | null;

  @Column({ type: 'text', name: 'beeindigd_door', nullable: true })
  beeindigdDoor!: string | null;

  /** The notice to the district head of the Arbeidsinspectie, when the profile asks for one (000 art 12 lid 14). */
  @Column({ type: 'uuid', name: 'arbeidsinspectie_brief_id', nullable: true })
  arbeidsinspectieBriefId!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
