import type { AlleenLezen, InstructieRegels, TermijnWaarde } from '@leerrecht/shared/util-instructie';
import type { JongereGegevens } from '@leerrecht/shared/util-leerplicht';
import type { Datum, Vakantieregio } from '@leerrecht/shared/util-kalender';

/** The parts of a gemeente's instructie this library reads (a whole `GemeenteInstructie['regels']` fits). */
export type AbsoluutVerzuimRegels = Pick<AlleenLezen<InstructieRegels>, 'absoluutVerzuim' | 'administratie'>;

/** A period with an inclusive end; no end = still running. */
export interface Periode {
  van: Datum;
  totEnMet?: Datum;
}

/**
 * The term the parents got to enrol the youth after a kennisgeving (Lpw art 6) that does not meet
 * the requirements (000 art 12 lid 9; 001 §3.3; 003 art 11 lid 5): from the day they were told up
 * to and including `inschrijvenUiterlijk`.
 */
export interface Inschrijvingstermijn {
  gegevenOp: Datum;
  inschrijvenUiterlijk: Datum;
}

/** What the candidate rule needs to know about one person (administratie.md §5.2 step 1). */
export interface KandidaatGegevens {
  jongere: JongereGegevens;
  /** Enrolments at any school or institution, inside or outside the gemeente (Lpw art 18). */
  inschrijvingen: readonly Periode[];
  /** Decisions under Lpw art 3a/3b (vervangende leerplicht). */
  vervangendeLeerplicht?: readonly Periode[];
  /** Enrolment terms after a kennisgeving that was niet voldaan (verlof-vrijstelling.md §5.5 step 3). */
  inschrijvingstermijnen?: readonly Inschrijvingstermijn[];
  /** Foreign minor studying at an HBO or university under special enrolment rules (004 Hfst 2.1). */
  buitenlandseMinderjarigeStudent?: boolean;
}

export type KandidaatReden =
  | 'niet-plichtig'
  | 'startkwalificatie'
  | 'vrijgesteld'
  | 'vervangende-leerplicht'
  | 'ingeschreven'
  /** The parents' term to enrol after a kennisgeving niet voldaan still runs. */
  | 'inschrijvingstermijn-loopt'
  | 'niet-ingeschreven';

/** 'brieven': the letter procedure of §5.2 steps 2–7; 'administratieve-route': 004's procedure for foreign students. */
export type KandidaatRoute = 'brieven' | 'administratieve-route';

export interface KandidaatUitkomst {
  kandidaat: boolean;
  /** Present only for a candidate. */
  route?: KandidaatRoute;
  reden: KandidaatReden;
  /** Dutch explanation for the run record (§5.3); never contains personal data. */
  toelichting: string;
  bron: string[];
  /** Points the officer must check by hand (Dutch); empty when none. */
  aandachtspunten: string[];
}

export type ProcedureStatus =
  /** Step 2: always first, before anyone is approached. */
  | 'administratieve-controle'
  | 'eerste-brief-verzonden'
  | 'tweede-brief-verzonden'
  /** The parents claim an enrolment; it is checked with the school before the check closes (step 5). */
  | 'inschrijving-verifieren'
  | 'geëscaleerd'
  | 'afgesloten-administratief'
  | 'afgesloten-ingeschreven';

export type Vervolg = AlleenLezen<InstructieRegels>['absoluutVerzuim']['naTweedeBrief']['waarde'];

export type AbsoluutVerzuimGebeurtenis =
  /** The administrative check found the missing registration: nothing to ask the parents. */
  | { soort: 'administratief-opgelost'; datum: Datum }
  /** The administrative check found no imperfection: the letters may go out. */
  | { soort: 'administratieve-controle-afgerond'; datum: Datum }
  | { soort: 'brief-verzonden'; datum: Datum; brief: 'eerste' | 'tweede' }
  | { soort: 'antwoord-ontvangen'; datum: Datum; ingeschreven: boolean }
  | { soort: 'inschrijving-geverifieerd'; datum: Datum }
  | { soort: 'inschrijving-niet-bevestigd'; datum: Datum }
  /** The follow-up of §5.2 step 7 was started (an absolute-verzuim case or a home visit). */
  | { soort: 'geëscaleerd'; datum: Datum; vervolg: Vervolg }
  /** A request to close the check as "enrolled"; refused until the enrolment is verified. */
  | { soort: 'afsluiten'; datum: Datum };

/** One candidate's check, as recorded (§5.3). Immutable: `verwerk` returns a new object. */
export interface AbsoluutVerzuimProcedure {
  readonly status: ProcedureStatus;
  readonly gestartOp: Datum;
  /** Needed only when a term is counted in schooldagen. */
  readonly vakantieregio?: Vakantieregio;
  readonly administratieveControleAfgerondOp?: Datum;
  readonly eersteBriefOp?: Datum;
  readonly tweedeBriefOp?: Datum;
  readonly antwoord?: { readonly datum: Datum; readonly ingeschreven: boolean };
  /**
   * The suspicion remains although the parents answered: they said "not enrolled", or the claimed
   * enrolment was not confirmed. The next step is the escalation without waiting for a term.
   */
  readonly vermoedenBlijft?: { readonly datum: Datum; readonly grond: 'niet-ingeschreven' | 'inschrijving-niet-bevestigd' };
  readonly geverifieerdOp?: Datum;
  readonly escalatie?: { readonly datum: Datum; readonly vervolg: Vervolg };
  readonly afgeslotenOp?: Datum;
  readonly gebeurtenissen: readonly AbsoluutVerzuimGebeurtenis[];
}

export type ActieSoort =
  | 'voer-administratieve-controle-uit'
  | 'verstuur-eerste-brief'
  | 'verstuur-tweede-brief'
  | 'verifieer-inschrijving'
  | 'start-onderzoek-absoluut-verzuim'
  | 'plan-huisbezoek'
  /** Nothing to do on the peildatum; `uiterlijk` then is the reply due date being waited for, if any. */
  | 'geen-actie';

export interface Actie {
  soort: ActieSoort;
  uiterlijk?: Datum;
  bron: string[];
  /** Dutch notes for the officer (placeholder terms, inferred rules); empty when none. */
  aandachtspunten: string[];
}

export interface VolgendeStapOpties {
  /**
   * Reply term of the second letter. No source states it (administratie.md §5.2 step 6); without
   * it the reactietermijn of the first letter is used (inferred) and the action says so.
   */
  tweedeReactietermijn?: TermijnWaarde & { bron: string };
}

export type AbsoluutVerzuimFoutCode =
  | 'ONGELDIGE_OVERGANG'
  | 'ADMINISTRATIEVE_CONTROLE_OPEN'
  | 'VERIFICATIE_ONTBREEKT'
  | 'PROCEDURE_AFGESLOTEN'
  | 'DATUM_VOLGORDE';

/** A refused step in the procedure; the message names states and fields, never personal data. */
export class AbsoluutVerzuimFout extends Error {
  constructor(
    readonly code: AbsoluutVerzuimFoutCode,
    message: string,
  ) {
    super(message);
    this.name = 'AbsoluutVerzuimFout';
  }
}
