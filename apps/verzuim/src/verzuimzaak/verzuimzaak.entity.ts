import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MasRoute, Zaaksoort } from '@leerrecht/verzuim/util-verzuimregels';
import type { Classificatie } from '../verzuimmelding/verzuimmelding.entity';

export type ZaakStatus = 'open' | 'gesloten';
/** 000 art 3 lid 9: the administration screens a melding and handles it or forwards it. */
export type Triage = 'te-beoordelen' | 'doorgezet' | 'zelf-afgehandeld' | 'niet-van-toepassing';

/**
 * One investigation of a youth's absence (Lpw art 22 lid 1) along the MAS: the meldingen it
 * answers, the assigned officer, the phase and the routes chosen, its tasks and its timeline.
 * Classified AVG or Wpg as the gemeente's instructie says (privacy.wpgGrens.verzuimzaak).
 */
@Entity({ schema: 'verzuim', name: 'verzuimzaak' })
export class VerzuimzaakEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'date', nullable: true })
  geboortedatum!: string | null;

  @Column({ type: 'text' })
  soort!: Zaaksoort;

  @Column({ type: 'text' })
  status!: ZaakStatus;

  @Column({ type: 'text' })
  triage!: Triage;

  /** Username of the assigned officer; null while the administration screens it or nobody is assigned. */
  @Column({ type: 'text', nullable: true })
  behandelaar!: string | null;

  @Column({ type: 'text', nullable: true })
  fase!: string | null;

  @Column({ type: 'text', array: true })
  routes!: MasRoute[];

  /** 000 art 6 lid 5: feedback to ZAT/OT only when the youth was already discussed there. */
  @Column({ type: 'boolean', name: 'besproken_in_zat' })
  besprokenInZat!: boolean;

  /** Ongeoorloofd verzuim established: conversation reports and notes may be kept from then on (000 art 4 lid 2 m–o). */
  @Column({ type: 'boolean', name: 'ongeoorloofd_vastgesteld' })
  ongeoorloofdVastgesteld!: boolean;

  @Column({ type: 'text' })
  classificatie!: Classificatie;

  @Column({ type: 'text' })
  vakantieregio!: 'noord' | 'midden' | 'zuid';

  /** The instructie version the case was opened under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'timestamptz', name: 'geopend_op' })
  geopendOp!: Date;

  @Column({ type: 'timestamptz', name: 'gesloten_op', nullable: true })
  geslotenOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  afsluitreden!: string | null;

  @Column({ type: 'text', nullable: true })
  afsluittoelichting!: string | null;

  /** Retention (privacy-retentie.md §9): null while a Wpg case is open (held until processing ends). */
  @Column({ type: 'date', name: 'bewaren_tot', nullable: true })
  bewarenTot!: string | null;

  @Column({ type: 'text', name: 'bewaartermijn_grondslag' })
  bewaartermijnGrondslag!: string;

  /** The administration's absolute-verzuim procedure this case continues (absoluut-verzuim-vermoed). */
  @Column({ type: 'uuid', name: 'absoluut_procedure_id', nullable: true })
  absoluutProcedureId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
