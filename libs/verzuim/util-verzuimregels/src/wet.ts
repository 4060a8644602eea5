/*
 * Age limits written in the law itself, the same for every gemeente (not instructie
 * configuration). "Vanaf 12 jaar" means from the 12th birthday (domain README §2, "Age wording").
 */

/**
 * The kwalificatieplicht ends at 18 (Lpw art 4a); from then on no Lpw enforcement applies and the
 * 18+ regime of 000 art 7 (WVO art 28a; WEB art 8.1.8a) takes over (verzuim.md §13).
 */
export const EINDE_KWALIFICATIEPLICHT_LEEFTIJD = 18;

/** Halt for youths from 12 up to 18 (000 art 6 lid 11; 003 art 6 lid 7, toelichting art 6; handhaving.md §2). */
export const HALT_VANAF_LEEFTIJD = 12;

/**
 * SVB-melding only for 16- and 17-year-olds without startkwalificatie (AKW art 7; 000 art 19
 * lid 1; 003 art 17 lid 1; handhaving.md §4.1 rule 4).
 */
export const SVB_VANAF_LEEFTIJD = 16;

/**
 * The Doorstroompunt follows youths until their 23rd birthday (000 art 3 lid 2, art 9a lid 2,
 * art 23 lid 1; domain README §4.4); the retention of its files runs from then
 * (privacy-retentie.md §9, common reading of Selectielijst 2020 cat 12.1.4).
 */
export const EINDE_DOORSTROOMPUNT_LEEFTIJD = 23;
