import { z } from 'zod';
import { BRIEF_SJABLONEN, toegestaneBriefvelden } from './brief-sjablonen';
import { sjabloonVelden } from './termijn';

/*
 * One schema for every gemeente's instructie (Lpw art 16 lid 4: each college adopts an
 * ambtsinstructie; domain README §7: where the documents differ, the difference is
 * configuration, not code). Objects are strict, so a misspelt key is an error, not a silently
 * ignored rule. The key names follow the "Config key" column of domain README §7.
 */

export const PROFIELEN = ['ijssel-vecht', 'noordoostpolder', 'zuid-oost-utrecht', 'twente'] as const;

/** The seed documents (domain README §2). */
export const BRONDOCUMENTEN = ['000', '001', '002', '003', '004'] as const;

/**
 * Where a value comes from:
 * - `vastgesteld`: the profile's own source document states it (also where it deliberately
 *   sets no term: value null);
 * - `wettelijk-standaard`: the document is silent or defers to the law, and the law itself
 *   gives the value (or gives none: null); binding whatever the instructie says;
 * - `aan-te-leveren`: not in the sources (README §2 "(not in sources)"); the value is a default
 *   or placeholder the gemeente must confirm before go-live. Profile 004 is an explanation
 *   without the instruction text, so whatever it does not say is aan-te-leveren there.
 */
export const REGEL_STATUSSEN = ['vastgesteld', 'aan-te-leveren', 'wettelijk-standaard'] as const;

/** Units exactly as the sources state them (domain README §2, "Time units"). */
export const TERMIJN_EENHEDEN = ['werkdagen', 'schooldagen', 'kalenderdagen', 'weken', 'maanden', 'jaren'] as const;

const bronSchema = z.string().trim().min(1, 'bron ontbreekt (citeer het artikel, README §2)');

const regelMetaVelden = {
  /** Citation per domain README §2, e.g. "000 art 3 lid 7", "Lpw art 21a". */
  bron: bronSchema,
  status: z.enum(REGEL_STATUSSEN),
  /** Document inconsistency, placeholder reason or other note a reviewer must see. */
  opmerking: z.string().trim().min(1).optional(),
};

/** The source fields every rule carries. */
export const regelMetaSchema = z.object(regelMetaVelden).strict();

/** A rule value with the article it comes from. */
export function regelSchema<T extends z.ZodTypeAny>(waarde: T) {
  return z.object({ waarde, ...regelMetaVelden }).strict();
}

export const termijnWaardeSchema = z
  .object({
    aantal: z.number().int().positive(),
    eenheid: z.enum(TERMIJN_EENHEDEN),
  })
  .strict();

/** A term always carries its unit and its article. */
export const termijnSchema = z
  .object({
    aantal: z.number().int().positive(),
    eenheid: z.enum(TERMIJN_EENHEDEN),
    ...regelMetaVelden,
  })
  .strict();

/** A term that a source may leave open: null means "no term" (no deadline is monitored). */
const optioneleTermijnSchema = regelSchema(termijnWaardeSchema.nullable());

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function isKalenderdatum(waarde: string): boolean {
  const datum = new Date(`${waarde}T00:00:00Z`);
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === waarde;
}

const datumSchema = z
  .string()
  .regex(DATUM, 'verwacht een datum JJJJ-MM-DD')
  .refine(isKalenderdatum, 'geen bestaande kalenderdatum');

/** A letter template: non-empty Dutch text whose placeholders are all well-formed `{{naam}}`. */
const sjabloonSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((sjabloon, ctx) => {
    try {
      sjabloonVelden(sjabloon);
    } catch (fout) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: fout instanceof Error ? fout.message : String(fout) });
    }
  });

const leeftijd = z.number().int().min(0).max(30);

const classificatieSchema = z.enum(['AVG', 'Wpg']);

/** The three ways a written warning may replace a PV, as the sources word them. */
export const WAARSCHUWING_VOORWAARDEN = [
  // 000 art 6 lid 9; 003 art 6 lid 5 onder 1; 001 §4.3 "geen opzet"
  'verwijtbaar-zonder-kennelijke-opzet',
  // 000 art 6 lid 9; 003 art 6 lid 5 onder 2
  'eerste-overtreding-met-zorg',
  // 000 art 6 lid 9; 003 art 6 lid 5 onder 3: korter dan 16 uur binnen 4 aaneengesloten weken
  'licht-verzuim-minder-dan-16-uur-in-4-weken',
  // 001 §4.3: "een eerste overtreding bij licht verzuim", no hour value
  'eerste-overtreding-licht-verzuim',
] as const;

/**
 * Who may issue the statement behind a medical or social indication for leave of more than 10
 * schooldagen (000 art 5 fn 1: GGD (jeugd)arts or a (gecontracteerde) specialistische
 * jeugdhulpaanbieder; 003 toelichting art 5: GGD (jeugd)arts or a sociale instantie).
 */
export const VERKLARING_UITGEVERS = ['ggd-arts', 'specialistische-jeugdhulpaanbieder', 'sociale-instantie'] as const;
export type VerklaringUitgever = (typeof VERKLARING_UITGEVERS)[number];

/** How a bezwaar against a leave decision is handled (000 art 5 lid 11; 001 §3.6; 003 art 5 lid 8). */
export const BEZWAARPROCEDURES = [
  // 000 art 5 lid 11: the procedure of the responsible gemeente
  'procedure-verantwoordelijke-gemeente',
  // 001 §3.6: the officer is advised by the gemeentelijke commissie voor bezwaarschriften
  'advies-commissie-bezwaarschriften',
  // 003 art 5 lid 8: the power is attributed to the officer, who decides after the committee's advice
  'lpa-beslist-na-advies-commissie',
] as const;
export type Bezwaarprocedure = (typeof BEZWAARPROCEDURES)[number];

/** The exemption grounds as util-leerplicht writes them (Lpw art 5 onder a–c, 5a, 15). */
export const VRIJSTELLINGSGRONDEN = ['5 onder a', '5 onder b', '5 onder c', '5a', '15'] as const;

/** What the officer does at a step of the te-laat-komen ladder (002 §7). */
export const TE_LAAT_ACTIES = [
  // school registers and takes a measure; no action of the officer
  'geen-actie-leerplicht',
  // where a preventive surgery is agreed: conversation with the pupil at school, agreement card
  'gesprek-op-school',
  // invites parents and pupil, investigates causes and solutions (Halt, Forza)
  'uitnodiging-en-onderzoek',
  // follow-up along the MAS routes
  'vervolg-volgens-mas',
] as const;
export type TeLaatActie = (typeof TE_LAAT_ACTIES)[number];

/**
 * Grounds on which a leerlingdossier may be opened (administratie.md §6.2): 000 art 4 lid 1 a–i
 * plus JIKP, 003 art 4 lid 1 a–g, and the receipt of a melding (000 art 6 lid 1; 003 art 6 lid 1).
 */
export const DOSSIER_GRONDEN = [
  'vervangende-leerplicht',
  'vrijstelling-inschrijving',
  'vrijstelling-schoolbezoek',
  'absoluut-verzuim',
  'relatief-of-overig-verzuim',
  'voortijdig-schoolverlaten',
  'overgang-werk-dagbesteding-vervolgonderwijs',
  'bespreking-in-overleg',
  'signalen',
  'jikp',
  'verzuimmelding',
] as const;
export type DossierGrond = (typeof DOSSIER_GRONDEN)[number];

/**
 * Free-text entries of the leerlingdossier (administratie.md §6.3, §6.4). Person, parents,
 * enrolments and meldingen come from their own registers and are not entries. SVB-melding, Halt
 * referral and PV copies are Wpg records held by `handhaving` and are not listed here.
 */
export const DOSSIER_VELDEN = [
  'nationaliteit',
  'telefoonnummer-jongere',
  'kennisgeving-vrijstelling-inschrijving',
  'kennisgeving-verzuim',
  'verzuimoverzicht-school',
  'verlof-vrijstelling',
  'correspondentie',
  'gespreksverslag',
  'notitie',
  'diploma',
  'uitstroomperspectief',
  'arbeidsmarktpositie',
  'persoonlijke-omstandigheden',
  'afwijking-mas',
  'afspraken-vervangende-leerplicht',
  'advies-absoluut-verzuim',
] as const;
export type DossierVeld = (typeof DOSSIER_VELDEN)[number];

/**
 * Fields that may be filled only once ongeoorloofd schoolverzuim is established in the case:
 * copies of correspondence, conversation reports, notes and personal circumstances
 * (000 art 4 lid 2 m, n, o, v; 003 art 4 lid 2 m, n, o, t; 001 Bijlage 3 items 13, a, b, g).
 * The three documents agree, so this is not per-gemeente configuration.
 */
export const BEWAAKTE_DOSSIERVELDEN: readonly DossierVeld[] = ['correspondentie', 'gespreksverslag', 'notitie', 'persoonlijke-omstandigheden'];
export const BEWAAKTE_DOSSIERVELDEN_BRON = '000 art 4 lid 2 m, n, o, v; 003 art 4 lid 2 m, n, o, t; 001 Bijlage 3 items 13, a, b, g';

const regelsSchema = z
  .object({
    instructie: z
      .object({
        /** Entry into force (000 art 26 lid 2; 003 art 24 lid 2); equals the profile's geldigVanaf. */
        geldigVanaf: regelSchema(datumSchema),
        citeertitel: regelSchema(z.string().trim().min(1)),
      })
      .strict(),
    scope: z
      .object({
        /** Leerplicht and Doorstroompunt in one role (000 art 1 onder d) or leerplicht only (003 inleiding). */
        doorstroompuntInInstructie: regelSchema(z.boolean()),
      })
      .strict(),
    administratie: z
      .object({
        /** Age range of the BRP population in the leerlingenadministratie (Lpw art 19). */
        populatieLeeftijd: regelSchema(
          z
            .object({ van: leeftijd, totEnMet: leeftijd })
            .strict()
            .refine((r) => r.van <= r.totEnMet, 'van ligt na totEnMet'),
        ),
        /** Longest time an unprocessed BRP mutation may wait before it is overdue. */
        brpMutatieFrequentie: termijnSchema,
        /** Absolute-verzuim enrolment check cadence (Lpw art 19). */
        inschrijvingscontrole: regelSchema(
          z
            .object({
              beginSchooljaar: z.boolean(),
              frequentie: z.enum(['wekelijks', 'maandelijks', 'periodiek']),
            })
            .strict(),
        ),
      })
      .strict(),
    absoluutVerzuim: z
      .object({
        /** Reply term stated in the letter to the parents. */
        reactietermijn: termijnSchema,
        /** What follows when the second letter is not answered. */
        naTweedeBrief: regelSchema(z.enum(['onderzoek-absoluut-verzuim', 'huisbezoek'])),
        /** Latest start of the absolute-verzuim investigation; null = no term. */
        onderzoekUiterlijk: optioneleTermijnSchema,
        /** Next step when the parents do not follow the advice to enrol. */
        vervolgAdviesNietOpgevolgd: regelSchema(
          z.enum(['pv-en-svb', 'zorgmelding-pv-uiterste-middel', 'pv-mogelijk-svb-16-17']),
        ),
        /** Administrative route for foreign minor HBO/university students (004 Hfst 2.1). */
        buitenlandseStudenten: regelSchema(z.boolean()),
      })
      .strict(),
    verzuim: z
      .object({
        /** Action feedback to DUO ROD / the school after a melding (Lpw art 21a). */
        terugkoppelingTermijn: termijnSchema,
        eersteContact: regelSchema(z.enum(['onverwijld', 'direct', 'zo-snel-mogelijk'])),
        /** Admin screens meldingen and may handle them itself (000 art 3 lid 9). */
        triageDoorAdmin: regelSchema(z.boolean()),
        gespreksverslagAfschrift: regelSchema(z.enum(['op-verzoek', 'altijd'])),
        /** Reporting threshold: at least this many hours in this many consecutive lesson weeks. */
        wettelijkVerzuimDrempel: regelSchema(
          z.object({ uren: z.number().int().positive(), lesweken: z.number().int().positive() }).strict(),
        ),
        /**
         * Deadline of the first contact with the parents (and the youth, see below) after receipt.
         * The sources say onverwijld / direct / zo snel mogelijk without a number, so the number is
         * the gemeente's to confirm; the unit is werkdagen so a weekend or feestdag never eats it.
         */
        eersteContactTermijn: termijnSchema,
        /** From this age the officer contacts the youth too ("12 jaar of ouder"). */
        contactJongereVanafLeeftijd: regelSchema(leeftijd),
        /** A melding not filed by the director: whom the officer contacts. */
        nietDoorDirecteur: regelSchema(z.enum(['contact-melder', 'contact-directeur', 'geen'])),
        /** Feedback on the case to ZAT/OT/MDO: only when already discussed there, or with consent. */
        zatTerugkoppeling: regelSchema(z.enum(['alleen-indien-besproken', 'met-toestemming', 'geen'])),
        /** The phases of methodisch handelen, in order (MAS; 001 §1.5 names its own five). */
        fasen: regelSchema(
          z
            .array(z.string().regex(/^[a-z][a-z-]*$/, 'fase als kebab-case'))
            .min(1)
            .refine((fasen) => new Set(fasen).size === fasen.length, 'een fase staat twee keer in de lijst'),
        ),
        /** Substantive feedback to others needs consent of the parents or of the youth from this age. */
        toestemmingJongereVanafLeeftijd: regelSchema(leeftijd),
        /** Who gets a written message when a melding is closed. */
        afsluitberichten: regelSchema(
          z
            .object({
              /** The reporter in writing (001, 003), or only through the DUO ROD closure (000). */
              melderSchriftelijk: z.boolean(),
              ouders: z.boolean(),
              jongereVanafLeeftijd: leeftijd,
            })
            .strict(),
        ),
        /** Luxe verzuim: a threshold visit (drempelbezoek) by the officer (002 §7). */
        luxeVerzuimDrempelbezoek: regelSchema(z.boolean()),
        /**
         * Regional agreements below the legal duty on late arrival and hours of absence (002 §7):
         * from `vanafKeer` occurrences, the officer's action. null = no such agreement.
         */
        teLaatLadder: regelSchema(
          z
            .array(
              z
                .object({
                  vanafKeer: z.number().int().positive(),
                  actie: z.enum(TE_LAAT_ACTIES),
                  omschrijving: z.string().trim().min(1),
                })
                .strict(),
            )
            .min(1)
            .refine((treden) => treden.every((trede, i) => i === 0 || trede.vanafKeer > treden[i - 1].vanafKeer), 'treden oplopend op vanafKeer')
            .nullable(),
        ),
        /** When a school reports (hours of unauthorised absence), per sector; the law says 16 (Lpw art 21a). */
        meldgrens: regelSchema(
          z.object({ po: z.number().int().positive(), vo: z.number().int().positive(), mbo: z.number().int().positive() }).strict(),
        ),
        /** An earlier warning, Halt referral or PV within this term makes an offence recidive, not a first offence. */
        eersteOvertredingTerugkijktermijn: regelSchema(termijnWaardeSchema),
        /** Langdurig relatief verzuim: the officer assesses whether the youth is a thuiszitter after; null = no term. */
        thuiszitterBeoordeling: optioneleTermijnSchema,
        /** 18+ meldingen: handled by the same officer (in the Doorstroompunt role) or handed to the Doorstroompunt. */
        achttienPlus: regelSchema(z.enum(['eigen-functionaris', 'doorstroompunt'])),
      })
      .strict(),
    handhaving: z
      .object({
        /** Whether all conditions must hold for a warning instead of a PV, or any one of them. */
        waarschuwingCriteria: regelSchema(z.enum(['alle', 'een-van'])),
        waarschuwingVoorwaarden: regelSchema(z.array(z.enum(WAARSCHUWING_VOORWAARDEN)).min(1)),
        /** Collegial consultation required before the warning is final. */
        collegialeConsultatie: regelSchema(z.boolean()),
        /** Luxe verzuim, first time, up to this many school days: a warning, no PV; null = no such rule. */
        luxeVerzuimEersteKeerMaxDagenWaarschuwing: regelSchema(z.number().int().positive().nullable()),
        /** Luxe verzuim above this many days: the BOA draws up a PV; null = no such rule. */
        luxeVerzuimPvVerplichtBovenDagen: regelSchema(z.number().int().positive().nullable()),
      })
      .strict(),
    verlof: z
      .object({
        /** Decision term on leave > 10 school days. */
        beslistermijn: termijnSchema,
        /** Term given to complete an incomplete request (Awb art 4:5). */
        hersteltermijn: regelSchema(
          z
            .object({ min: termijnWaardeSchema, max: termijnWaardeSchema })
            .strict()
            .refine((t) => t.min.eenheid !== t.max.eenheid || t.min.aantal <= t.max.aantal, 'min is groter dan max'),
        ),
        bezwaartermijn: termijnSchema,
        /** Up to and including this many schooldagen per schooljaar the head of the school decides (Lpw art 14 lid 1). */
        doorzendenTotEnMetSchooldagen: regelSchema(z.number().int().positive()),
        /** Who may issue the statement behind a medical or social indication. */
        verklaringIndicatie: regelSchema(z.array(z.enum(VERKLARING_UITGEVERS)).min(1)),
        /** The decision term is flagged this long before it lapses (inferred: "warns before it expires"). */
        waarschuwingVoorVerstrijken: termijnSchema,
        bezwaarprocedure: regelSchema(z.enum(BEZWAARPROCEDURES)),
        /** Decision term on a bezwaar (Awb art 7:10: 6 weeks, 12 with an advisory committee, art 7:13). */
        bezwaarBeslistermijn: termijnSchema,
      })
      .strict(),
    vrijstelling: z
      .object({
        /** Terms for the art 6 kennisgeving per Lpw art 5 ground; null = no term. */
        termijnen: z
          .object({
            /** Expert examines the youth within (ground a). */
            art5aOnderzoek: optioneleTermijnSchema,
            /** Message to the parents after the expert's statement (ground a). */
            art5aBericht: optioneleTermijnSchema,
            /** Message to the parents (ground b). */
            art5b: optioneleTermijnSchema,
            /** Message to the parents (ground c). */
            art5c: optioneleTermijnSchema,
          })
          .strict(),
        /** Term to enrol the youth when the kennisgeving does not comply. */
        inschrijftermijn: termijnSchema,
        /** The expert's statement (ground a) may not be older than this (Lpw art 7). */
        verklaringMaxOuderdom: termijnSchema,
        /** Youths of this age the district head of the Arbeidsinspectie is told of an exemption on these grounds; null = not asked. */
        arbeidsinspectie: regelSchema(
          z
            .object({ vanafLeeftijd: leeftijd, totLeeftijd: leeftijd, gronden: z.array(z.enum(VRIJSTELLINGSGRONDEN)).min(1) })
            .strict()
            .nullable(),
        ),
        /** Ground b: an extended review at the first kennisgeving and from this age (004 Hfst 2.1); false/null = none. */
        art5bUitgebreidOnderzoek: regelSchema(z.object({ eersteKennisgeving: z.boolean(), vanafLeeftijd: leeftijd.nullable() }).strict()),
      })
      .strict(),
    vervangendeLeerplicht: z
      .object({
        /** Conversations on the programme (3a) or light work (3b) held within; null = no term. */
        gesprekkenTermijn: optioneleTermijnSchema,
        /** Programme designers informed of the agreements within; null = no term. */
        informerenTermijn: optioneleTermijnSchema,
        /** Decision on the request. */
        beslistermijn: termijnSchema,
        /** Copies of the decision sent within (Lpw art 3a–3c). */
        afschriftTermijn: termijnSchema,
        /** The youth is at least this old (001 §3.3; 003 toelichting art 9). */
        minimumLeeftijd: regelSchema(leeftijd),
        /** Which approvals the district head of the Arbeidsinspectie hears of. */
        arbeidsinspectie: regelSchema(z.enum(['alle', 'alleen-3b', 'geen'])),
        /** A statement on the youth's capacity (belastbaarheid) by the designated youth doctor is required (001 §3.3). */
        belastbaarheidsverklaring: regelSchema(z.boolean()),
      })
      .strict(),
    schoolErkenning: z
      .object({
        /** Term stated in the request to the Inspectie for its advice (000 art 13 lid 1). */
        inspectieAdviestermijn: termijnSchema,
        /** Parents of the provision's pupils informed in writing within (000 art 13 lid 3; 003 art 12 lid 4). */
        oudersInformerenTermijn: termijnSchema,
      })
      .strict(),
    dossier: z
      .object({
        /** A dossier is opened only on one of these grounds ("slechts", 000 art 4 lid 1). */
        gronden: regelSchema(z.array(z.enum(DOSSIER_GRONDEN)).min(1)),
        /** The entries the instructie lists for the dossier (000 art 4 lid 2; 003 art 4 lid 2; 001 Bijlage 3). */
        velden: regelSchema(z.array(z.enum(DOSSIER_VELDEN)).min(1)),
      })
      .strict(),
    privacy: z
      .object({
        /** Which regime labels each kind of record (privacy-retentie.md §2). */
        wpgGrens: z
          .object({
            verzuimmelding: regelSchema(classificatieSchema),
            verzuimzaak: regelSchema(classificatieSchema),
            /** Hearing, PV, Halt referral: always Wpg (privacy-retentie.md §2.2 rule 3). */
            handhaving: regelSchema(z.literal('Wpg')),
          })
          .strict(),
      })
      .strict(),
    retentie: z
      .object({
        leerplichtJarenNaGeboorte: regelSchema(z.number().int().positive()),
        kwalificatieplichtJarenNaEinde: regelSchema(z.number().int().positive()),
        wpgJaren: regelSchema(z.number().int().positive()),
      })
      .strict(),
    brieven: z
      .object({
        /** Signature line; letters go out on behalf of the college (Lpw art 22 lid 1). */
        ondertekening: regelSchema(sjabloonSchema),
        absoluutVerzuimEersteBrief: regelSchema(sjabloonSchema),
        absoluutVerzuimTweedeBrief: regelSchema(sjabloonSchema),
        /** To the parents when the deregistering school cannot clarify an unmatched uitschrijving (000 art 3 lid 8). */
        uitschrijvingZonderBestemming: regelSchema(sjabloonSchema),
        ontvangstbevestigingVerzuimmelding: regelSchema(sjabloonSchema),
        /** To a non-funded school (paper kennisgeving): the actions taken on its melding (000 art 6 lid 1). */
        verzuimTerugkoppelingSchool: regelSchema(sjabloonSchema),
        /** Closure of a melding, to the parents (000 art 6 lid 8; 003 art 6 lid 4 a). */
        verzuimAfsluitingOuders: regelSchema(sjabloonSchema),
        /** Closure of a melding, to the youth from the configured age (000 art 6 lid 8; 003 art 6 lid 4 a). */
        verzuimAfsluitingJongere: regelSchema(sjabloonSchema),
        /** To the reporter and others involved: "handled", with substance only when consent allows (000 art 6 lid 8). */
        verzuimAfhandelingsbericht: regelSchema(sjabloonSchema),
        /*
         * Letters of verlof-vrijstelling (domain verlof-vrijstelling.md "Documents produced"); the
         * placeholders each may use are in BRIEF_SJABLOON_VELDEN, checked below.
         */
        verlofOntvangstbevestiging: regelSchema(sjabloonSchema),
        /** Paragraph of the receipt: the leave starts before a decision can reasonably be made. */
        verlofWaarschuwingKorteTermijn: regelSchema(sjabloonSchema),
        verlofDoorzendingOuders: regelSchema(sjabloonSchema),
        verlofDoorzendingSchoolleider: regelSchema(sjabloonSchema),
        verlofVakantieverlofVerwijzing: regelSchema(sjabloonSchema),
        verlofVerzoekAanvulling: regelSchema(sjabloonSchema),
        verlofBesluit: regelSchema(sjabloonSchema),
        verlofBuitenBehandeling: regelSchema(sjabloonSchema),
        /** Paragraph of every decision open to objection (Awb art 3:45); wording per verlof.bezwaarprocedure. */
        bezwaarclausule: regelSchema(sjabloonSchema),
        bezwaarOntvangstbevestiging: regelSchema(sjabloonSchema),
        besluitOpBezwaar: regelSchema(sjabloonSchema),
        kennisgevingOntvangstbevestiging: regelSchema(sjabloonSchema),
        vrijstellingToestemmingsverzoek: regelSchema(sjabloonSchema),
        vrijstellingOnderzoeksverzoek: regelSchema(sjabloonSchema),
        vrijstellingUitnodigingToelichting: regelSchema(sjabloonSchema),
        vrijstellingVerlengingsbericht: regelSchema(sjabloonSchema),
        vrijstellingBewijsBuitenland: regelSchema(sjabloonSchema),
        vrijstellingBevestiging: regelSchema(sjabloonSchema),
        vrijstellingInschrijvingsopdracht: regelSchema(sjabloonSchema),
        vrijstellingArbeidsinspectie: regelSchema(sjabloonSchema),
        vrijstellingBurgerzakenSignaal: regelSchema(sjabloonSchema),
        art15Besluit: regelSchema(sjabloonSchema),
        vervangendeLeerplichtInformatieOntwerpers: regelSchema(sjabloonSchema),
        vervangendeLeerplichtBesluit: regelSchema(sjabloonSchema),
        vervangendeLeerplichtArbeidsinspectie: regelSchema(sjabloonSchema),
        schoolErkenningVerzoekInspectie: regelSchema(sjabloonSchema),
        schoolNietErkendOuders: regelSchema(sjabloonSchema),
        aanwijzingDeskundige: regelSchema(sjabloonSchema),
      })
      .strict(),
  })
  .strict();

const tekstregel = z.string().trim().min(1);

/**
 * The letterhead and signatory of a gemeente's letters (not in sources: the gemeente supplies
 * them). Letters go out on behalf of the college (Lpw art 22 lid 1), signed by the officer.
 */
export const briefhoofdSchema = z
  .object({
    /** Printed as the logo line, e.g. "Gemeente Zwolle". */
    logoTekst: tekstregel,
    /** e.g. "Team Leerplicht". */
    afdeling: tekstregel,
    /** One line, e.g. "Postbus 1234, 8000 AB Zwolle". */
    postadres: tekstregel,
    /** Phone and e-mail of the team, one line; also {{contactgegevens}} of every letter. */
    contact: tekstregel,
    /** Who signs ({{medewerkerNaam}}, {{medewerkerFunctie}}). */
    ondertekenaar: z.object({ naam: tekstregel, functie: tekstregel }).strict(),
    /** Where a bezwaarschrift goes ({{bezwaarAdres}}, Awb art 6:4, 3:45). */
    bezwaarAdres: tekstregel,
  })
  .strict();

export const gemeenteSchema = z
  .object({
    /** CBS gemeentecode, 4 digits. */
    code: z.string().regex(/^\d{4}$/, 'CBS-gemeentecode van 4 cijfers verwacht'),
    naam: z.string().trim().min(1),
    /**
     * School-vacation region of the gemeente (regio-indeling schoolvakanties, Rijksoverheid; the
     * basis of every schooldag count and of the start of leerplicht, Lpw art 3 lid 1).
     */
    vakantieregio: z.enum(['noord', 'midden', 'zuid']),
    briefhoofd: briefhoofdSchema,
  })
  .strict();

export const instructieSchema = z
  .object({
    profiel: z.enum(PROFIELEN),
    /** Configuration version, "JJJJ.n"; every case records the versieSleutel derived from it. */
    versie: z.string().regex(/^\d{4}\.\d+$/, 'versie als JJJJ.n verwacht'),
    geldigVanaf: datumSchema,
    bronnen: z.array(z.enum(BRONDOCUMENTEN)).min(1),
    gemeenten: z.array(gemeenteSchema).min(1),
    regels: regelsSchema,
  })
  .strict()
  .superRefine((instructie, ctx) => {
    if (instructie.regels.instructie.geldigVanaf.waarde !== instructie.geldigVanaf) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['regels', 'instructie', 'geldigVanaf', 'waarde'],
        message: `wijkt af van geldigVanaf ${instructie.geldigVanaf}`,
      });
    }
    const gezien = new Set<string>();
    instructie.gemeenten.forEach((gemeente, index) => {
      if (gezien.has(gemeente.code)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['gemeenten', index, 'code'],
          message: `gemeentecode ${gemeente.code} staat twee keer in dit profiel`,
        });
      }
      gezien.add(gemeente.code);
    });
    // A placeholder the letter service does not fill would stop the letter when it is sent; refuse it at load time.
    for (const sjabloon of BRIEF_SJABLONEN) {
      const brief: { waarde?: unknown } | undefined = instructie.regels.brieven[sjabloon];
      if (typeof brief?.waarde !== 'string') continue;
      let velden: string[];
      try {
        velden = sjabloonVelden(brief.waarde);
      } catch {
        continue; // malformed placeholders are reported by sjabloonSchema
      }
      const toegestaan = toegestaneBriefvelden(sjabloon);
      const vreemd = velden.filter((veld) => !toegestaan.includes(veld));
      if (vreemd.length > 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['regels', 'brieven', sjabloon, 'waarde'],
          message: `placeholder ${vreemd.map((veld) => `{{${veld}}}`).join(', ')} hoort niet bij deze brief (toegestaan: ${toegestaan.join(', ')})`,
        });
      }
    }
  });

export type Profielnaam = (typeof PROFIELEN)[number];
export type Brondocument = (typeof BRONDOCUMENTEN)[number];
export type RegelStatus = (typeof REGEL_STATUSSEN)[number];
export type TermijnEenheid = (typeof TERMIJN_EENHEDEN)[number];
export type WaarschuwingVoorwaarde = (typeof WAARSCHUWING_VOORWAARDEN)[number];
export type RegelMeta = z.output<typeof regelMetaSchema>;
export type Regel<T> = { waarde: T } & RegelMeta;
export type TermijnWaarde = z.output<typeof termijnWaardeSchema>;
export type Termijn = z.output<typeof termijnSchema>;
export type Gemeente = z.output<typeof gemeenteSchema>;
export type Briefhoofd = z.output<typeof briefhoofdSchema>;
/** A validated instructie profile. */
export type Instructie = z.output<typeof instructieSchema>;
/** What a profile data file must satisfy (same shape as Instructie: the schema has no transforms). */
export type InstructieInvoer = z.input<typeof instructieSchema>;
export type InstructieRegels = Instructie['regels'];
