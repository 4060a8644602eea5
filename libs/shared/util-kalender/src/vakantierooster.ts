import { z } from 'zod';
import { KalenderError, isDatum } from './datum';
import type { Datum, Vakantieregio } from './kalender.types';

/**
 * School vacations per school year and region, as data with its source.
 *
 * Source: Rijksoverheid/OCW, "Schoolvakanties" (rijksoverheid.nl, onderwerp Schoolvakanties).
 * Only the zomervakantie dates are binding for primary and secondary schools (po/vo); the
 * herfst-, kerst-, voorjaars- and meivakantie dates are advisory, and a school may deviate (many
 * take two weeks in May, or carnaval in the south). Where a gemeente knows its schools' own
 * schedule, it passes that schedule to NederlandseKalender instead of this default.
 *
 * A schooljaar runs from 1 August to 31 July (Lpw art 1). OCW publishes the zomervakantie with the
 * schooljaar in which it starts, so it runs on past 31 July into the next schooljaar; an entry
 * therefore may carry `vorigeZomervakantie` (the summer in which it begins) when the previous
 * schooljaar is not loaded. Periods are inclusive date ranges, Saturday to Sunday as OCW
 * publishes them.
 */

export const VAKANTIEREGIOS = ['noord', 'midden', 'zuid'] as const satisfies readonly Vakantieregio[];
// Compile-time check that the list names every region of the Vakantieregio type.
const _alleRegios: Record<Exclude<Vakantieregio, (typeof VAKANTIEREGIOS)[number]>, never> = {};

export const VAKANTIE_NAMEN = [
  'herfstvakantie',
  'kerstvakantie',
  'voorjaarsvakantie',
  'meivakantie',
  'zomervakantie',
  /** A school's own extra days off (studiedagen, carnaval, …); needs an omschrijving. */
  'overig',
] as const;
export type VakantieNaam = (typeof VAKANTIE_NAMEN)[number];

/** 'vastgesteld': checked against the published source; 'te-verifieren': best knowledge, to be checked. */
export const ROOSTER_STATUSSEN = ['vastgesteld', 'te-verifieren'] as const;
export type RoosterStatus = (typeof ROOSTER_STATUSSEN)[number];

const datumSchema = z.custom<Datum>(isDatum, 'verwacht een bestaande datum JJJJ-MM-DD');

const periodeSchema = z
  .object({ van: datumSchema, totEnMet: datumSchema })
  .strict()
  .refine((p) => p.van <= p.totEnMet, { message: 'van ligt na totEnMet', path: ['totEnMet'] });

const vakantieSchema = z
  .object({
    naam: z.enum(VAKANTIE_NAMEN),
    van: datumSchema,
    totEnMet: datumSchema,
    omschrijving: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((v) => v.van <= v.totEnMet, { message: 'van ligt na totEnMet', path: ['totEnMet'] })
  .refine((v) => v.naam !== 'overig' || v.omschrijving !== undefined, {
    message: "een vakantie 'overig' heeft een omschrijving nodig",
    path: ['omschrijving'],
  });

const regioVakantiesSchema = z.array(vakantieSchema);

export type Vakantieperiode = z.infer<typeof periodeSchema>;
export type Vakantie = z.infer<typeof vakantieSchema>;

const SCHOOLJAAR_PATROON = /^(\d{4})-(\d{4})$/;

/** The last day a zomervakantie may run into the next schooljaar (inferred sanity bound). */
function zomerGrens(jaar: number): Datum {
  return `${jaar}-09-30`;
}

function overlapt(a: Vakantieperiode, b: Vakantieperiode): boolean {
  return a.van <= b.totEnMet && b.van <= a.totEnMet;
}

const schooljaarRoosterSchema = z
  .object({
    /** 'YYYY-YYYY', e.g. '2025-2026': 1 August 2025 up to and including 31 July 2026 (Lpw art 1). */
    schooljaar: z.string().regex(SCHOOLJAAR_PATROON, "verwacht een schooljaar als '2025-2026'"),
    bron: z.string().trim().min(1),
    status: z.enum(ROOSTER_STATUSSEN),
    opmerking: z.string().trim().min(1).optional(),
    /** The zomervakantie in which this schooljaar begins (published with the previous schooljaar). */
    vorigeZomervakantie: z
      .object({ noord: periodeSchema.optional(), midden: periodeSchema.optional(), zuid: periodeSchema.optional() })
      .strict()
      .optional(),
    vakanties: z
      .object({ noord: regioVakantiesSchema.optional(), midden: regioVakantiesSchema.optional(), zuid: regioVakantiesSchema.optional() })
      .strict(),
  })
  .strict()
  .superRefine((rooster, ctx) => {
    const delen = SCHOOLJAAR_PATROON.exec(rooster.schooljaar);
    if (delen === null) return;
    const beginjaar = Number(delen[1]);
    if (Number(delen[2]) !== beginjaar + 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['schooljaar'], message: `${rooster.schooljaar}: het tweede jaar moet op het eerste volgen` });
      return;
    }
    // Lpw art 1: the schooljaar runs from 1 August to 31 July.
    const start = `${beginjaar}-08-01`;
    const eind = `${beginjaar + 1}-07-31`;
    const regios = VAKANTIEREGIOS.filter((regio) => rooster.vakanties[regio] !== undefined);
    if (regios.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['vakanties'], message: `${rooster.schooljaar}: geen enkele regio heeft vakanties` });
    }
    for (const regio of regios) {
      const vakanties = rooster.vakanties[regio] ?? [];
      vakanties.forEach((vakantie, index) => {
        const pad = ['vakanties', regio, index];
        if (vakantie.van < start || vakantie.van > eind) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [...pad, 'van'],
            message: `${rooster.schooljaar} ${regio}: ${vakantie.naam} begint op ${vakantie.van}, buiten het schooljaar ${start} t/m ${eind}`,
          });
        }
        // Only the zomervakantie may run on into the next schooljaar.
        const laatsteDag = vakantie.naam === 'zomervakantie' ? zomerGrens(beginjaar + 1) : eind;
        if (vakantie.totEnMet > laatsteDag) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [...pad, 'totEnMet'],
            message: `${rooster.schooljaar} ${regio}: ${vakantie.naam} eindigt op ${vakantie.totEnMet}, na ${laatsteDag}`,
          });
        }
      });
      const zomers = vakanties.filter((v) => v.naam === 'zomervakantie').length;
      if (zomers !== 1) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['vakanties', regio],
          message: `${rooster.schooljaar} ${regio}: verwacht precies één zomervakantie, gevonden ${zomers}`,
        });
      }
      const gesorteerd = [...vakanties].sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : 0));
      for (let i = 1; i < gesorteerd.length; i++) {
        const vorige = gesorteerd[i - 1] as Vakantie;
        const huidige = gesorteerd[i] as Vakantie;
        if (overlapt(vorige, huidige)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['vakanties', regio],
            message: `${rooster.schooljaar} ${regio}: ${vorige.naam} (${vorige.van} t/m ${vorige.totEnMet}) overlapt ${huidige.naam} (${huidige.van} t/m ${huidige.totEnMet})`,
          });
        }
      }
    }
    for (const regio of VAKANTIEREGIOS) {
      const vorige = rooster.vorigeZomervakantie?.[regio];
      if (vorige === undefined) continue;
      const pad = ['vorigeZomervakantie', regio];
      if (rooster.vakanties[regio] === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: pad, message: `${rooster.schooljaar} ${regio}: vorigeZomervakantie zonder vakanties voor deze regio` });
        continue;
      }
      if (vorige.van >= start || vorige.totEnMet > zomerGrens(beginjaar)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: pad,
          message: `${rooster.schooljaar} ${regio}: vorigeZomervakantie ${vorige.van} t/m ${vorige.totEnMet} moet vóór ${start} beginnen en uiterlijk ${zomerGrens(beginjaar)} eindigen`,
        });
      }
      for (const vakantie of rooster.vakanties[regio] ?? []) {
        if (overlapt(vorige, vakantie)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: pad,
            message: `${rooster.schooljaar} ${regio}: vorigeZomervakantie overlapt ${vakantie.naam} (${vakantie.van} t/m ${vakantie.totEnMet})`,
          });
        }
      }
    }
  });

export type SchooljaarRooster = z.infer<typeof schooljaarRoosterSchema>;
export type Vakantierooster = readonly SchooljaarRooster[];

function beginjaarVan(schooljaar: string): number {
  return Number(schooljaar.slice(0, 4));
}

export function zomervakantieVan(rooster: SchooljaarRooster, regio: Vakantieregio): Vakantie | undefined {
  return rooster.vakanties[regio]?.find((v) => v.naam === 'zomervakantie');
}

export const vakantieroosterSchema = z
  .array(schooljaarRoosterSchema)
  .min(1, 'een vakantierooster bevat ten minste één schooljaar')
  .superRefine((roosters, ctx) => {
    const perJaar = new Map<number, SchooljaarRooster>();
    roosters.forEach((rooster, index) => {
      const jaar = beginjaarVan(rooster.schooljaar);
      if (perJaar.has(jaar)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'schooljaar'], message: `schooljaar ${rooster.schooljaar} komt twee keer voor` });
      }
      perJaar.set(jaar, rooster);
    });
    roosters.forEach((rooster, index) => {
      const vorigJaar = perJaar.get(beginjaarVan(rooster.schooljaar) - 1);
      if (vorigJaar === undefined) return;
      for (const regio of VAKANTIEREGIOS) {
        const zomer = zomervakantieVan(vorigJaar, regio);
        if (zomer === undefined) continue;
        // The previous summer runs into this schooljaar: it must agree with what this entry says.
        const opgegeven = rooster.vorigeZomervakantie?.[regio];
        if (opgegeven !== undefined && (opgegeven.van !== zomer.van || opgegeven.totEnMet !== zomer.totEnMet)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [index, 'vorigeZomervakantie', regio],
            message: `${rooster.schooljaar} ${regio}: vorigeZomervakantie ${opgegeven.van} t/m ${opgegeven.totEnMet} wijkt af van de zomervakantie van ${vorigJaar.schooljaar} (${zomer.van} t/m ${zomer.totEnMet})`,
          });
        }
        for (const vakantie of rooster.vakanties[regio] ?? []) {
          if (overlapt(zomer, vakantie)) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [index, 'vakanties', regio],
              message: `${rooster.schooljaar} ${regio}: ${vakantie.naam} (${vakantie.van} t/m ${vakantie.totEnMet}) overlapt de zomervakantie van ${vorigJaar.schooljaar}`,
            });
          }
        }
      }
    });
  });

/** Parses and checks a schedule (e.g. a gemeente's JSON); throws KalenderError 'ONGELDIG_ROOSTER' listing every problem. */
export function valideerVakantierooster(invoer: unknown): Vakantierooster {
  const resultaat = vakantieroosterSchema.safeParse(invoer);
  if (!resultaat.success) {
    const meldingen = resultaat.error.issues.map((issue) => `${issue.path.join('.') || '(rooster)'}: ${issue.message}`);
    throw new KalenderError('ONGELDIG_ROOSTER', `vakantierooster ongeldig: ${meldingen.join('; ')}`);
  }
  return resultaat.data;
}

const OCW_BRON = 'Rijksoverheid (OCW), "Schoolvakanties", rijksoverheid.nl/onderwerpen/schoolvakanties';

/**
 * The OCW schedule for 2025-2026 and 2026-2027. Each entry says how sure we are of its dates.
 */
export const STANDAARD_VAKANTIEROOSTER: Vakantierooster = [
  {
    schooljaar: '2025-2026',
    bron: `${OCW_BRON}, schooljaar 2025-2026 (zomervakantie 2025 uit schooljaar 2024-2025)`,
    status: 'vastgesteld',
    opmerking: 'zomervakantie verplicht voor po en vo; overige vakanties adviesdata van OCW, een school kan afwijken',
    vorigeZomervakantie: {
      noord: { van: '2025-07-12', totEnMet: '2025-08-24' },
      midden: { van: '2025-07-19', totEnMet: '2025-08-31' },
      zuid: { van: '2025-07-05', totEnMet: '2025-08-17' },
    },
    vakanties: {
      noord: [
        { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
        { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
        { naam: 'voorjaarsvakantie', van: '2026-02-21', totEnMet: '2026-03-01' },
        { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
        { naam: 'zomervakantie', van: '2026-07-04', totEnMet: '2026-08-16' },
      ],
      midden: [
        { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
        { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
        { naam: 'voorjaarsvakantie', van: '2026-02-14', totEnMet: '2026-02-22' },
        { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
        { naam: 'zomervakantie', van: '2026-07-18', totEnMet: '2026-08-30' },
      ],
      zuid: [
        { naam: 'herfstvakantie', van: '2025-10-11', totEnMet: '2025-10-19' },
        { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
        { naam: 'voorjaarsvakantie', van: '2026-02-14', totEnMet: '2026-02-22' },
        { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
        { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
      ],
    },
  },
  {
    schooljaar: '2026-2027',
    bron: `${OCW_BRON}, schooljaar 2026-2027`,
    status: 'te-verifieren',
    opmerking:
      'niet tegen de OCW-publicatie gecontroleerd; herfst- en kerstvakantie 2026 door meerdere schoolroosters bevestigd, ' +
      'voorjaarsvakantie noord, meivakantie (adviesweek) en zomervakantie 2027 (vooral zuid) onzeker; ' +
      'zomervakantie verplicht voor po en vo, overige vakanties adviesdata',
    vakanties: {
      noord: [
        { naam: 'herfstvakantie', van: '2026-10-10', totEnMet: '2026-10-18' },
        { naam: 'kerstvakantie', van: '2026-12-19', totEnMet: '2027-01-03' },
        { naam: 'voorjaarsvakantie', van: '2027-02-13', totEnMet: '2027-02-21' },
        { naam: 'meivakantie', van: '2027-04-24', totEnMet: '2027-05-02' },
        { naam: 'zomervakantie', van: '2027-07-10', totEnMet: '2027-08-22' },
      ],
      midden: [
        { naam: 'herfstvakantie', van: '2026-10-17', totEnMet: '2026-10-25' },
        { naam: 'kerstvakantie', van: '2026-12-19', totEnMet: '2027-01-03' },
        { naam: 'voorjaarsvakantie', van: '2027-02-20', totEnMet: '2027-02-28' },
        { naam: 'meivakantie', van: '2027-04-24', totEnMet: '2027-05-02' },
        { naam: 'zomervakantie', van: '2027-07-17', totEnMet: '2027-08-29' },
      ],
      zuid: [
        { naam: 'herfstvakantie', van: '2026-10-17', totEnMet: '2026-10-25' },
        { naam: 'kerstvakantie', van: '2026-12-19', totEnMet: '2027-01-03' },
        { naam: 'voorjaarsvakantie', van: '2027-02-06', totEnMet: '2027-02-14' },
        { naam: 'meivakantie', van: '2027-04-24', totEnMet: '2027-05-02' },
        { naam: 'zomervakantie', van: '2027-07-24', totEnMet: '2027-09-05' },
      ],
    },
  },
];
