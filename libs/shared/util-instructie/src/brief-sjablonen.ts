/*
 * The placeholders of the verlof-vrijstelling letter templates (instructie `regels.brieven`). The
 * letter service fills the common fields for every letter; each template has its own fields on
 * top, filled by the step that sends it. A template that asks for anything else would fail at
 * the moment a letter goes out, so the instructie schema refuses it at load time instead.
 */

/** Filled by the letter service for every letter (letterhead, date, reference, signatory, Lpw art 22 lid 1). */
export const GEMEENSCHAPPELIJKE_BRIEFVELDEN = [
  'gemeenteNaam',
  'datum',
  'kenmerk',
  'geadresseerde',
  'adres',
  'aanhef',
  'jongereNaam',
  'geboortedatum',
  'ondertekening',
  'medewerkerNaam',
  'medewerkerFunctie',
  'contactgegevens',
] as const;

/** The fields that name the youth: only filled when the letter is about one (data minimisation). */
export const JONGERE_BRIEFVELDEN = ['jongereNaam', 'geboortedatum'] as const;

/**
 * Each template's own placeholders. Dates are written out in Dutch ("3 maart 2025"), terms as
 * beschrijfTermijn gives them ("8 weken"); `artikel` is "3a" or "3b"; `bezwaarclausule` and
 * `waarschuwingKorteTermijn` are the rendered paragraph templates of the same gemeente (or '').
 */
export const BRIEF_SJABLOON_VELDEN = {
  /** Receipt of a leave request > 10 schooldagen (Lpw art 14 lid 3; Awb art 4:13). */
  verlofOntvangstbevestiging: [
    'eersteVerlofdag',
    'laatsteVerlofdag',
    'aantalSchooldagen',
    'ontvangenOp',
    'beslistermijn',
    'beslisUiterlijk',
    'waarschuwingKorteTermijn',
  ],
  /** Paragraph: the leave starts before a decision can reasonably be made (Lpw art 2, 26). */
  verlofWaarschuwingKorteTermijn: ['eersteVerlofdag', 'beslisUiterlijk'],
  /** To the parents: a request ≤ 10 schooldagen goes to the head of the school (Lpw art 14 lid 1; Awb art 2:3). */
  verlofDoorzendingOuders: ['schoolNaam', 'eersteVerlofdag', 'laatsteVerlofdag', 'aantalSchooldagen', 'schooljaarSchooldagen'],
  /** To the head of the school: the forwarded request (Awb art 2:3). */
  verlofDoorzendingSchoolleider: [
    'schoolNaam',
    'eersteVerlofdag',
    'laatsteVerlofdag',
    'aantalSchooldagen',
    'schooljaarSchooldagen',
    'ontvangenOp',
    'reden',
  ],
  /** Vakantieverlof is the head's decision (Lpw art 11 onder f, 13a). */
  verlofVakantieverlofVerwijzing: ['schoolNaam', 'eersteVerlofdag', 'laatsteVerlofdag'],
  /** Incomplete request (Awb art 4:5, 4:15). */
  verlofVerzoekAanvulling: ['ontbrekend', 'hersteltermijn', 'aanvullenUiterlijk', 'ontvangenOp'],
  /** The leave decision (Lpw art 14 lid 3; Awb art 3:46). */
  verlofBesluit: ['eersteVerlofdag', 'laatsteVerlofdag', 'ontvangenOp', 'beslissing', 'motivering', 'grondslag', 'bezwaarclausule'],
  /** Request set aside: not completed in time (Awb art 4:5). */
  verlofBuitenBehandeling: ['ontvangenOp', 'aanvullenUiterlijk', 'grondslag', 'bezwaarclausule'],
  /** Paragraph: how, where and within what term to object (Awb art 3:45, 6:5, 6:7). */
  bezwaarclausule: ['bezwaartermijn', 'bezwaarUiterlijk', 'bezwaarAdres'],
  /** Receipt of a bezwaarschrift (Awb art 6:14, 7:10); `tijdigheid` is a sentence filled by code. */
  bezwaarOntvangstbevestiging: ['besluitDatum', 'besluitOnderwerp', 'ontvangenOp', 'tijdigheid', 'bezwaarBeslistermijn', 'beslisUiterlijk'],
  /** Decision on the objection (Awb art 7:11, 7:12); `advies` is a sentence on the committee's advice, may be ''. */
  besluitOpBezwaar: ['besluitDatum', 'besluitOnderwerp', 'beslissing', 'motivering', 'advies'],
  /** Receipt of a kennisgeving art 6, `grond` in words (000 art 12 lid 1; 003 art 11 lid 1). */
  kennisgevingOntvangstbevestiging: ['grond', 'ontvangenOp', 'berichtUiterlijk'],
  /** Consent for the expert to consult the samenwerkingsverband (000 art 12 lid 3; 003 art 11 lid 2 b). */
  vrijstellingToestemmingsverzoek: ['deskundigeNaam'],
  /** To the designated expert: examine and state in writing (Lpw art 7). */
  vrijstellingOnderzoeksverzoek: ['deskundigeNaam', 'onderzoekUiterlijk'],
  /** Ground b: invitation to explain the objection orally (000 art 12 lid 7; 003 art 11 lid 3 a). */
  vrijstellingUitnodigingToelichting: ['gespreksdatum', 'gesprekslocatie'],
  /** Ground b: a longer term announced (000 art 12 lid 6). */
  vrijstellingVerlengingsbericht: ['nieuweTermijn', 'berichtUiterlijk', 'reden'],
  /** Ground c: how and when to prove education abroad (000 art 12 lid 11; 003 art 11 lid 4 a). */
  vrijstellingBewijsBuitenland: ['bewijsUiterlijk', 'bewijsWijze'],
  /** The kennisgeving complies: period and next kennisgeving (Lpw art 6). */
  vrijstellingBevestiging: ['grond', 'grondslag', 'van', 'totEnMet', 'volgendeKennisgevingVoor', 'bezwaarclausule'],
  /** The kennisgeving does not comply: enrol before the date (000 art 12 lid 8–9; 003 art 11 lid 5). */
  vrijstellingInschrijvingsopdracht: ['grond', 'motivering', 'inschrijvenUiterlijk', 'bezwaarclausule'],
  /** To the district head of the Arbeidsinspectie, minimal data (000 art 12 lid 14). */
  vrijstellingArbeidsinspectie: ['grond', 'van', 'totEnMet'],
  /** To Burgerzaken: second claim on ground c without daily commuting (003 toelichting art 11). */
  vrijstellingBurgerzakenSignaal: [],
  /** Exemption for other sufficient education (Lpw art 15; 000 art 11; 003 art 10). */
  art15Besluit: ['beslissing', 'motivering', 'voorwaarden', 'van', 'totEnMet', 'bezwaarclausule'],
  /** The recorded agreements, to those designing the programme (000 art 10 lid 3; 003 art 9 lid 4). */
  vervangendeLeerplichtInformatieOntwerpers: ['artikel', 'afspraken'],
  /** Decision on vervangende leerplicht, on behalf of the college (Lpw art 3a, 3b). */
  vervangendeLeerplichtBesluit: ['artikel', 'beslissing', 'programma', 'van', 'totEnMet', 'motivering', 'bezwaarclausule'],
  /** To the district head of the Arbeidsinspectie (000 art 10 lid 4; 003 art 9 lid 6). */
  vervangendeLeerplichtArbeidsinspectie: ['artikel', 'van', 'totEnMet', 'werkzaamheden'],
  /** To the Inspectie van het Onderwijs: is the provision a school (000 art 13 lid 1; 003 art 12 lid 1)? No child data. */
  schoolErkenningVerzoekInspectie: ['voorzieningNaam', 'voorzieningAdres', 'adviesUiterlijk'],
  /** To the parents: the provision is not (no longer) a school (000 art 13 lid 3; 003 art 12 lid 4). */
  schoolNietErkendOuders: ['voorzieningNaam', 'adviesDatum'],
  /** Designation of the expert by the college (Lpw art 7; 000 art 14; 003 art 13). */
  aanwijzingDeskundige: ['deskundigeNaam', 'beroep', 'afspraak'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The verlof-vrijstelling letter templates (keys of instructie `regels.brieven`). */
export type BriefSjabloon = keyof typeof BRIEF_SJABLOON_VELDEN;

export const BRIEF_SJABLONEN = Object.keys(BRIEF_SJABLOON_VELDEN) as BriefSjabloon[];

/**
 * Paragraphs, not letters: they are rendered with their own fields only and then go into a
 * letter as `{{waarschuwingKorteTermijn}}` / `{{bezwaarclausule}}`, so they cannot use the common fields.
 */
export const BRIEF_ALINEAS: readonly BriefSjabloon[] = ['verlofWaarschuwingKorteTermijn', 'bezwaarclausule'];

/** Letters about no youth in particular: they get no name or birth date to print (data minimisation). */
export const BRIEVEN_ZONDER_JONGERE: readonly BriefSjabloon[] = ['schoolErkenningVerzoekInspectie', 'aanwijzingDeskundige'];

/** The placeholders a template may use: its own, plus the common ones unless it is a paragraph. */
export function toegestaneBriefvelden(sjabloon: BriefSjabloon): readonly string[] {
  const eigen: readonly string[] = BRIEF_SJABLOON_VELDEN[sjabloon];
  if (BRIEF_ALINEAS.includes(sjabloon)) {
    return eigen;
  }
  const jongere: readonly string[] = JONGERE_BRIEFVELDEN;
  const gemeenschappelijk = BRIEVEN_ZONDER_JONGERE.includes(sjabloon)
    ? GEMEENSCHAPPELIJKE_BRIEFVELDEN.filter((veld) => !jongere.includes(veld))
    : GEMEENSCHAPPELIJKE_BRIEFVELDEN;
  return [...gemeenschappelijk, ...eigen];
}
