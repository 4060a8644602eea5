import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LuxeVerzuimVoorstel, Verlofperiode, Verzuimregistratie } from '@leerrecht/verzuim/util-verzuimregels';

export type Verzuimsoort = 'wettelijk' | 'overig' | 'luxe' | 'langdurig-relatief' | 'achttien-plus';
/** Where a melding came from: DUO ROD, a paper kennisgeving of a non-funded school (000 art 6 lid 1), a school system over the API. */
export type Kanaal = 'duo' | 'papier' | 'school-api';
export type Onderwijssoort = 'PO' | 'SO' | 'VO' | 'VSO' | 'MBO';

export interface Melder {
  naam: string;
  functie: string | null;
  telefoon: string | null;
  email: string | null;
  /** 000 art 6 lid 1; 001 §3.1: a melding not filed by the director gets a follow-up contact. */
  isDirecteur: boolean | null;
}

export interface Adres {
  straat: string;
  huisnummer: string;
  huisletter: string | null;
  toevoeging: string | null;
  postcode: string | null;
  locatieaanduiding: string | null;
  plaats: string;
}

/** The rules' view of a melding at intake, kept with it so the officer sees why the case looks as it does. */
export interface MeldingBeoordeling {
  wettelijkVerzuim: 'bereikt' | 'niet-bereikt' | 'onbepaald';
  venster: { van: string; totEnMet: string } | null;
  urenInVenster: number | null;
  leeftijd: number | null;
  /** The kind of case the melding opens (18+, or wettelijk when the school said overig but 16 hours are reached). */
  zaaksoort: Verzuimsoort;
  zaaksoortToelichting: string | null;
  luxeVerzuim: {
    /** The schooldagen judged: reported (or counted) minus those inside granted leave. */
    schooldagen: number;
    eersteOvertreding: boolean;
    voorstel: LuxeVerzuimVoorstel;
    bron: string;
    toelichting: string;
    /** Schooldagen of the melding inside granted leave (Lpw art 11 onder g); absent in older judgements. */
    schooldagenBinnenVerlof?: number;
    /** The granted periods taken into account (verlof-besloten); absent in older judgements. */
    verleendVerlof?: Verlofperiode[];
  } | null;
  teLaat: { vanafKeer: number; actie: string; omschrijving: string } | null;
  /** Hours below the agreed reporting threshold of the sector (002 §7 Werkwijzer; Lpw art 21a). */
  onderMeldgrens: boolean | null;
}
/** DUO's statuses of a verzuimmelding (koppelingen.md, Register Onderwijsdeelnemers). */
export type MeldingStatus = 'geregistreerd' | 'in-behandeling' | 'afgesloten' | 'ingetrokken' | 'ter-kennisgeving-aangenomen';
export type Classificatie = 'AVG' | 'AVG-bijzonder' | 'Wpg';

/** A verzuimmelding as received from a school, DUO or on paper. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'verzuim', name: 'verzuimmelding' })
@Index('idx_verzuimmelding_gemeente_bsn', ['gemeente', 'bsn'])
@Index('idx_verzuimmelding_melder', ['melderClientId', 'id'])
export class VerzuimmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS code of the woongemeente responsible for the youth. */
  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  /** Keyed pseudonym of the BSN: the person key in events and the audit log. */
  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text', name: 'school_brin' })
  schoolBrin!: string;

  @Column({ type: 'text' })
  kanaal!: Kanaal;

  /** DUO's meldingsnummer, or the school system's own message id (idempotency); null on paper. */
  @Column({ type: 'text', name: 'extern_id', nullable: true })
  externId!: string | null;

  @Column({ type: 'uuid', name: 'zaak_id', nullable: true })
  zaakId!: string | null;

  @Column({ type: 'date', nullable: true })
  geboortedatum!: string | null;

  /** As the melder wrote it; used only in messages back to that melder (data minimisation). */
  @Column({ type: 'text', name: 'leerling_naam', nullable: true })
  leerlingNaam!: string | null;

  @Column({ type: 'text', nullable: true })
  onderwijssoort!: Onderwijssoort | null;

  @Column({ type: 'text', nullable: true })
  leslocatie!: string | null;

  @Column({ type: 'text', name: 'duo_categorie', nullable: true })
  duoCategorie!: string | null;

  /** May hold special categories needed to explain the absence (Lpw art 21a lid 12). */
  @Column({ type: 'text', name: 'vermoedelijke_reden', nullable: true })
  vermoedelijkeReden!: string | null;

  @Column({ type: 'boolean', name: 'alle_lessen_gemist', nullable: true })
  alleLessenGemist!: boolean | null;

  @Column({ type: 'text', name: 'actie_door_school', nullable: true })
  actieDoorSchool!: string | null;

  @Column({ type: 'boolean', name: 'actie_gemeente_gewenst', nullable: true })
  actieGemeenteGewenst!: boolean | null;

  @Column({ type: 'text', name: 'actie_gemeente_toelichting', nullable: true })
  actieGemeenteToelichting!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  melder!: Melder | null;

  @Column({ type: 'text', name: 'telefoon_ouder_of_leerling', nullable: true })
  telefoonOuderOfLeerling!: string | null;

  @Column({ type: 'jsonb', name: 'afwijkend_adres', nullable: true })
  afwijkendAdres!: Adres | null;

  @Column({ type: 'numeric', nullable: true })
  verzuimdagen!: string | null;

  /** Per-day hours from the school's attendance overview, when sent (the basis of the 16-hour check). */
  @Column({ type: 'jsonb', nullable: true })
  verzuimregistratie!: Verzuimregistratie[] | null;

  /** Occurrences of late arrival or an hour absent, for the regional ladder (002 §7). */
  @Column({ type: 'integer', name: 'keer_te_laat', nullable: true })
  keerTeLaat!: number | null;

  @Column({ type: 'text', name: 'toelichting_school', nullable: true })
  toelichtingSchool!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  beoordeling!: MeldingBeoordeling | null;

  @Column({ type: 'text', nullable: true })
  afsluitreden!: string | null;

  @Column({ type: 'text', nullable: true })
  afsluittoelichting!: string | null;

  @Column({ type: 'timestamptz', name: 'status_gewijzigd_op', nullable: true })
  statusGewijzigdOp!: Date | null;

  @Column({ type: 'date', name: 'bewaren_tot', nullable: true })
  bewarenTot!: string | null;

  @Column({ type: 'text', name: 'bewaartermijn_grondslag', nullable: true })
  bewaartermijnGrondslag!: string | null;

  /** Keycloak client (partner system) or user that filed the melding; decides who may read its status. */
  @Column({ type: 'text', name: 'melder_client_id' })
  melderClientId!: string;

  @Column({ type: 'text' })
  verzuimsoort!: Verzuimsoort;

  @Column({ type: 'date', name: 'begin_datum' })
  beginDatum!: string;

  @Column({ type: 'date', name: 'eind_datum', nullable: true })
  eindDatum!: string | null;

  @Column({ type: 'numeric', name: 'verzuim_uren', nullable: true })
  verzuimUren!: string | null;

  @Column({ type: 'text' })
  status!: MeldingStatus;

  /** AVG or Wpg, as the gemeente's instructie says (privacy.wpgGrens). */
  @Column({ type: 'text' })
  classificatie!: Classificatie;

  /** The instructie version the intake was done under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  /** DUO: the registration instant (the 7-day feedback clock starts there, koppelingen §1.6 rule 2); paper: the day received; API: now. */
  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
