import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Art5Grond, UitgebreidOnderzoekReden } from './vrijstelling-regels';

/** Where the kennisgeving stands: being examined, or assessed (000 art 12 lid 8; 003 art 11 lid 5). */
export type KennisgevingStatus = 'in-behandeling' | 'voldaan' | 'niet-voldaan';

/** A parent or carer who filed the kennisgeving; the letters go to them. */
export interface Ouder {
  naam: string;
  adres: string;
}

/** The profession of the designated expert (Lpw art 7: a doctor, pedagogue or psychologist). */
export type DeskundigeBeroep = 'arts' | 'pedagoog' | 'psycholoog';

/**
 * A kennisgeving art 6 of the parents claiming an exemption from enrolment (Lpw art 5 onder a, b,
 * c; art 5a) for one schooljaar, with the steps the instructie prescribes per ground (000 art 12;
 * 003 art 11) and the outcome. Tenant-owned; AVG, and AVG-bijzonder on ground a (the youth's
 * health, AVG art 9). The statements, letters, the oral explanation and the decision are
 * filed with the zaak (`zaak_soort` 'kennisgeving').
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'kennisgeving' })
@Index('idx_kennisgeving_gemeente_bsn', ['gemeente', 'bsn'])
export class KennisgevingEntity {
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
  ouders!: Ouder[];

  /** Postcode of the youth's address (1234AB): DUO's register asks for it (Lpw art 6 lid 4; art 15 lid 3). */
  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'text' })
  grond!: Art5Grond;

  @Column({ type: 'date', name: 'ontvangen_op' })
  ontvangenOp!: string;

  /** '2027-2028': the schooljaar the kennisgeving is for (Lpw art 6: yearly). */
  @Column({ type: 'text' })
  schooljaar!: string;

  /** Whether the youth was enrolled at a school before (000 art 12 lid 7; 003 art 11 lid 3 c). */
  @Column({ type: 'boolean', name: 'eerder_ingeschreven' })
  eerderIngeschreven!: boolean;

  /** The parents state an earlier claim on this ground (here or in another gemeente). */
  @Column({ type: 'boolean', name: 'eerder_beroep' })
  eerderBeroep!: boolean;

  /** No earlier claim on this ground, stated or on file: the first kennisgeving (004 Hfst 2.1). */
  @Column({ type: 'boolean', name: 'eerste_kennisgeving' })
  eersteKennisgeving!: boolean;

  /** Last day to file in time (Lpw art 6 lid 1) and whether it was missed; a late one is still handled. */
  @Column({ type: 'date', name: 'indienen_uiterlijk' })
  indienenUiterlijk!: string;

  @Column({ type: 'boolean', name: 'te_laat' })
  teLaat!: boolean;

  @Column({ type: 'text' })
  status!: KennisgevingStatus;

  /** Last day of the message to the parents whether the kennisgeving complies, and its source. */
  @Column({ type: 'date', name: 'bericht_uiterlijk' })
  berichtUiterlijk!: string;

  @Column({ type: 'text', name: 'bericht_bron' })
  berichtBron!: string;

  /** Ground b, profile 004: why the extended review is needed (none = not needed). */
  @Column({ type: 'text', array: true, name: 'uitgebreid_onderzoek_redenen' })
  uitgebreidOnderzoekRedenen!: UitgebreidOnderzoekReden[];

  @Column({ type: 'date', name: 'uitgebreid_onderzoek_op', nullable: true })
  uitgebreidOnderzoekOp!: string | null;

  @Column({ type: 'text', name: 'uitgebreid_onderzoek_verslag', nullable: true })
  uitgebreidOnderzoekVerslag!: string | null;

  // Ground a (000 art 12 lid 2–4; 003 art 11 lid 2; Lpw art 7)

  /** The expert the college designated (Lpw art 7; 000 art 14; 003 art 13 lid 1), never the treating doctor. */
  @Column({ type: 'uuid', name: 'deskundige_id', nullable: true })
  deskundigeId!: string | null;

  @Column({ type: 'text', name: 'deskundige_naam', nullable: true })
  deskundigeNaam!: string | null;

  @Column({ type: 'text', name: 'deskundige_beroep', nullable: true })
  deskundigeBeroep!: DeskundigeBeroep | null;

  @Column({ type: 'date', name: 'onderzoek_gevraagd_op', nullable: true })
  onderzoekGevraagdOp!: string | null;

  @Column({ type: 'date', name: 'onderzoek_uiterlijk', nullable: true })
  onderzoekUiterlijk!: string | null;

  @Column({ type: 'date', name: 'toestemming_gevraagd_op', nullable: true })
  toestemmingGevraagdOp!: string | null;

  @Column({ type: 'date', name: 'toestemming_ouders_op', nullable: true })
  toestemmingOudersOp!: string | null;

  @Column({ type: 'date', name: 'toestemming_jongere_op', nullable: true })
  toestemmingJongereOp!: string | null;

  /** The day the expert consulted the samenwerkingsverband; only after the consents. */
  @Column({ type: 'date', name: 'overleg_samenwerkingsverband_op', nullable: true })
  overlegSamenwerkingsverbandOp!: string | null;

  @Column({ type: 'uuid', name: 'verklaring_id', nullable: true })
  verklaringId!: string | null;

  @Column({ type: 'date', name: 'verklaring_datum', nullable: true })
  verklaringDatum!: string | null;

  @Column({ type: 'date', name: 'verklaring_ontvangen_op', nullable: true })
  verklaringOntvangenOp!: string | null;

  /** The statement says the youth will never be fit: no yearly renewal (Lpw art 6 lid 2). */
  @Column({ type: 'boolean', name: 'nooit_geschikt', default: false })
  nooitGeschikt!: boolean;

  // Ground b (000 art 12 lid 6–7; 003 art 11 lid 3)

  @Column({ type: 'date', name: 'uitgenodigd_op', nullable: true })
  uitgenodigdOp!: string | null;

  @Column({ type: 'date', name: 'gespreksdatum', nullable: true })
  gespreksdatum!: string | null;

  @Column({ type: 'text', name: 'gesprekslocatie', nullable: true })
  gesprekslocatie!: string | null;

  @Column({ type: 'date', name: 'toelichting_op', nullable: true })
  toelichtingOp!: string | null;

  /** The parents object to the richting of all schools within reasonable distance (003 art 11 lid 3 b). */
  @Column({ type: 'boolean', name: 'bezwaar_richting_alle_scholen', nullable: true })
  bezwaarRichtingAlleScholen!: boolean | null;

  @Column({ type: 'date', name: 'verlengd_op', nullable: true })
  verlengdOp!: string | null;

  @Column({ type: 'text', name: 'verlenging_reden', nullable: true })
  verlengingReden!: string | null;

  // Ground c (000 art 12 lid 11; 003 art 11 lid 4, toelichting art 11)

  @Column({ type: 'text', name: 'buitenlandse_school', nullable: true })
  buitenlandseSchool!: string | null;

  @Column({ type: 'text', name: 'buitenlandse_school_land', nullable: true })
  buitenlandseSchoolLand!: string | null;

  @Column({ type: 'boolean', name: 'dagelijks_pendelen', nullable: true })
  dagelijksPendelen!: boolean | null;

  @Column({ type: 'uuid', name: 'verklaring_schoolleider_id', nullable: true })
  verklaringSchoolleiderId!: string | null;

  @Column({ type: 'date', name: 'bewijs_gevraagd_op', nullable: true })
  bewijsGevraagdOp!: string | null;

  @Column({ type: 'date', name: 'bewijs_uiterlijk', nullable: true })
  bewijsUiterlijk!: string | null;

  @Column({ type: 'date', name: 'burgerzaken_gesignaleerd_op', nullable: true })
  burgerzakenGesignaleerdOp!: string | null;

  // Outcome (000 art 12 lid 5, 8–10; 003 art 11 lid 5)

  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  @Column({ type: 'date', name: 'beoordeeld_op', nullable: true })
  beoordeeldOp!: string | null;

  @Column({ type: 'uuid', name: 'vrijstelling_id', nullable: true })
  vrijstellingId!: string | null;

  @Column({ type: 'date', name: 'inschrijven_uiterlijk', nullable: true })
  inschrijvenUiterlijk!: string | null;

  @Column({ type: 'text', nullable: true })
  behandelaar!: string | null;

  @Column({ type: 'text' })
  classificatie!: 'AVG' | 'AVG-bijzonder';

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
