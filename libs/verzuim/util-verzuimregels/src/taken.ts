import { termijnEinde, type Kalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { vereisDatum, vereisLeeftijd } from './invoer';
import { VerzuimregelFout, type Regels, type Zaaksoort } from './verzuimregels.types';
import { EINDE_KWALIFICATIEPLICHT_LEEFTIJD } from './wet';

/**
 * The tasks the instructie prescribes. "Pas toe of leg uit" (000 art 2 lid 6; 003 art 2 lid 7):
 * each may later be skipped or done differently only with a written reason.
 */
export const TAAK_SOORTEN = [
  'terugkoppeling-melder',
  'contact-ouders',
  'contact-jongere',
  'contact-melder',
  'contact-directeur',
  'drempelbezoek',
  'thuiszitter-beoordeling',
  'contact-school',
  'uitnodiging-jongere',
  'overdracht-doorstroompunt',
  'start-onderzoek-absoluut-verzuim',
  'zienswijze-vorige-school',
  'gespreksverslag',
  'afschrift-gespreksverslag',
  'terugkoppeling-zat',
  'huisbezoek',
] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

/** Dutch label for the officer. */
export const TAAK_OMSCHRIJVING: Readonly<Record<TaakSoort, string>> = {
  'terugkoppeling-melder': 'Terugkoppeling aan de melder welke acties worden ondernomen',
  'contact-ouders': 'Contact met de ouders',
  'contact-jongere': 'Contact met de jongere',
  'contact-melder': 'Contact met de medewerker die de melding deed',
  'contact-directeur': 'Contact met de directeur van de school',
  drempelbezoek: 'Drempelbezoek',
  'thuiszitter-beoordeling': 'Beoordelen of de jongere een thuiszitter is',
  'contact-school': 'Contact met de school over het verzuim en de acties van de school',
  'uitnodiging-jongere': 'Uitnodiging van de jongere voor een gesprek',
  'overdracht-doorstroompunt': 'Overdracht aan het Doorstroompunt',
  'start-onderzoek-absoluut-verzuim': 'Start van het onderzoek naar absoluut verzuim',
  'zienswijze-vorige-school': 'Zienswijze vragen aan de directeur van de vorige school',
  gespreksverslag: 'Verslag van het gesprek in het dossier',
  'afschrift-gespreksverslag': 'Afschrift van het gespreksverslag aan ouders en/of jongere',
  'terugkoppeling-zat': 'Terugkoppeling aan het ZAT, OT of MDO',
  huisbezoek: 'Huisbezoek',
};

export interface TaakVoorschrift {
  soort: TaakSoort;
  /** Deadline (inclusive); null = no term. */
  uiterlijk: string | null;
  bron: string;
}

export interface TakenBijOpeningInvoer {
  soort: Zaaksoort;
  /** Age on the day the melding was received. */
  leeftijd: number;
  ontvangstdatum: string;
  verzuimBeginDatum: string;
  /** Whether the melding was filed by the school's director; null = unknown (treated as the director: no extra task). */
  melderIsDirecteur: boolean | null;
  /** false for an absoluut-verzuim case handed over by the administration: no reporter to give feedback to. */
  metMelder: boolean;
  /** Soort absoluut only: the latest start of the investigation (003 art 7 lid 1; null elsewhere) and whether the youth had a school before. */
  absoluut?: { uiterlijk: string | null; vorigeSchoolBekend: boolean };
  regels: Regels;
  kalender: Kalender;
  regio: Vakantieregio;
}

// The 18+ steps are only written down in 000 art 7; other profiles have no article of their own.
const BRON_18_PLUS_SCHOOL = '000 art 7 lid 3; verzuim.md §13';
const BRON_18_PLUS_UITNODIGING = '000 art 7 lid 3';
const BRON_ZIENSWIJZE = '000 art 8 lid 5; 001 §3.2; 003 art 7 lid 1 b';
const BRON_ABSOLUUT_OUDERS = '000 art 8 lid 2; 003 art 7 lid 2';
const BRON_ABSOLUUT_JONGERE = '000 art 8 lid 2';
const BRON_TERUGKOPPELING_WET = 'Lpw art 21a lid 6';

/** The profile's bron, preceded by the Lpw article when the profile does not cite it already. */
function metLpw21a(bron: string): string {
  return bron.includes('Lpw art 21a') ? bron : `${BRON_TERUGKOPPELING_WET}; ${bron}`;
}

/**
 * The prescribed tasks when a zaak opens, each with its deadline and citation. Deadlines come from
 * `termijnEinde` (util-kalender): a term in weken or dagen that ends on a Saturday, Sunday or
 * feestdag runs on to the next werkdag (Atw art 1 lid 1); werkdagen skip feestdagen. Every term
 * counts from the ontvangstdatum unless said otherwise.
 *
 * - `terugkoppeling-melder` when there is a melder (not for soort absoluut): within
 *   `verzuim.terugkoppelingTermijn` (Lpw art 21a lid 6; 000 art 6 lid 1, art 7 lid 2; 003 art 6
 *   lid 1 b; "a week" = 7 calendar days, verzuim.md §2.2 step 4).
 * - Under 18 (and not achttien-plus):
 *   - `contact-ouders` within `verzuim.eersteContactTermijn` (000 art 6 lid 2; 001 §3.1; 003 art 6 lid 2 a);
 *   - `contact-jongere` from `verzuim.contactJongereVanafLeeftijd`, same deadline (000 art 6 lid 2;
 *     001 §3.1; 003 art 6 lid 2 c);
 *   - `drempelbezoek` for luxe verzuim when `verzuim.luxeVerzuimDrempelbezoek`, first-contact deadline (002 §7);
 *   - `thuiszitter-beoordeling` for langdurig relatief verzuim when `verzuim.thuiszitterBeoordeling`
 *     is set, counted from the verzuimBeginDatum (002 §7).
 * - 18 or older, or achttien-plus: no parents (000 art 7; verzuim.md §13 rule 4); `contact-school`
 *   first, then `uitnodiging-jongere` (000 art 7 lid 3), first-contact deadline; with
 *   `verzuim.achttienPlus` 'doorstroompunt' also `overdracht-doorstroompunt` without a term
 *   (003 inleiding; 004 Hfst 4).
 * - A melding not filed by the director (`melderIsDirecteur === false`): per
 *   `verzuim.nietDoorDirecteur` `contact-melder` (000 art 6 lid 1) or `contact-directeur`
 *   (001 §3.1), first-contact deadline; 'geen' adds nothing.
 * - Soort absoluut (verzuim.md §10): `start-onderzoek-absoluut-verzuim` by `absoluut.uiterlijk`
 *   (003 art 7 lid 1), `zienswijze-vorige-school` when the youth had a school (000 art 8 lid 5;
 *   003 art 7 lid 1 b), `contact-ouders` (000 art 8 lid 2; 003 art 7 lid 2) and `contact-jongere`
 *   from the contact age (000 art 8 lid 2), first-contact deadline; no feedback to a melder.
 */
export function takenBijOpening(invoer: TakenBijOpeningInvoer): TaakVoorschrift[] {
  const { soort, leeftijd, regels, kalender, regio } = invoer;
  vereisLeeftijd(leeftijd);
  const ontvangen = vereisDatum(invoer.ontvangstdatum, 'ontvangstdatum');
  const verzuimBegin = vereisDatum(invoer.verzuimBeginDatum, 'verzuimBeginDatum');
  const verzuim = regels.verzuim;
  const eersteContact = termijnEinde(ontvangen, verzuim.eersteContactTermijn, kalender, regio);
  const contactJongere = leeftijd >= verzuim.contactJongereVanafLeeftijd.waarde;
  const taken: TaakVoorschrift[] = [];

  if (soort === 'absoluut') {
    if (invoer.absoluut === undefined) {
      throw new VerzuimregelFout('ONGELDIGE_INVOER', 'absoluut', 'Het veld absoluut is verplicht bij een zaak van soort absoluut.');
    }
    const uiterlijk = invoer.absoluut.uiterlijk === null ? null : vereisDatum(invoer.absoluut.uiterlijk, 'absoluut.uiterlijk');
    // 003 art 7 lid 1: without delay, at the latest within 5 werkdagen (no term in 000 or 001).
    taken.push({ soort: 'start-onderzoek-absoluut-verzuim', uiterlijk, bron: regels.absoluutVerzuim.onderzoekUiterlijk.bron });
    // 000 art 8 lid 5; 003 art 7 lid 1 b: ask the former school's director for his view.
    if (invoer.absoluut.vorigeSchoolBekend) taken.push({ soort: 'zienswijze-vorige-school', uiterlijk: eersteContact, bron: BRON_ZIENSWIJZE });
    // 000 art 8 lid 2; 003 art 7 lid 2: the parents may explain why the youth is not enrolled.
    // Absolute verzuim ends with the kwalificatieplicht at 18 (Lpw art 4a), so no parents from then.
    if (leeftijd < EINDE_KWALIFICATIEPLICHT_LEEFTIJD) taken.push({ soort: 'contact-ouders', uiterlijk: eersteContact, bron: BRON_ABSOLUUT_OUDERS });
    if (contactJongere) taken.push({ soort: 'contact-jongere', uiterlijk: eersteContact, bron: BRON_ABSOLUUT_JONGERE });
    return taken;
  }

  if (invoer.metMelder) {
    // Lpw art 21a lid 6; 000 art 6 lid 1, art 7 lid 2; 003 art 6 lid 1 b: report the actions back within a week.
    const termijn = verzuim.terugkoppelingTermijn;
    taken.push({ soort: 'terugkoppeling-melder', uiterlijk: termijnEinde(ontvangen, termijn, kalender, regio), bron: metLpw21a(termijn.bron) });
    // 000 art 6 lid 1: contact the staff member who filed it; 001 §3.1: contact the director afterwards.
    const nietDoorDirecteur = verzuim.nietDoorDirecteur;
    if (invoer.melderIsDirecteur === false && nietDoorDirecteur.waarde !== 'geen') {
      taken.push({ soort: nietDoorDirecteur.waarde, uiterlijk: eersteContact, bron: nietDoorDirecteur.bron });
    }
  }

  if (leeftijd >= EINDE_KWALIFICATIEPLICHT_LEEFTIJD || soort === 'achttien-plus') {
    // 000 art 7 lid 3: first the school about the absence and its actions, then the youth.
    taken.push({ soort: 'contact-school', uiterlijk: eersteContact, bron: BRON_18_PLUS_SCHOOL });
    taken.push({ soort: 'uitnodiging-jongere', uiterlijk: eersteContact, bron: BRON_18_PLUS_UITNODIGING });
    // 003 inleiding; 004 Hfst 4: the Doorstroompunt is outside this instructie and takes the case.
    if (verzuim.achttienPlus.waarde === 'doorstroompunt') taken.push({ soort: 'overdracht-doorstroompunt', uiterlijk: null, bron: verzuim.achttienPlus.bron });
    return taken;
  }

  // 000 art 6 lid 2; 001 §3.1; 003 art 6 lid 2 a: contact the parents without delay.
  taken.push({ soort: 'contact-ouders', uiterlijk: eersteContact, bron: verzuim.eersteContactTermijn.bron });
  // 000 art 6 lid 2; 001 §3.1; 003 art 6 lid 2 c: the youth too, from 12.
  if (contactJongere) taken.push({ soort: 'contact-jongere', uiterlijk: eersteContact, bron: verzuim.contactJongereVanafLeeftijd.bron });
  // 002 §7: luxe verzuim → the LPA makes a drempelbezoek.
  if (soort === 'luxe' && verzuim.luxeVerzuimDrempelbezoek.waarde) {
    taken.push({ soort: 'drempelbezoek', uiterlijk: eersteContact, bron: verzuim.luxeVerzuimDrempelbezoek.bron });
  }
  // 002 §7: after 4 weeks of absence the LPA assesses whether the youth really is a thuiszitter.
  const thuiszitter = verzuim.thuiszitterBeoordeling;
  if (soort === 'langdurig-relatief' && thuiszitter.waarde !== null) {
    taken.push({ soort: 'thuiszitter-beoordeling', uiterlijk: termijnEinde(verzuimBegin, thuiszitter.waarde, kalender, regio), bron: thuiszitter.bron });
  }
  return taken;
}

const BRON_GESPREKSVERSLAG = '000 art 6 lid 3; 001 §3.2; 003 art 6 lid 2 d–e';

/**
 * After a recorded conversation (000 art 6 lid 3; 001 §3.2; 003 art 6 lid 2 d–f): the report goes
 * into the dossier, always; a copy goes to parents and/or youth when `verzuim.gespreksverslagAfschrift`
 * is 'altijd' (001 §3.2) or when they asked for one (000 art 6 lid 3; 003 art 6 lid 2 f). No term.
 */
export function takenNaGesprek(invoer: { afschriftGevraagd: boolean; regels: Regels }): TaakVoorschrift[] {
  const afschrift = invoer.regels.verzuim.gespreksverslagAfschrift;
  const taken: TaakVoorschrift[] = [{ soort: 'gespreksverslag', uiterlijk: null, bron: BRON_GESPREKSVERSLAG }];
  if (afschrift.waarde === 'altijd' || invoer.afschriftGevraagd) {
    taken.push({ soort: 'afschrift-gespreksverslag', uiterlijk: null, bron: afschrift.bron });
  }
  return taken;
}

/**
 * May the officer report back to the ZAT/OT/MDO on actions, progress and agreements
 * (`verzuim.zatTerugkoppeling`; verzuim.md §3 step 5)?
 * - 'alleen-indien-besproken': only when the youth was already discussed there (000 art 6 lid 5);
 * - 'met-toestemming': with the consent of the parents or the youth from 16 (003 art 6 lid 3 a, art 2 lid 5);
 * - 'geen': not at all.
 */
export function zatTerugkoppelingToegestaan(invoer: { besprokenInZat: boolean; toestemming: boolean; regels: Regels }): {
  toegestaan: boolean;
  reden: string;
  bron: string;
} {
  const regel = invoer.regels.verzuim.zatTerugkoppeling;
  switch (regel.waarde) {
    case 'alleen-indien-besproken':
      return invoer.besprokenInZat
        ? { toegestaan: true, reden: 'De jongere is al in het ZAT/OT/MDO besproken.', bron: regel.bron }
        : { toegestaan: false, reden: 'Terugkoppeling alleen als de jongere al in het ZAT/OT/MDO is besproken; dat is niet zo.', bron: regel.bron };
    case 'met-toestemming':
      return invoer.toestemming
        ? { toegestaan: true, reden: 'Er is toestemming van de ouders of de jongere.', bron: regel.bron }
        : { toegestaan: false, reden: 'Terugkoppeling in het ZAT/OT/MDO vraagt toestemming van de ouders of de jongere; die is er niet.', bron: regel.bron };
    case 'geen':
      return { toegestaan: false, reden: 'De instructie van deze gemeente voorziet niet in terugkoppeling aan het ZAT/OT/MDO.', bron: regel.bron };
  }
}
