import { KalenderError, dagnummer, isWeekend, maakDatum, ontleed, plusDagen } from './datum';
import { GELIJKSTELLINGSBESLUITEN, feestdagen, gelijkstellingBekend, type Gelijkstellingsbesluit } from './feestdagen';
import type { Datum, Kalender, Vakantieregio } from './kalender.types';
import {
  STANDAARD_VAKANTIEROOSTER,
  valideerVakantierooster,
  zomervakantieVan,
  type SchooljaarRooster,
  type Vakantieperiode,
  type Vakantierooster,
} from './vakantierooster';

/** '2025-2026': the schooljaar from 1 August 2025 up to and including 31 July 2026. */
export type Schooljaarnaam = `${number}-${number}`;

export interface Schooljaar {
  readonly start: Datum;
  readonly eind: Datum;
  readonly naam: Schooljaarnaam;
}

/** The schooljaar that contains `datum`: 1 August up to and including 31 July (Lpw art 1). */
export function schooljaarVan(datum: Datum): Schooljaar {
  const { jaar, maand } = ontleed(datum);
  const beginjaar = maand >= 8 ? jaar : jaar - 1;
  return { start: maakDatum(beginjaar, 8, 1), eind: maakDatum(beginjaar + 1, 7, 31), naam: `${beginjaar}-${beginjaar + 1}` };
}

export interface KalenderOpties {
  /** Besluiten under Atw art 3 lid 3; default {@link GELIJKSTELLINGSBESLUITEN}. */
  readonly gelijkstellingen?: readonly Gelijkstellingsbesluit[];
  /**
   * When true, a schooldag question that depends on a schooljaar marked 'te-verifieren' throws
   * instead of being answered from unverified dates. Default false: the answer is given, and
   * {@link NederlandseKalender.roosterVoor} tells the caller how sure it is.
   */
  readonly alleenVastgesteld?: boolean;
}

/** How far a zomervakantie may run into the next schooljaar (the roster validation's bound). */
const LAATSTE_DAG_ZOMER_MAAND = 9;

function controleerAantal(aantal: number): void {
  if (!Number.isSafeInteger(aantal) || aantal < 0) {
    throw new KalenderError('ONGELDIGE_INVOER', `aantal dagen moet een geheel getal ≥ 0 zijn, niet ${aantal}`);
  }
}

function binnen(datum: Datum, periode: Vakantieperiode): boolean {
  return periode.van <= datum && datum <= periode.totEnMet;
}

/**
 * Werkdagen and schooldagen for the Netherlands.
 *
 * - werkdag: Monday–Friday and not a day the Algemene termijnenwet treats as an algemeen erkende
 *   feestdag (Atw art 3 lid 1–3, including Goede Vrijdag and the gelijkgestelde dagen). No source
 *   defines "werkdag" for the instructies; this reading follows the Atw (inferred; domain README §2).
 * - schooldag: a werkdag outside the school vacations of the region (inferred: the school's own
 *   calendar decides, which a gemeente can supply as the rooster).
 *
 * Never guesses: a question that depends on data not loaded (a schooljaar without rooster, a year
 * without gelijkstellingsbesluit) throws a KalenderError with a code.
 */
export class NederlandseKalender implements Kalender {
  private readonly roosters = new Map<number, SchooljaarRooster>();
  private readonly gelijkstellingen: readonly Gelijkstellingsbesluit[];
  private readonly alleenVastgesteld: boolean;
  private readonly feestdagCache = new Map<number, ReadonlySet<Datum>>();

  constructor(rooster: Vakantierooster = STANDAARD_VAKANTIEROOSTER, opties: KalenderOpties = {}) {
    for (const schooljaar of valideerVakantierooster(rooster)) {
      this.roosters.set(Number(schooljaar.schooljaar.slice(0, 4)), schooljaar);
    }
    this.gelijkstellingen = opties.gelijkstellingen ?? GELIJKSTELLINGSBESLUITEN;
    this.alleenVastgesteld = opties.alleenVastgesteld ?? false;
  }

  /**
   * Monday–Friday and not an algemeen erkende feestdag (Atw art 3). Throws
   * 'GELIJKSTELLING_ONBEKEND' for a weekday in a year no gelijkstellingsbesluit (art 3 lid 3)
   * covers, unless it is a lid 1/lid 2 feestdag anyway.
   */
  isWerkdag(datum: Datum): boolean {
    if (isWeekend(datum)) return false;
    const { jaar } = ontleed(datum);
    if (this.feestdagDatums(jaar).has(datum)) return false;
    if (!gelijkstellingBekend(jaar, this.gelijkstellingen)) {
      throw new KalenderError(
        'GELIJKSTELLING_ONBEKEND',
        `geen gelijkstellingsbesluit (Atw art 3 lid 3) geladen voor ${jaar}: of ${datum} een werkdag is, is niet zeker`,
      );
    }
    return true;
  }

  /**
   * A werkdag outside the region's school vacations. Throws 'ROOSTER_ONTBREEKT' for any date in a
   * schooljaar (Lpw art 1) whose rooster for the region is not loaded, and for the first months of
   * a schooljaar when the zomervakantie it begins with is unknown: a day is never assumed to be a
   * schooldag.
   */
  isSchooldag(datum: Datum, regio: Vakantieregio): boolean {
    const schooljaar = schooljaarVan(datum);
    const beginjaar = Number(schooljaar.naam.slice(0, 4));
    const rooster = this.roosters.get(beginjaar);
    const vakanties = rooster?.vakanties[regio];
    if (rooster === undefined || vakanties === undefined) {
      throw new KalenderError(
        'ROOSTER_ONTBREEKT',
        `geen vakantierooster geladen voor schooljaar ${schooljaar.naam}, regio ${regio} (datum ${datum}); een schooldag wordt niet aangenomen`,
      );
    }
    this.controleerStatus(rooster, datum);
    const vorigeZomer = this.vorigeZomervakantie(beginjaar, rooster, regio, datum);
    if (vorigeZomer === undefined && datum <= maakDatum(beginjaar, LAATSTE_DAG_ZOMER_MAAND, 30)) {
      throw new KalenderError(
        'ROOSTER_ONTBREEKT',
        `de zomervakantie waarmee schooljaar ${schooljaar.naam} begint is niet geladen voor regio ${regio} (datum ${datum}); ` +
          `laad schooljaar ${beginjaar - 1}-${beginjaar} of geef vorigeZomervakantie op`,
      );
    }
    if (!this.isWerkdag(datum)) return false;
    if (vorigeZomer !== undefined && binnen(datum, vorigeZomer)) return false;
    return !vakanties.some((vakantie) => binnen(datum, vakantie));
  }

  /**
   * The `aantal`-th werkdag after `datum`; the start day is not counted. With `aantal` 0 the result
   * is `datum` itself when it is a werkdag, else the next werkdag: a term that ends on a Saturday,
   * Sunday or algemeen erkende feestdag runs on to the next such day (Atw art 1 lid 1). For
   * `aantal` ≥ 1 the result is always a werkdag, so the Atw extension is built in.
   */
  plusWerkdagen(datum: Datum, aantal: number): Datum {
    controleerAantal(aantal);
    return this.volgende(datum, aantal, (dag) => this.isWerkdag(dag));
  }

  /** As {@link plusWerkdagen}, counting schooldagen of the region; `aantal` 0 gives `datum` or the next schooldag. */
  plusSchooldagen(datum: Datum, aantal: number, regio: Vakantieregio): Datum {
    controleerAantal(aantal);
    return this.volgende(datum, aantal, (dag) => this.isSchooldag(dag, regio));
  }

  /** Atw art 1 lid 1: a term ending on a Saturday, Sunday or algemeen erkende feestdag ends on the next day that is none of these. */
  eindeTermijnAtw(einddatum: Datum): Datum {
    return this.plusWerkdagen(einddatum, 0);
  }

  /** Werkdagen in the period, both ends included; plusWerkdagen(d, n) is the day on which aantalWerkdagen(d + 1 dag, ·) reaches n. */
  aantalWerkdagen(van: Datum, totEnMet: Datum): number {
    return this.tel(van, totEnMet, (dag) => this.isWerkdag(dag));
  }

  /** Schooldagen in the period, both ends included, e.g. the length of a verlof ("ten hoogste tien schooldagen", Lpw art 14). */
  aantalSchooldagen(van: Datum, totEnMet: Datum, regio: Vakantieregio): number {
    return this.tel(van, totEnMet, (dag) => this.isSchooldag(dag, regio));
  }

  /**
   * The first schooldag of the month (1–12) in the region: leerplicht starts "met ingang van de
   * eerste schooldag van de maand" (Lpw art 3 lid 1). When the whole month is vacation (a
   * zomervakantie up to 31 August), this is the first schooldag after it, in a later month
   * (inferred reading).
   */
  eersteSchooldagVanMaand(jaar: number, maand: number, regio: Vakantieregio): Datum {
    if (!Number.isInteger(jaar) || !Number.isInteger(maand) || maand < 1 || maand > 12) {
      throw new KalenderError('ONGELDIGE_INVOER', `geen geldige maand: ${jaar}-${maand}`);
    }
    return this.plusSchooldagen(maakDatum(jaar, maand, 1), 0, regio);
  }

  /** The schooljaar containing `datum` (Lpw art 1). */
  schooljaarVan(datum: Datum): Schooljaar {
    return schooljaarVan(datum);
  }

  /** The loaded rooster (with bron and status) of the schooljaar containing `datum`, or undefined. */
  roosterVoor(datum: Datum): SchooljaarRooster | undefined {
    return this.roosters.get(Number(schooljaarVan(datum).naam.slice(0, 4)));
  }

  /** The zomervakantie the schooljaar begins with: from the loaded previous schooljaar, else from this entry. */
  private vorigeZomervakantie(beginjaar: number, rooster: SchooljaarRooster, regio: Vakantieregio, datum: Datum): Vakantieperiode | undefined {
    const vorigJaar = this.roosters.get(beginjaar - 1);
    const zomer = vorigJaar === undefined ? undefined : zomervakantieVan(vorigJaar, regio);
    if (vorigJaar !== undefined && zomer !== undefined) {
      // A date inside that summer is answered from the previous schooljaar's data.
      if (datum <= zomer.totEnMet) this.controleerStatus(vorigJaar, datum);
      return zomer;
    }
    return rooster.vorigeZomervakantie?.[regio];
  }

  private controleerStatus(rooster: SchooljaarRooster, datum: Datum): void {
    if (this.alleenVastgesteld && rooster.status !== 'vastgesteld') {
      throw new KalenderError(
        'ROOSTER_NIET_VASTGESTELD',
        `het vakantierooster ${rooster.schooljaar} is ${rooster.status} (datum ${datum}); deze kalender gebruikt alleen vastgestelde roosters`,
      );
    }
  }

  private volgende(datum: Datum, aantal: number, telt: (dag: Datum) => boolean): Datum {
    let dag = datum;
    if (aantal === 0) {
      while (!telt(dag)) dag = plusDagen(dag, 1);
      return dag;
    }
    let geteld = 0;
    while (geteld < aantal) {
      dag = plusDagen(dag, 1);
      if (telt(dag)) geteld++;
    }
    return dag;
  }

  private tel(van: Datum, totEnMet: Datum, telt: (dag: Datum) => boolean): number {
    if (dagnummer(van) > dagnummer(totEnMet)) {
      throw new KalenderError('ONGELDIGE_INVOER', `periode ${van} t/m ${totEnMet}: van ligt na totEnMet`);
    }
    let aantal = 0;
    for (let dag = van; dag <= totEnMet; dag = plusDagen(dag, 1)) {
      if (telt(dag)) aantal++;
    }
    return aantal;
  }

  private feestdagDatums(jaar: number): ReadonlySet<Datum> {
    let datums = this.feestdagCache.get(jaar);
    if (datums === undefined) {
      datums = new Set(feestdagen(jaar, this.gelijkstellingen).map((feestdag) => feestdag.datum));
      this.feestdagCache.set(jaar, datums);
    }
    return datums;
  }
}
