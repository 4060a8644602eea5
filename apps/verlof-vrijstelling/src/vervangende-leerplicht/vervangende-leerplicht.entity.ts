import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DuoPersoonsgegevens } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import type { PlanAuteurSoort, VervangendeLeerplichtArtikel } from './vervangende-leerplicht-regels';

/**
 * - gesprekken: the officer found that the youth may be in the circumstances of art 3a/3b; the
 *   conversations, the plan and the agreements follow (000 art 10 lid 2–3; 003 art 9 lid 2–4);
 * - afspraken-vastgelegd: the agreements are recorded in writing;
 * - verzoek-ingediend: the request (signed by the parents) is filed with the college;
 * - toegestaan / afgewezen: decided on behalf of the college (000 art 10 lid 1; 003 art 9 lid 1);
 * - beeindigd: an approval ended before its end date (revoked, objection upheld, no longer applicable).
 */
export type VervangendeLeerplichtStatus = 'gesprekken' | 'afspraken-vastgelegd' | 'verzoek-ingediend' | 'toegestaan' | 'afgewezen' | 'beeindigd';

export type VervangendeLeerplichtEindeReden = 'ingetrokken' | 'herroepen-op-bezwaar' | 'niet-meer-van-toepassing';

/** For DUO's register when the youth has no Dutch education history (Lpw art 3a–3c; koppelingen §3). */
export type Geslacht = 'man' | 'vrouw' | 'onbekend';

/** DUO's person block without sex and birth date, which the case holds already. */
export type DuoNaamAdres = Pick<DuoPersoonsgegevens, 'naam' | 'adres'>;

export interface Ouder {
  naam: string;
  /** One line: where letters go. */
  adres: string;
}

/** A conversation on the programme (before the request) or an evaluation of the plan (after approval, 001 §3.3). */
export interface VervangendeLeerplichtGesprek {
  id: string;
  soort: 'voorbereiding' | 'evaluatie';
  datum: string;
  deelnemers: string[];
  verslag: string;
  vastgelegdDoor: string;
}

/**
 * The plan with the guidance programme (003 art 9 lid 2): education goals and praktijktijd, made by
 * the school where the youth is enrolled (3a) or the institution where the youth wishes to enrol (3b);
 * for 3b the light work (000 art 10 lid 2).
 */
export interface VervangendeLeerplichtPlan {
  auteurSoort: PlanAuteurSoort;
  auteurNaam: string;
  auteurBrin: string | null;
  ontvangenOp: string;
  onderwijsdoelen: string;
  begeleidingsprogramma: string;
  praktijktijd: string | null;
  werkzaamheden: string | null;
}

export interface Ontwerper {
  naam: string;
  adres: string | null;
}

/** A copy of the decision as sent (Lpw art 3a–3c: within 2 weeks). */
export interface Afschrift {
  aan: string;
  rol: string;
  verzondenOp: string;
  vastgelegdDoor: string;
}

/** A case of vervangende leerplicht (Lpw art 3a, 3b), from the officer's finding to the decision and its end. Tenant-owned. */
@Entity({ schema: 'verlof_vrijstelling', name: 'vervangende_leerplicht' })
@Index('idx_vervangende_leerplicht_gemeente_status', ['gemeente', 'status'])
@Index('idx_vervangende_leerplicht_bsn', ['gemeente', 'bsn'])
export class VervangendeLeerplichtEntity {
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

  @Column({ type: 'text', nullable: true })
  geslacht!: Geslacht | null;

  @Column({ type: 'text' })
  adres!: string;

  @Column({ type: 'text' })
  postcode!: string;

  /** DUO's register then also needs name, address, sex and birth date (Lpw art 3a–3c). */
  @Column({ type: 'boolean', name: 'geen_nederlandse_onderwijsgeschiedenis' })
  geenNederlandseOnderwijsgeschiedenis!: boolean;

  /** Name and address in parts for DUO's register; only without a Dutch education history. */
  @Column({ type: 'jsonb', name: 'duo_persoonsgegevens', nullable: true })
  duoPersoonsgegevens!: DuoNaamAdres | null;

  /** Granted before (for DUO's register): stated on the request, or an earlier approval here. */
  @Column({ type: 'boolean', name: 'eerder_toegestaan' })
  eerderToegestaan!: boolean;

  @Column({ type: 'jsonb' })
  ouders!: Ouder[];

  @Column({ type: 'text' })
  artikel!: VervangendeLeerplichtArtikel;

  /** The officer's finding that the youth may qualify: the conversations term runs from here. */
  @Column({ type: 'date', name: 'bevinding_op' })
  bevindingOp!: string;

  @Column({ type: 'date', name: 'gesprekken_uiterlijk', nullable: true })
  gesprekkenUiterlijk!: string | null;

  @Column({ type: 'date' })
  van!: string;

  @Column({ type: 'date', name: 'tot_en_met' })
  totEnMet!: string;

  @Column({ type: 'text' })
  status!: VervangendeLeerplichtStatus;

  @Column({ type: 'jsonb' })
  gesprekken!: VervangendeLeerplichtGesprek[];

  @Column({ type: 'jsonb', nullable: true })
  plan!: VervangendeLeerplichtPlan | null;

  /** The agreements, in writing, filed in the dossier (000 art 10 lid 3; 003 art 9 lid 4 a). */
  @Column({ type: 'text', nullable: true })
  afspraken!: string | null;

  @Column({ type: 'date', name: 'afspraken_vastgelegd_op', nullable: true })
  afsprakenVastgelegdOp!: string | null;

  @Column({ type: 'date', name: 'informeren_uiterlijk', nullable: true })
  informerenUiterlijk!: string | null;

  @Column({ type: 'jsonb' })
  ontwerpers!: Ontwerper[];

  @Column({ type: 'date', name: 'ontwerpers_geinformeerd_op', nullable: true })
  ontwerpersGeinformeerdOp!: string | null;

  /** The request filed with the college: the 4-week decision term runs from here. */
  @Column({ type: 'date', name: 'verzoek_ontvangen_op', nullable: true })
  verzoekOntvangenOp!: string | null;

  /** 000 art 10 lid 4; 003 art 9 lid 5 a: no decision without the parents' signature. */
  @Column({ type: 'date', name: 'ouders_ondertekend_op', nullable: true })
  oudersOndertekendOp!: string | null;

  /** 001 §3.3: the plan signed by those involved, at least the parents and/or the youth. */
  @Column({ type: 'date', name: 'jongere_ondertekend_op', nullable: true })
  jongereOndertekendOp!: string | null;

  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  @Column({ type: 'date', name: 'besloten_op', nullable: true })
  beslotenOp!: string | null;

  @Column({ type: 'date', name: 'afschrift_uiterlijk', nullable: true })
  afschriftUiterlijk!: string | null;

  @Column({ type: 'jsonb' })
  afschriften!: Afschrift[];

  /** Whether this approval is reported to the Arbeidsinspectie (regels.vervangendeLeerplicht.arbeidsinspectie). */
  @Column({ type: 'boolean', name: 'arbeidsinspectie_vereist', nullable: true })
  arbeidsinspectieVereist!: boolean | null;

  @Column({ type: 'uuid', name: 'arbeidsinspectie_brief_id', nullable: true })
  arbeidsinspectieBriefId!: string | null;

  @Column({ type: 'date', name: 'laatste_dag', nullable: true })
  laatsteDag!: string | null;

  @Column({ type: 'text', name: 'einde_reden', nullable: true })
  eindeReden!: VervangendeLeerplichtEindeReden | null;

  @Column({ type: 'text', name: 'einde_toelichting', nullable: true })
  eindeToelichting!: string | null;

  @Column({ type: 'text', name: 'geopend_door' })
  geopendDoor!: string;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
