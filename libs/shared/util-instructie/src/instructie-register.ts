import { createHash } from 'node:crypto';
import type { ZodError } from 'zod';
import {
  instructieSchema,
  type Briefhoofd,
  type Gemeente,
  type Instructie,
  type InstructieRegels,
  type Profielnaam,
} from './instructie.schema';

type Vakantieregio = Gemeente['vakantieregio'];
import { ALLE_PROFIELEN } from './profielen';

/** Deeply read-only view: loaded instructies are frozen so a versieSleutel keeps matching its content. */
export type AlleenLezen<T> = T extends readonly (infer U)[]
  ? readonly AlleenLezen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: AlleenLezen<T[K]> }
    : T;

/** A validated profile with the key cases record (000 art 26 lid 2; 003 art 24 lid 2). */
export type GeladenProfiel = AlleenLezen<Instructie> & { readonly versieSleutel: string };

/** What a service needs for one gemeente. */
export interface GemeenteInstructie {
  readonly profiel: Profielnaam;
  readonly versie: string;
  readonly versieSleutel: string;
  readonly gemeenteCode: string;
  readonly gemeenteNaam: string;
  /** School-vacation region of the gemeente: which schooldagen count (Lpw art 3 lid 1, art 14). */
  readonly vakantieregio: Vakantieregio;
  /** Letterhead, signatory and bezwaar address of the gemeente's letters. */
  readonly briefhoofd: Briefhoofd;
  readonly regels: AlleenLezen<InstructieRegels>;
}

export class InstructieError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstructieError';
  }
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canoniekeJson(waarde: unknown): string {
  return JSON.stringify(canoniek(waarde));
}

function canoniek(waarde: unknown): unknown {
  if (Array.isArray(waarde)) {
    return waarde.map(canoniek);
  }
  if (waarde !== null && typeof waarde === 'object') {
    const object = waarde as Record<string, unknown>;
    const gesorteerd: Record<string, unknown> = {};
    for (const sleutel of Object.keys(object).sort()) {
      gesorteerd[sleutel] = canoniek(object[sleutel]);
    }
    return gesorteerd;
  }
  return waarde;
}

/**
 * `${profiel}@${versie}#${first 12 hex of sha256(canonical JSON)}`. Cases record this key, so
 * any change of content (a term, a bron, a letter text) gives a new key even when someone
 * forgets to raise `versie`, and the same content always gives the same key.
 */
export function berekenVersieSleutel(instructie: AlleenLezen<Instructie>): string {
  const hash = createHash('sha256').update(canoniekeJson(instructie)).digest('hex').slice(0, 12);
  return `${instructie.profiel}@${instructie.versie}#${hash}`;
}

function diepBevriezen<T>(waarde: T): AlleenLezen<T> {
  if (waarde !== null && typeof waarde === 'object') {
    for (const kind of Object.values(waarde)) {
      diepBevriezen(kind);
    }
    Object.freeze(waarde);
  }
  return waarde as AlleenLezen<T>;
}

function profielNaamVan(invoer: unknown, index: number): string {
  if (invoer !== null && typeof invoer === 'object' && 'profiel' in invoer && typeof invoer.profiel === 'string') {
    return invoer.profiel;
  }
  return `#${index + 1}`;
}

/** "regels.verzuim.terugkoppelingTermijn.aantal: Expected number, received string; ..." */
function beschrijfFouten(fout: ZodError): string {
  return fout.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(profiel)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The instructies of all gemeenten this installation serves, validated once at service start
 * (a broken profile stops the service instead of surfacing as a wrong term in a letter).
 */
export class InstructieRegister {
  private constructor(
    private readonly geladen: readonly GeladenProfiel[],
    private readonly perGemeente: ReadonlyMap<string, { profiel: GeladenProfiel; gemeente: AlleenLezen<Gemeente> }>,
  ) {}

  /**
   * Validates every profile against the one schema and refuses: an invalid profile (message
   * names the profile and the path of each bad value), a profile loaded twice, and a gemeente
   * code in two profiles (a gemeente has one ambtsinstructie, Lpw art 16 lid 4).
   */
  static laad(profielen: readonly unknown[] = ALLE_PROFIELEN): InstructieRegister {
    if (profielen.length === 0) {
      throw new InstructieError('geen instructieprofielen om te laden');
    }
    const geladen: GeladenProfiel[] = [];
    const perGemeente = new Map<string, { profiel: GeladenProfiel; gemeente: AlleenLezen<Gemeente> }>();

    profielen.forEach((invoer, index) => {
      const resultaat = instructieSchema.safeParse(invoer);
      if (!resultaat.success) {
        throw new InstructieError(
          `instructie '${profielNaamVan(invoer, index)}' ongeldig: ${beschrijfFouten(resultaat.error)}`,
        );
      }
      const instructie = diepBevriezen(resultaat.data);
      if (geladen.some((bestaand) => bestaand.profiel === instructie.profiel)) {
        throw new InstructieError(`instructie '${instructie.profiel}' komt twee keer voor`);
      }
      const profiel: GeladenProfiel = Object.freeze({ ...instructie, versieSleutel: berekenVersieSleutel(instructie) });
      for (const gemeente of profiel.gemeenten) {
        const bestaand = perGemeente.get(gemeente.code);
        if (bestaand !== undefined) {
          throw new InstructieError(
            `gemeentecode ${gemeente.code} staat in instructie '${bestaand.profiel.profiel}' en in instructie '${profiel.profiel}'`,
          );
        }
        perGemeente.set(gemeente.code, { profiel, gemeente });
      }
      geladen.push(profiel);
    });

    return new InstructieRegister(Object.freeze(geladen), perGemeente);
  }

  /** The instructie that applies to a gemeente (CBS code). Codes are not personal data. */
  voorGemeente(code: string): GemeenteInstructie {
    const gevonden = this.perGemeente.get(code);
    if (gevonden === undefined) {
      throw new InstructieError(`onbekende gemeente ${code}`);
    }
    const { profiel, gemeente } = gevonden;
    return {
      profiel: profiel.profiel,
      versie: profiel.versie,
      versieSleutel: profiel.versieSleutel,
      gemeenteCode: gemeente.code,
      gemeenteNaam: gemeente.naam,
      vakantieregio: gemeente.vakantieregio,
      briefhoofd: gemeente.briefhoofd,
      regels: profiel.regels,
    };
  }

  /** All gemeente codes served, in load order. */
  gemeenten(): string[] {
    return [...this.perGemeente.keys()];
  }

  profielen(): readonly GeladenProfiel[] {
    return this.geladen;
  }

  /** The loaded profile with this versieSleutel, if it is the current one. */
  voorVersieSleutel(versieSleutel: string): GeladenProfiel | undefined {
    return this.geladen.find((profiel) => profiel.versieSleutel === versieSleutel);
  }
}
