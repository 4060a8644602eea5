import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Periode } from '../awb/awb-termijnen';

/** Lpw art 11 onder g / 14 (gewichtige omstandigheden) and art 11 onder f / 13a (vakantieverlof). */
export type Verlofsoort = 'gewichtige-omstandigheden' | 'vakantieverlof';
/**
 * Who decides: the head of the school up to and including 10 schooldagen per schooljaar, and for
 * vakantieverlof (Lpw art 13a, 14 lid 1); the leerplichtambtenaar above that (art 14 lid 3).
 */
export type Verlofroute = 'schoolleider' | 'leerplichtambtenaar';
/**
 * 'doorgezonden': forwarded to the head of the school (Awb art 2:3; 000/003 art 5 lid 1);
 * 'besloten-door-schoolleider': the head's decision on it is recorded (Lpw art 13a, 14 lid 1; 000 art 5 lid 9; 003 art 5 lid 6);
 * 'aanvulling-gevraagd': the applicant completes the request (Awb art 4:5), the term is suspended (art 4:15).
 */
export type VerlofaanvraagStatus =
  | 'ontvangen'
  | 'doorgezonden'
  | 'besloten-door-schoolleider'
  | 'in-behandeling'
  | 'aanvulling-gevraagd'
  | 'besloten'
  | 'buiten-behandeling'
  | 'ingetrokken';
/** The head's decision on a forwarded request: the same three outcomes as the officer's (it is his decision, not a besluit of ours). */
export type SchoolleiderUitkomst = 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen';
/** Never Wpg: leave and exemption are AVG matters (003 toelichting art 4); a medical or social indication makes it AVG-bijzonder. */
export type VerlofClassificatie = 'AVG' | 'AVG-bijzonder';
export type Indicatie = 'medisch' | 'sociaal';

export interface Aanvrager {
  naam: string;
  adres: string;
}

/** A request for leave from school, as received by the leerplichtambtenaar. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'verlof_vrijstelling', name: 'verlofaanvraag' })
@Index('idx_verlofaanvraag_gemeente_bsn', ['gemeente', 'bsn'])
export class VerlofaanvraagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS code of the woongemeente responsible for the youth (000 art 5 lid 8: the LPA of the woongemeente). */
  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  /** Keyed pseudonym of the BSN: the person key in events and the audit log. */
  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text', name: 'jongere_naam' })
  jongereNaam!: string;

  @Column({ type: 'date' })
  geboortedatum!: string;

  @Column({ type: 'text', name: 'school_brin' })
  schoolBrin!: string;

  @Column({ type: 'text', name: 'school_naam' })
  schoolNaam!: string;

  /** The parents who signed the request, with the address the letters go to. */
  @Column({ type: 'jsonb' })
  aanvragers!: Aanvrager[];

  @Column({ type: 'text' })
  soort!: Verlofsoort;

  @Column({ type: 'text' })
  route!: Verlofroute;

  @Column({ type: 'date', name: 'eerste_verlofdag' })
  eersteVerlofdag!: string;

  @Column({ type: 'date', name: 'laatste_verlofdag' })
  laatsteVerlofdag!: string;

  /** '2026-2027': the schooljaar the leave falls in (1 August – 31 July, Lpw art 1). */
  @Column({ type: 'text' })
  schooljaar!: string;

  /** Schooldagen of this request in the youth's region. */
  @Column({ type: 'int' })
  schooldagen!: number;

  /** This request plus the other open or granted requests of the schooljaar (003 toelichting art 5). */
  @Column({ type: 'int', name: 'schooljaar_schooldagen' })
  schooljaarSchooldagen!: number;

  /** The circumstance the parents give (the guideline table of 003 toelichting art 5, or 'overig'). */
  @Column({ type: 'text' })
  omstandigheid!: string;

  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  /** A medical or social indication needs a statement (000 art 5 fn 1; 003 toelichting art 5). */
  @Column({ type: 'text', nullable: true })
  indicatie!: Indicatie | null;

  /** Awb art 4:1–4:2: a signed, written request. */
  @Column({ type: 'date', name: 'ondertekend_op' })
  ondertekendOp!: string;

  /** Starts the decision term (Awb art 4:13; 003 toelichting art 5: at most 8 weeks). */
  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;

  @Column({ type: 'date', name: 'ontvangstdatum' })
  ontvangstdatum!: string;

  /** The leave starts before a decision can reasonably be made (000 art 5 lid 1; 003 art 5 lid 1). */
  @Column({ type: 'boolean', name: 'korte_termijn_waarschuwing' })
  korteTermijnWaarschuwing!: boolean;

  /** The decision term as the instructie set it at receipt (a later change of the instructie does not move it). */
  @Column({ type: 'jsonb', nullable: true })
  beslistermijn!: { aantal: number; eenheid: 'weken' | 'werkdagen' | 'kalenderdagen' | 'maanden' } | null;

  /** Suspensions of the decision term while the applicant completes the request (Awb art 4:15 lid 1 a). */
  @Column({ type: 'jsonb' })
  opschortingen!: Periode[];

  @Column({ type: 'text', name: 'aanvulling_ontbrekend', nullable: true })
  aanvullingOntbrekend!: string | null;

  @Column({ type: 'date', name: 'aanvullen_uiterlijk', nullable: true })
  aanvullenUiterlijk!: string | null;

  /** Awb art 4:17: the applicant's notice of default after the term lapsed. */
  @Column({ type: 'date', name: 'ingebrekestelling_ontvangen_op', nullable: true })
  ingebrekestellingOntvangenOp!: string | null;

  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  /**
   * The head's decision on a forwarded request (Lpw art 13a, 14 lid 1), as the school recorded it
   * or the gemeente on his behalf (000 art 5 lid 9; 003 art 5 lid 6). Null while he has not decided.
   */
  @Column({ type: 'text', name: 'schoolleider_uitkomst', nullable: true })
  schoolleiderUitkomst!: SchoolleiderUitkomst | null;

  /** The period he granted (the whole request when toegewezen); null when refused. */
  @Column({ type: 'date', name: 'schoolleider_verleend_van', nullable: true })
  schoolleiderVerleendVan!: string | null;

  @Column({ type: 'date', name: 'schoolleider_verleend_tot_en_met', nullable: true })
  schoolleiderVerleendTotEnMet!: string | null;

  /**
   * Schooldagen of the granted period in the youth's region, counted when recorded: what this
   * request still counts towards the 10 of the schooljaar (003 toelichting art 5); 0 when refused.
   */
  @Column({ type: 'int', name: 'schoolleider_verleende_schooldagen', nullable: true })
  schoolleiderVerleendeSchooldagen!: number | null;

  @Column({ type: 'date', name: 'schoolleider_besloten_op', nullable: true })
  schoolleiderBeslotenOp!: string | null;

  /** Who recorded it: the school's client, or the officer or administration it told (preferred_username). */
  @Column({ type: 'text', name: 'schoolleider_vastgelegd_door', nullable: true })
  schoolleiderVastgelegdDoor!: string | null;

  /** The officer handling the request (preferred_username). */
  @Column({ type: 'text', nullable: true })
  behandelaar!: string | null;

  @Column({ type: 'text' })
  status!: VerlofaanvraagStatus;

  @Column({ type: 'text' })
  classificatie!: VerlofClassificatie;

  /** The instructie version the request is handled under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
