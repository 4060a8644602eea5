import { isGeldigBsn } from '@leerrecht/shared/util-bsn';

/** The fields of an incoming verzuimmelding that are checked before anything is stored. */
export interface VerzuimmeldingInvoer {
  bsn: string;
  gemeente: string;
  schoolBrin: string;
  beginDatum: string;
  eindDatum?: string | null;
  verzuimUren?: number | null;
  /** The school system's own id of this message (idempotency); required on the API channel. */
  berichtId?: string | null;
  geboortedatum?: string | null;
  verzuimdagen?: number | null;
  verzuimregistratie?: readonly { datum: string; uren: number }[] | null;
  keerTeLaat?: number | null;
  melderNaam?: string | null;
  /** Free-text fields of the Besluit verzuimmelding (reden, actie door school, toelichting). */
  teksten?: Readonly<Record<string, string | null | undefined>>;
  postcode?: string | null;
  /** Paper: the day the kennisgeving arrived. */
  ontvangenOp?: string | null;
}

/** Who is reporting, as far as the checks need it. */
export interface Melder {
  /** Gemeenten the melder may report for (token claim). */
  gemeenten: readonly string[];
  /** For a school system: its own BRIN (token claim); null for staff. */
  eigenBrin: string | null;
}

/** What the checks need besides the melding: the region's gemeenten, today, and which fields the channel requires. */
export interface Controlecontext {
  gemeentenVanRegio: readonly string[];
  /** Today (JJJJ-MM-DD): absence cannot start, nor a kennisgeving arrive, in the future. */
  vandaag?: string;
  verplicht?: readonly ('berichtId' | 'geboortedatum' | 'melderNaam' | 'ontvangenOp')[];
}

/** One refusal: a stable code, the field, and a message that never repeats the value. */
export interface Bezwaar {
  code: string;
  veld: string;
  melding: string;
}

const TEKST_MAX = 2000;

function isKalenderdatum(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function aanwezig<T>(waarde: T | null | undefined): waarde is T {
  return waarde !== undefined && waarde !== null;
}

/**
 * Checks a verzuimmelding (Lpw art 21/21a; Besluit verzuimmelding) and returns every problem, in
 * field order; an empty list means it may be stored. Pure: the service turns the first problem
 * into a GraphQL error. Accepts the legacy two-argument call (gemeenten of the region as a list).
 */
export function valideerVerzuimmelding(invoer: VerzuimmeldingInvoer, melder: Melder, context: Controlecontext | readonly string[]): Bezwaar[] {
  const ctx: Controlecontext = Array.isArray(context) ? { gemeentenVanRegio: context } : (context as Controlecontext);
  const verplicht = new Set(ctx.verplicht ?? []);
  const bezwaren: Bezwaar[] = [];
  if (verplicht.has('berichtId') || aanwezig(invoer.berichtId)) {
    if (!aanwezig(invoer.berichtId) || !/^[A-Za-z0-9._:-]{1,64}$/.test(invoer.berichtId)) {
      bezwaren.push({ code: 'ONGELDIG_BERICHT_ID', veld: 'berichtId', melding: 'Het berichtId ontbreekt of is ongeldig: 1 tot 64 letters, cijfers of . _ : -' });
    }
  }
  if (!isGeldigBsn(invoer.bsn)) {
    bezwaren.push({ code: 'ONGELDIG_BSN', veld: 'bsn', melding: 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.' });
  }
  if (verplicht.has('geboortedatum') || aanwezig(invoer.geboortedatum)) {
    if (!aanwezig(invoer.geboortedatum) || !isKalenderdatum(invoer.geboortedatum)) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'geboortedatum', melding: 'De geboortedatum ontbreekt of is geen geldige datum (JJJJ-MM-DD).' });
    } else if (ctx.vandaag !== undefined && invoer.geboortedatum > ctx.vandaag) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'geboortedatum', melding: 'De geboortedatum ligt in de toekomst.' });
    }
  }
  if (!/^\d{4}$/.test(invoer.gemeente) || !ctx.gemeentenVanRegio.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'ONBEKENDE_GEMEENTE', veld: 'gemeente', melding: 'De gemeente is geen gemeente van dit samenwerkingsverband.' });
  } else if (!melder.gemeenten.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'GEMEENTE_NIET_TOEGESTAAN', veld: 'gemeente', melding: 'U mag niet melden voor deze gemeente.' });
  }
  if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(invoer.schoolBrin)) {
    bezwaren.push({ code: 'ONGELDIG_BRIN', veld: 'schoolBrin', melding: 'De BRIN-code moet uit 2 cijfers en 2 letters of cijfers bestaan.' });
  } else if (melder.eigenBrin !== null && melder.eigenBrin !== invoer.schoolBrin) {
    // A school system may only report for its own school.
    bezwaren.push({ code: 'BRIN_NIET_TOEGESTAAN', veld: 'schoolBrin', melding: 'U mag alleen melden voor uw eigen school.' });
  }
  const beginGeldig = isKalenderdatum(invoer.beginDatum);
  if (!beginGeldig) {
    bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'beginDatum', melding: 'De begindatum is geen geldige datum (JJJJ-MM-DD).' });
  } else if (ctx.vandaag !== undefined && invoer.beginDatum > ctx.vandaag) {
    bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'beginDatum', melding: 'De begindatum ligt in de toekomst: er kan nog geen verzuim zijn.' });
  }
  if (invoer.eindDatum !== undefined && invoer.eindDatum !== null) {
    if (!isKalenderdatum(invoer.eindDatum)) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'eindDatum', melding: 'De einddatum is geen geldige datum (JJJJ-MM-DD).' });
    } else if (beginGeldig && invoer.eindDatum < invoer.beginDatum) {
      bezwaren.push({ code: 'ONGELDIGE_PERIODE', veld: 'eindDatum', melding: 'De einddatum ligt voor de begindatum.' });
    }
  }
  if (invoer.verzuimUren !== undefined && invoer.verzuimUren !== null && !(invoer.verzuimUren >= 0 && invoer.verzuimUren <= 1000)) {
    bezwaren.push({ code: 'ONGELDIGE_UREN', veld: 'verzuimUren', melding: 'Het aantal verzuimde uren moet tussen 0 en 1000 liggen.' });
  }
  if (aanwezig(invoer.verzuimdagen) && !(invoer.verzuimdagen >= 0 && invoer.verzuimdagen <= 366)) {
    bezwaren.push({ code: 'ONGELDIGE_DAGEN', veld: 'verzuimdagen', melding: 'Het aantal verzuimde dagen moet tussen 0 en 366 liggen.' });
  }
  if (aanwezig(invoer.verzuimregistratie)) {
    const eind = invoer.eindDatum ?? ctx.vandaag;
    const fout = invoer.verzuimregistratie.some(
      (regel) =>
        !isKalenderdatum(regel.datum) ||
        !(regel.uren > 0 && regel.uren <= 24) ||
        (beginGeldig && regel.datum < invoer.beginDatum) ||
        (eind !== undefined && isKalenderdatum(eind) && regel.datum > eind),
    );
    if (fout || invoer.verzuimregistratie.length > 400) {
      bezwaren.push({
        code: 'ONGELDIGE_REGISTRATIE',
        veld: 'verzuimregistratie',
        melding: 'De verzuimregistratie is ongeldig: elke regel heeft een datum binnen de meldperiode en 0 tot 24 uur.',
      });
    }
  }
  if (aanwezig(invoer.keerTeLaat) && !(Number.isInteger(invoer.keerTeLaat) && invoer.keerTeLaat >= 0 && invoer.keerTeLaat <= 1000)) {
    bezwaren.push({ code: 'ONGELDIG_AANTAL', veld: 'keerTeLaat', melding: 'Het aantal keren te laat moet een geheel getal tussen 0 en 1000 zijn.' });
  }
  if (verplicht.has('melderNaam') && (!aanwezig(invoer.melderNaam) || invoer.melderNaam.trim() === '')) {
    bezwaren.push({ code: 'VERPLICHT_VELD', veld: 'melder.naam', melding: 'De naam van de melder ontbreekt (Besluit verzuimmelding).' });
  }
  for (const [veld, tekst] of Object.entries(invoer.teksten ?? {})) {
    if (aanwezig(tekst) && tekst.length > TEKST_MAX) {
      bezwaren.push({ code: 'TEKST_TE_LANG', veld, melding: `Het veld ${veld} is langer dan ${TEKST_MAX} tekens.` });
    }
  }
  if (aanwezig(invoer.postcode) && !/^[1-9][0-9]{3} ?[A-Z]{2}$/.test(invoer.postcode)) {
    bezwaren.push({ code: 'ONGELDIGE_POSTCODE', veld: 'afwijkendAdres.postcode', melding: 'De postcode moet bestaan uit 4 cijfers en 2 hoofdletters.' });
  }
  if (verplicht.has('ontvangenOp') || aanwezig(invoer.ontvangenOp)) {
    if (!aanwezig(invoer.ontvangenOp) || !isKalenderdatum(invoer.ontvangenOp)) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'ontvangenOp', melding: 'De ontvangstdatum ontbreekt of is geen geldige datum (JJJJ-MM-DD).' });
    } else if ((ctx.vandaag !== undefined && invoer.ontvangenOp > ctx.vandaag) || (beginGeldig && invoer.ontvangenOp < invoer.beginDatum)) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'ontvangenOp', melding: 'De ontvangstdatum ligt in de toekomst of voor de begindatum van het verzuim.' });
    }
  }
  return bezwaren;
}
