/**
 * A calendar date without time or zone, 'YYYY-MM-DD'. Legal terms count in days in the
 * Netherlands; using instants for them invites off-by-one errors around midnight and DST.
 */
export type Datum = string;

/** The three vacation regions of the Dutch school calendar (OCW). */
export type Vakantieregio = 'noord' | 'midden' | 'zuid';

/** Answers "is this a working day / a school day" for terms counted in werkdagen or schooldagen. */
export interface Kalender {
  /** Monday–Friday and not a general holiday (Algemene termijnenwet art 3). */
  isWerkdag(datum: Datum): boolean;
  /**
   * A werkdag outside the school vacations of the region. Implementations throw rather than guess
   * when no vacation schedule is loaded for the date's schooljaar and region.
   */
  isSchooldag(datum: Datum, regio: Vakantieregio): boolean;
  /**
   * The date `aantal` werkdagen after `datum` (the start day itself is not counted). With `aantal`
   * 0: `datum` if it is a werkdag, else the next werkdag (Atw art 1 lid 1).
   */
  plusWerkdagen(datum: Datum, aantal: number): Datum;
  /** The date `aantal` schooldagen after `datum` in the region (the start day is not counted; 0 as for plusWerkdagen). */
  plusSchooldagen(datum: Datum, aantal: number, regio: Vakantieregio): Datum;
  /** The first school day of the given month (1–12) in the region (Lpw art 3 lid 1). */
  eersteSchooldagVanMaand(jaar: number, maand: number, regio: Vakantieregio): Datum;
}
