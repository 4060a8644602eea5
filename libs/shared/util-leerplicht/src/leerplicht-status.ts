import { KalenderError, type Datum, type Kalender } from '@leerrecht/shared/util-kalender';
import {
  datumInWoorden,
  eindeSchooljaar,
  leesDatum,
  leeftijdOp,
  maakDatum,
  schooljaarVan,
  verjaardag,
  vorigeDag,
} from './datum';
import {
  LeerplichtInvoerFout,
  type EindeKwalificatieplichtGrond,
  type EindeLeerplichtGrond,
  type JongereGegevens,
  type LeerplichtOpties,
  type PlichtSoort,
  type PlichtStatus,
  type SchooljaarAanduiding,
  type Schrikkeldagregel,
  type UitzonderingKwalificatieplicht,
  type Vrijstelling,
} from './leerplicht.types';

// Citations in the form of the domain spec (README §2). Where the article (lid) comes from a
// domain document rather than from the wet text, the document is cited next to it.
const BRON = {
  start: 'Lpw art 3 lid 1',
  einde: 'Lpw art 4 lid 1',
  schooljaar: 'Lpw art 1',
  juridischKader: '002 Bijlage 1',
  kwalificatieplicht: 'Lpw art 4a',
  // "5 tot 18 jaar" (000 art 1 onder j) and "tot ... 18 jaar is" (002 Bijlage 1): the 18th
  // birthday itself is no longer a kwalificatieplichtige day.
  grens18: '000 art 1 onder j',
  // 002 Bijlage 1 cites the PrO/VSO exception as "Artikel 4a, lid 2 Leerplichtwet".
  uitzondering: 'Lpw art 4a lid 2',
  schrikkeldag: 'interpretatie (inferred): verjaardag op 29 februari valt in een niet-schrikkeljaar op 1 maart',
  schrikkeldag28: 'interpretatie (inferred, gemeenteconfiguratie): verjaardag op 29 februari valt in een niet-schrikkeljaar op 28 februari',
} as const;

const UITZONDERING_TEKST: Record<UitzonderingKwalificatieplicht, string> = {
  'praktijkonderwijs-getuigschrift': 'het getuigschrift van het praktijkonderwijs',
  'praktijkonderwijs-diploma': 'het diploma van het praktijkonderwijs',
  'vso-dagbesteding': "het voltooien van het vso-uitstroomprofiel 'dagbesteding'",
  'vso-arbeidsmarktgericht': "het voltooien van het vso-uitstroomprofiel 'arbeidsmarktgericht'",
};

interface Grenzen {
  regel: Schrikkeldagregel;
  vijfdeVerjaardag: Datum;
  leerplichtVanaf: Datum;
  /** True when the calendar of that month was not loaded and the 1st of the month is shown (see `bepaalBegin`). */
  leerplichtVanafBenaderd: boolean;
  zestiendeVerjaardag: Datum;
  volledigeLeerplichtTotEnMet: Datum;
  eindeLeerplichtGrond: EindeLeerplichtGrond;
  /** The school year whose end closes the full leerplicht. */
  eindSchooljaar: SchooljaarAanduiding;
  achttiendeVerjaardag: Datum;
  /** First day without kwalificatieplicht (exclusive end). */
  eindeKwalificatieplichtOp: Datum;
  kwalificatieplichtTotEnMet: Datum | null;
  eindeKwalificatieplichtGrond: EindeKwalificatieplichtGrond;
}

function valideer(jongere: JongereGegevens): void {
  leesDatum(jongere.geboortedatum, 'geboortedatum');
  if (jongere.startkwalificatieBehaaldOp !== undefined) leesDatum(jongere.startkwalificatieBehaaldOp, 'startkwalificatieBehaaldOp');
  for (const u of jongere.uitzonderingen ?? []) leesDatum(u.datum, 'uitzonderingen.datum');
  for (const v of jongere.vrijstellingen ?? []) {
    leesDatum(v.van, 'vrijstellingen.van');
    if (v.totEnMet !== undefined) {
      leesDatum(v.totEnMet, 'vrijstellingen.totEnMet');
      if (v.totEnMet < v.van) {
        throw new LeerplichtInvoerFout('ONGELDIGE_PERIODE', 'vrijstellingen.totEnMet', 'Een vrijstelling eindigt vóór haar begindatum.');
      }
    }
  }
}

/**
 * End of full leerplicht (Lpw art 4 lid 1): the end of the school year (31 July, Lpw art 1) in
 * which the youth turns 16, or of the school year in which the 12th full school year was
 * completed, whichever comes first. Needs no calendar.
 */
export function eindeVolledigeLeerplicht(
  jongere: Pick<JongereGegevens, 'geboortedatum' | 'twaalfdeVolledigeSchooljaar'>,
  opties: LeerplichtOpties = {},
): { totEnMet: Datum; grond: EindeLeerplichtGrond; schooljaar: SchooljaarAanduiding } {
  const regel = opties.verjaardagOp29Februari ?? '1-maart';
  const zestiende = verjaardag(jongere.geboortedatum, 16, regel);
  const opLeeftijd = { totEnMet: eindeSchooljaar(schooljaarVan(zestiende)), grond: 'leeftijd-16' as const, schooljaar: schooljaarVan(zestiende) };
  if (jongere.twaalfdeVolledigeSchooljaar === undefined) return opLeeftijd;

  const opJaren = eindeSchooljaar(jongere.twaalfdeVolledigeSchooljaar, 'twaalfdeVolledigeSchooljaar');
  // Sanity bound (inferred): children may attend school from 4 (002 Bijlage 1) and the primary
  // school counts as 8 years however it went, so the 12th full school year ends at the earliest
  // 11 school years after the school year of the 4th birthday. Anything earlier is a data error.
  const beginjaarVierde = Number(schooljaarVan(verjaardag(jongere.geboortedatum, 4, regel)).slice(0, 4));
  if (Number(jongere.twaalfdeVolledigeSchooljaar.slice(0, 4)) < beginjaarVierde + 11) {
    throw new LeerplichtInvoerFout(
      'ONMOGELIJKE_SCHOOLHISTORIE',
      'twaalfdeVolledigeSchooljaar',
      'Twaalf volledige schooljaren kunnen niet vóór dit schooljaar zijn voltooid; controleer de schoolhistorie.',
    );
  }
  // Strictly earlier: when both rules end the same school year, the age rule is named.
  return opJaren < opLeeftijd.totEnMet ? { totEnMet: opJaren, grond: 'twaalf-schooljaren', schooljaar: jongere.twaalfdeVolledigeSchooljaar } : opLeeftijd;
}

/** First day of leerplicht (Lpw art 3 lid 1): first school day of the month after the month of the 5th birthday. */
export function beginLeerplicht(jongere: Pick<JongereGegevens, 'geboortedatum' | 'vakantieregio'>, kalender: Kalender, opties: LeerplichtOpties = {}): Datum {
  const vijfde = leesDatum(verjaardag(jongere.geboortedatum, 5, opties.verjaardagOp29Februari ?? '1-maart'), 'geboortedatum');
  const jaar = vijfde.maand === 12 ? vijfde.jaar + 1 : vijfde.jaar;
  const maand = vijfde.maand === 12 ? 1 : vijfde.maand + 1;
  return kalender.eersteSchooldagVanMaand(jaar, maand, jongere.vakantieregio);
}

/** Calendar gaps that only make the exact first school day unknown, not the status (see `bepaalBegin`). */
const ONTBREKENDE_KALENDER = new Set(['ROOSTER_ONTBREEKT', 'GELIJKSTELLING_ONBEKEND', 'ONGELDIGE_INVOER']);

/**
 * Lpw art 3 lid 1 for a youth whose leerplicht began in a school year without a loaded vacation
 * rooster (older youths: the product ships the roosters from 2025-2026 on). The first school day
 * then lies between the 1st of the month and the end of a vacation that month can start with
 * (zomervakantie up to mid-September, kerstvakantie into early January). Once the peildatum is
 * past that window the status does not depend on the exact day, so the 1st is shown as an
 * approximation (flagged); inside the window the calendar gap is an error: never a guess that
 * could change the answer.
 */
function bepaalBegin(jongere: JongereGegevens, kalender: Kalender, opties: LeerplichtOpties, peildatum: Datum | undefined): { datum: Datum; benaderd: boolean } {
  try {
    return { datum: beginLeerplicht(jongere, kalender, opties), benaderd: false };
  } catch (fout) {
    if (!(fout instanceof KalenderError) || !ONTBREKENDE_KALENDER.has(fout.code) || peildatum === undefined) throw fout;
    const vijfde = leesDatum(verjaardag(jongere.geboortedatum, 5, opties.verjaardagOp29Februari ?? '1-maart'), 'geboortedatum');
    const jaar = vijfde.maand === 12 ? vijfde.jaar + 1 : vijfde.jaar;
    const maand = vijfde.maand === 12 ? 1 : vijfde.maand + 1;
    // August and September can be vacation up to mid-September: certain from 1 October.
    const zekerVanaf = maand === 8 || maand === 9 ? maakDatum(jaar, 10, 1) : maand === 12 ? maakDatum(jaar + 1, 1, 1) : maakDatum(jaar, maand + 1, 1);
    if (peildatum < zekerVanaf) throw fout;
    return { datum: maakDatum(jaar, maand, 1), benaderd: true };
  }
}

function berekenGrenzen(jongere: JongereGegevens, kalender: Kalender, opties: LeerplichtOpties, peildatum?: Datum): Grenzen {
  const regel = opties.verjaardagOp29Februari ?? '1-maart';
  const einde = eindeVolledigeLeerplicht(jongere, opties);
  const achttiende = verjaardag(jongere.geboortedatum, 18, regel);

  // Kwalificatieplicht ends on the first of: the 18th birthday, the day the SQ is obtained, the
  // day a PrO/VSO exception applies (Lpw art 4a; 002 Bijlage 1). On that day itself the youth is
  // no longer kwalificatieplichtig. Ties: the SQ or exception is named before the age.
  const kandidaten: { grond: EindeKwalificatieplichtGrond; datum: Datum }[] = [];
  if (jongere.startkwalificatieBehaaldOp !== undefined) kandidaten.push({ grond: 'startkwalificatie', datum: jongere.startkwalificatieBehaaldOp });
  for (const u of jongere.uitzonderingen ?? []) kandidaten.push({ grond: u.soort, datum: u.datum });
  kandidaten.push({ grond: 'leeftijd-18', datum: achttiende });
  const eerste = kandidaten.reduce((a, b) => (b.datum < a.datum ? b : a));

  const laatsteDag = vorigeDag(eerste.datum);
  const begin = bepaalBegin(jongere, kalender, opties, peildatum);
  return {
    regel,
    vijfdeVerjaardag: verjaardag(jongere.geboortedatum, 5, regel),
    leerplichtVanaf: begin.datum,
    leerplichtVanafBenaderd: begin.benaderd,
    zestiendeVerjaardag: verjaardag(jongere.geboortedatum, 16, regel),
    volledigeLeerplichtTotEnMet: einde.totEnMet,
    eindeLeerplichtGrond: einde.grond,
    eindSchooljaar: einde.schooljaar,
    achttiendeVerjaardag: achttiende,
    eindeKwalificatieplichtOp: eerste.datum,
    // Kwalificatieplicht follows full leerplicht; if the SQ or exception came first it never begins.
    kwalificatieplichtTotEnMet: laatsteDag > einde.totEnMet ? laatsteDag : null,
    eindeKwalificatieplichtGrond: eerste.grond,
  };
}

function bepaalSoort(g: Grenzen, peildatum: Datum): PlichtSoort {
  if (peildatum < g.leerplichtVanaf) return 'niet-leerplichtig-jonger';
  if (peildatum <= g.volledigeLeerplichtTotEnMet) return 'leerplichtig';
  if (g.kwalificatieplichtTotEnMet !== null && peildatum <= g.kwalificatieplichtTotEnMet) return 'kwalificatieplichtig';
  return 'niet-meer-plichtig';
}

function tekstEindeLeerplicht(g: Grenzen): string {
  const w = datumInWoorden(g.volledigeLeerplichtTotEnMet);
  return g.eindeLeerplichtGrond === 'leeftijd-16'
    ? `${w}: het einde van het schooljaar ${g.eindSchooljaar}, waarin de jongere 16 jaar wordt (${datumInWoorden(g.zestiendeVerjaardag)})`
    : `${w}: het einde van het schooljaar ${g.eindSchooljaar}, waarin de jongere twaalf volledige schooljaren heeft voltooid, eerder dan het schooljaar waarin de jongere 16 wordt`;
}

function tekstEindeKwalificatieplicht(g: Grenzen): string {
  const op = datumInWoorden(g.eindeKwalificatieplichtOp);
  switch (g.eindeKwalificatieplichtGrond) {
    case 'leeftijd-18':
      return `de jongere wordt 18 jaar op ${op}`;
    case 'startkwalificatie':
      return `startkwalificatie behaald op ${op}`;
    default:
      return `${UITZONDERING_TEKST[g.eindeKwalificatieplichtGrond]} op ${op}; voor deze jongere geldt de kwalificatieplicht dan niet`;
  }
}

function maakReden(g: Grenzen, soort: PlichtSoort, regio: string, vrijstellingen: Vrijstelling[]): string {
  const start = datumInWoorden(g.leerplichtVanaf);
  let reden: string;
  switch (soort) {
    case 'niet-leerplichtig-jonger':
      reden =
        `Nog niet leerplichtig. De leerplicht begint op ${start}: de eerste schooldag (vakantieregio ${regio}) van de maand na de maand ` +
        `waarin de jongere 5 jaar wordt (${datumInWoorden(g.vijfdeVerjaardag)}).`;
      break;
    case 'leerplichtig':
      reden =
        `Leerplichtig sinds ${start} (eerste schooldag van de maand na de 5e verjaardag). ` +
        `De volledige leerplicht loopt tot en met ${tekstEindeLeerplicht(g)}.`;
      break;
    case 'kwalificatieplichtig':
      reden =
        `Kwalificatieplichtig: de volledige leerplicht liep tot en met ${tekstEindeLeerplicht(g)}. ` +
        `De kwalificatieplicht loopt tot en met ${datumInWoorden(g.kwalificatieplichtTotEnMet ?? g.eindeKwalificatieplichtOp)}, ` +
        (g.eindeKwalificatieplichtGrond === 'leeftijd-18'
          ? `de dag vóór de 18e verjaardag (${datumInWoorden(g.achttiendeVerjaardag)}), tenzij eerder een startkwalificatie wordt behaald.`
          : `de dag vóór: ${tekstEindeKwalificatieplicht(g)}.`);
      break;
    case 'niet-meer-plichtig':
      reden =
        `Niet meer leerplichtig of kwalificatieplichtig: ${tekstEindeKwalificatieplicht(g)}` +
        (g.kwalificatieplichtTotEnMet === null ? '; de kwalificatieplicht is daardoor niet ingegaan' : '') +
        `. De volledige leerplicht liep tot en met ${tekstEindeLeerplicht(g)}.`;
      break;
  }
  for (const v of vrijstellingen) {
    const tot = v.totEnMet === undefined ? 'zonder einddatum' : `tot en met ${datumInWoorden(v.totEnMet)}`;
    reden +=
      ` Vrijgesteld op grond van Lpw art ${v.artikel} vanaf ${datumInWoorden(v.van)} ${tot}; ` +
      `de ${soort === 'leerplichtig' ? 'leerplicht' : 'kwalificatieplicht'} zelf blijft bestaan.`;
  }
  return reden;
}

function maakBron(g: Grenzen, jongere: JongereGegevens, soort: PlichtSoort, vrijstellingen: Vrijstelling[]): string[] {
  const bron: string[] = [];
  // The rule that decides the soort comes first; the citations for the other dates follow.
  if (soort === 'kwalificatieplichtig' || soort === 'niet-meer-plichtig') {
    bron.push(BRON.kwalificatieplicht);
  }
  bron.push(BRON.start, BRON.einde, BRON.schooljaar, BRON.juridischKader);
  if (soort !== 'kwalificatieplichtig' && soort !== 'niet-meer-plichtig') bron.push(BRON.kwalificatieplicht);
  if (g.eindeKwalificatieplichtGrond === 'leeftijd-18') bron.push(BRON.grens18);
  if (g.eindeKwalificatieplichtGrond !== 'leeftijd-18' && g.eindeKwalificatieplichtGrond !== 'startkwalificatie') bron.push(BRON.uitzondering);
  for (const v of vrijstellingen) bron.push(`Lpw art ${v.artikel}`);
  if (jongere.geboortedatum.endsWith('-02-29')) {
    bron.push(g.regel === '1-maart' ? BRON.schrikkeldag : BRON.schrikkeldag28);
  }
  return [...new Set(bron)];
}

function maakAandachtspunten(g: Grenzen, jongere: JongereGegevens, soort: PlichtSoort, peildatum: Datum): string[] {
  const punten: string[] = [];
  if (g.leerplichtVanafBenaderd) {
    punten.push(
      'Het vakantierooster van het schooljaar waarin de leerplicht begon is niet geladen: als begindatum is de 1e van de maand getoond; de eerste schooldag kan enkele dagen later liggen (Lpw art 3 lid 1). De status op de peildatum hangt daar niet van af.',
    );
  }
  if (soort !== 'leerplichtig' || jongere.twaalfdeVolledigeSchooljaar !== undefined) return punten;
  // administratie.md §3 note 3 (inferred): without a complete history the age-16 rule is used and
  // flagged. The 12-year rule can only end leerplicht earlier in the last school years, so the
  // flag is raised from 1 August of the school year before the one that ends leerplicht.
  const beginVoorlaatste = maakDatum(Number(g.eindSchooljaar.slice(0, 4)) - 1, 8, 1);
  if (jongere.schoolhistorieVolledig !== true && peildatum >= beginVoorlaatste) {
    punten.push(
      'De schoolhistorie is onvolledig: het einde van de leerplicht is berekend op de 16-jaargrens. Controleer of de jongere al twaalf volledige schooljaren heeft voltooid (Lpw art 4 lid 1).',
    );
  }
  if (jongere.startkwalificatieBehaaldOp !== undefined && jongere.startkwalificatieBehaaldOp <= peildatum) {
    punten.push(
      'Er is een startkwalificatie behaald terwijl de volledige leerplicht nog loopt. Controleer of de jongere twaalf volledige schooljaren heeft voltooid (Lpw art 4 lid 1).',
    );
  }
  return punten;
}

/**
 * Leerplicht / kwalificatieplicht status of a youth on `peildatum` (administratie.md §3).
 * Pure: the date and the school calendar are parameters.
 *
 * - leerplichtig from the first school day of the month after the month of the 5th birthday
 *   (Lpw art 3 lid 1), in the youth's vacation region;
 * - until 31 July of the school year of the 16th birthday or of the 12th full school year,
 *   whichever first (Lpw art 4 lid 1; schooljaar 1 August–31 July, Lpw art 1, 002 Bijlage 1);
 * - then kwalificatieplichtig until the day before the 18th birthday, the day before a SQ, or the
 *   day before a PrO/VSO exception applies (Lpw art 4a, 4a lid 2 per 002 Bijlage 1);
 * - an exemption (Lpw art 5, 5a, 15) sets `vrijgesteld` for its period and leaves `soort` alone.
 */
export function leerplichtStatus(jongere: JongereGegevens, peildatum: Datum, kalender: Kalender, opties: LeerplichtOpties = {}): PlichtStatus {
  valideer(jongere);
  leesDatum(peildatum, 'peildatum');
  if (peildatum < jongere.geboortedatum) {
    throw new LeerplichtInvoerFout('PEILDATUM_VOOR_GEBOORTE', 'peildatum', 'De peildatum ligt vóór de geboortedatum.');
  }
  const g = berekenGrenzen(jongere, kalender, opties, peildatum);
  const soort = bepaalSoort(g, peildatum);
  const plichtig = soort === 'leerplichtig' || soort === 'kwalificatieplichtig';
  // An exemption only means something while a plicht applies (inferred).
  const vrijstellingen = plichtig ? (jongere.vrijstellingen ?? []).filter((v) => v.van <= peildatum && (v.totEnMet === undefined || peildatum <= v.totEnMet)) : [];

  return {
    soort,
    leeftijd: leeftijdOp(jongere.geboortedatum, peildatum, g.regel),
    vrijgesteld: vrijstellingen.length > 0,
    vrijstellingen: vrijstellingen.map((v) => ({ ...v })),
    leerplichtVanaf: g.leerplichtVanaf,
    volledigeLeerplichtTotEnMet: g.volledigeLeerplichtTotEnMet,
    eindeLeerplichtGrond: g.eindeLeerplichtGrond,
    kwalificatieplichtTotEnMet: g.kwalificatieplichtTotEnMet,
    eindeKwalificatieplichtGrond: g.eindeKwalificatieplichtGrond,
    reden: maakReden(g, soort, jongere.vakantieregio, vrijstellingen),
    bron: maakBron(g, jongere, soort, vrijstellingen),
    aandachtspunten: maakAandachtspunten(g, jongere, soort, peildatum),
  };
}

/**
 * True when leerplicht or kwalificatieplicht applies on `peildatum` — the youth must then be
 * enrolled (absolute-verzuim check, Lpw art 19) unless `leerplichtStatus(...).vrijgesteld`.
 */
export function isLeerplichtigOfKwalificatieplichtig(jongere: JongereGegevens, peildatum: Datum, kalender: Kalender, opties: LeerplichtOpties = {}): boolean {
  const { soort } = leerplichtStatus(jongere, peildatum, kalender, opties);
  return soort === 'leerplichtig' || soort === 'kwalificatieplichtig';
}
