import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Termijnduur } from '@leerrecht/shared/util-kalender';
import type { Ouder } from './kennisgeving.entity';

export type Art15Status = 'in-behandeling' | 'besloten';

/**
 * An application for exemption because the youth otherwise receives sufficient education (Lpw
 * art 15), decided by the officer on behalf of the college (000 art 11 lid 1; 003 art 10 lid 1)
 * after weighing both criteria (000 art 11 lid 2; 003 art 10 lid 2). Tenant-owned, AVG.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'art15_aanvraag' })
@Index('idx_art15_aanvraag_gemeente_bsn', ['gemeente', 'bsn'])
export class Art15AanvraagEntity {
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

  @Column({ type: 'jsonb' })
  aanvragers!: Ouder[];

  /** Postcode of the youth's address (1234AB): DUO's register asks for it (Lpw art 6 lid 4; art 15 lid 3). */
  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'date', name: 'ontvangen_op' })
  ontvangenOp!: string;

  /** The other education the youth follows, as the applicants describe it. */
  @Column({ type: 'text' })
  onderwijs!: string;

  @Column({ type: 'text', nullable: true })
  aanbieder!: string | null;

  @Column({ type: 'date', name: 'gevraagd_van' })
  gevraagdVan!: string;

  @Column({ type: 'date', name: 'gevraagd_tot_en_met' })
  gevraagdTotEnMet!: string;

  @Column({ type: 'text' })
  status!: Art15Status;

  /** The decision term applied at receipt (Awb art 4:13; instructie `verlof.beslistermijn`). */
  @Column({ type: 'jsonb' })
  beslistermijn!: Termijnduur;

  // The weighing (000 art 11 lid 2; 003 art 10 lid 2 a–b)

  @Column({ type: 'boolean', name: 'draagt_bij_aan_startkwalificatie', nullable: true })
  draagtBijAanStartkwalificatie!: boolean | null;

  @Column({ type: 'text', name: 'startkwalificatie_toelichting', nullable: true })
  startkwalificatieToelichting!: string | null;

  @Column({ type: 'boolean', name: 'tijd_in_redelijke_verhouding', nullable: true })
  tijdInRedelijkeVerhouding!: boolean | null;

  @Column({ type: 'text', name: 'tijd_toelichting', nullable: true })
  tijdToelichting!: string | null;

  @Column({ type: 'jsonb' })
  voorwaarden!: string[];

  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  @Column({ type: 'date', name: 'besloten_op', nullable: true })
  beslotenOp!: string | null;

  @Column({ type: 'uuid', name: 'vrijstelling_id', nullable: true })
  vrijstellingId!: string | null;

  @Column({ type: 'text', nullable: true })
  behandelaar!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
