import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { z } from 'zod';
import { BrpFout } from './brp-fout';
import { brpFoutUitZod, mutatieVanHaalCentraal, vanHaalCentraal, type BrpMutatie, type BrpPersoon } from './brp-persoon';

export interface BrpWijzigingen {
  wijzigingen: BrpMutatie[];
  /** Send this as `vanaf` next time; equal to the `vanaf` sent when nothing new happened. */
  volgendeVanaf: number;
}

export interface RaadpleegOpties {
  /** Only persons currently registered in this gemeente (the centre's member gemeenten). */
  gemeenteVanInschrijving?: string;
  /** Also deceased persons (the simulator leaves them out otherwise; see its README). */
  inclusiefOverledenPersonen?: boolean;
}

/**
 * Where the leerlingenadministratie gets BRP data. The Haal Centraal client (against the
 * simulator, or a Haal Centraal endpoint) implements it; a production adapter for whatever
 * population feed the gemeenten choose (koppelingen §2.7) implements the same interface.
 */
export interface BrpBron {
  /** The persons found, in the order asked; unknown BSNs are simply absent. */
  raadpleeg(bsns: readonly string[], opties?: RaadpleegOpties): Promise<BrpPersoon[]>;
  /** Mutations from volgnummer `vanaf` (inclusive) for persons in or leaving `gemeenten`. */
  wijzigingen(gemeenten: readonly string[], vanaf: number): Promise<BrpWijzigingen>;
}

/**
 * The fields asked of the BRP (data minimisation, AVG art 5 lid 1 onder c; Haal Centraal makes
 * `fields` mandatory for the same reason). Each one and why the leerlingenadministratie needs it:
 * - burgerservicenummer: the key of the leerling and of the school's in/uitschrijvingen (Lpw art 18).
 * - naam.voornamen, naam.voorvoegsel, naam.geslachtsnaam: identify the leerling in the dossier,
 *   in letters and in a proces-verbaal. Not the aanschrijfwijze, titles or partner names.
 * - geslacht: matching with the school's registration when a BSN is missing or disputed.
 * - geboorte.datum: age, hence leerplicht and kwalificatieplicht (Lpw art 3, 4a).
 * - geboorte.plaats: identification of a jongere of 12+ as suspect in a proces-verbaal.
 * - gemeenteVanInschrijving, datumInschrijvingInGemeente: which gemeente is responsible and
 *   since when; '1999' marks RNI, not in the population (003 art 3 lid 2).
 * - verblijfplaats.verblijfadres.* (six properties): where letters and the leerplichtambtenaar go.
 *   Not the BAG identifications, not functieAdres or foreign addresses.
 * - overlijden.datum: close the dossier, never summon a deceased child's parents.
 * - ouders.burgerservicenummer, ouders.naam.*, ouders.geslacht: the ouders are the addressees
 *   of letters and of handhaving (Lpw art 2); the BSN links them to gezag.
 * - gezag: which parent holds gezag, so letters and decisions reach the right person
 *   (koppelingen §2.6).
 * Not asked: nationaliteiten, partners, kinderen, verblijfstitel, aNummer, leeftijd (derived
 * from geboorte.datum), adressering (our letters are composed from naam and adres).
 */
export const BRP_FIELDS: readonly string[] = Object.freeze([
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geslacht',
  'geboorte.datum',
  'geboorte.plaats',
  'gemeenteVanInschrijving',
  'datumInschrijvingInGemeente',
  'verblijfplaats.verblijfadres.officieleStraatnaam',
  'verblijfplaats.verblijfadres.huisnummer',
  'verblijfplaats.verblijfadres.huisletter',
  'verblijfplaats.verblijfadres.huisnummertoevoeging',
  'verblijfplaats.verblijfadres.postcode',
  'verblijfplaats.verblijfadres.woonplaats',
  'overlijden.datum',
  'ouders.burgerservicenummer',
  'ouders.naam.voornamen',
  'ouders.naam.voorvoegsel',
  'ouders.naam.geslachtsnaam',
  'ouders.geslacht',
  'gezag',
]);

/** RaadpleegMetBurgerservicenummer accepts at most 20 BSNs per request. */
export const BRP_BATCHGROOTTE = 20;

export interface HaalCentraalBrpClientOpties {
  /** Scheme, host and port, e.g. http://127.0.0.1:5180 (the simulator) or the API gateway. */
  baseUrl: string;
  apiKey: string;
  /** Per request; the BRP answers within a second when healthy. */
  timeoutMs?: number;
  personenPad?: string;
  wijzigingenPad?: string;
}

const personenAntwoordSchema = z.object({
  type: z.literal('RaadpleegMetBurgerservicenummer').optional(),
  personen: z.array(z.unknown()),
});
const wijzigingenAntwoordSchema = z.object({
  wijzigingen: z.array(z.unknown()),
  volgendeVanaf: z.number().int().nonnegative(),
});
const problemSchema = z.object({
  invalidParams: z.array(z.object({ name: z.string(), code: z.string().optional() })).optional(),
});

/**
 * Client for the Haal Centraal BRP Personen API (RaadpleegMetBurgerservicenummer) and the
 * wijzigingen feed of the BRP simulator (a stand-in, see tools/brp-simulator/README.md).
 * Authenticates with X-Api-Key only; a production BRP also needs PKIo mTLS and an OAuth token,
 * which belongs in the production adapter or an outgoing gateway.
 */
export class HaalCentraalBrpClient implements BrpBron {
  private readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly personenPad: string;
  private readonly wijzigingenPad: string;

  constructor(opties: HaalCentraalBrpClientOpties) {
    this.baseUrl = opties.baseUrl.replace(/\/+$/, '');
    this.apiKey = opties.apiKey;
    this.timeoutMs = opties.timeoutMs ?? 10_000;
    this.personenPad = opties.personenPad ?? '/haalcentraal/api/brp/personen';
    this.wijzigingenPad = opties.wijzigingenPad ?? '/haalcentraal/api/brpupdate/wijzigingen';
  }

  async raadpleeg(bsns: readonly string[], opties: RaadpleegOpties = {}): Promise<BrpPersoon[]> {
    bsns.forEach((bsn, index) => {
      if (!isGeldigBsn(bsn)) {
        throw new BrpFout('BRP_ONGELDIG_VERZOEK', `raadpleeg: bsns[${index}] is geen geldig burgerservicenummer`, { veld: `bsns[${index}]` });
      }
    });
    const uniek = [...new Set(bsns)];
    const gevonden = new Map<string, BrpPersoon>();
    // One batch at a time: the BRP is a shared national service, not ours to flood.
    for (let start = 0; start < uniek.length; start += BRP_BATCHGROOTTE) {
      const batch = uniek.slice(start, start + BRP_BATCHGROOTTE);
      const antwoord = await this.post(this.personenPad, {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: batch,
        fields: BRP_FIELDS,
        ...(opties.gemeenteVanInschrijving !== undefined ? { gemeenteVanInschrijving: opties.gemeenteVanInschrijving } : {}),
        ...(opties.inclusiefOverledenPersonen ? { inclusiefOverledenPersonen: true } : {}),
      });
      const resultaat = personenAntwoordSchema.safeParse(antwoord);
      if (!resultaat.success) throw brpFoutUitZod(resultaat.error, 'BRP-antwoord personen');
      resultaat.data.personen.forEach((json, index) => {
        let persoon: BrpPersoon;
        try {
          persoon = vanHaalCentraal(json);
        } catch (fout) {
          if (fout instanceof BrpFout) {
            throw new BrpFout(fout.code, `personen[${index}]: ${fout.message}`, { veld: `personen[${index}].${fout.details.veld ?? ''}` });
          }
          throw fout;
        }
        gevonden.set(persoon.bsn, persoon);
      });
    }
    return uniek.flatMap((bsn) => gevonden.get(bsn) ?? []);
  }

  async wijzigingen(gemeenten: readonly string[], vanaf: number): Promise<BrpWijzigingen> {
    if (gemeenten.length === 0 || gemeenten.some((code) => !/^\d{4}$/.test(code))) {
      throw new BrpFout('BRP_ONGELDIG_VERZOEK', 'wijzigingen: gemeenten moet een niet-lege lijst CBS-codes (4 cijfers) zijn', { veld: 'gemeenten' });
    }
    if (!Number.isInteger(vanaf) || vanaf < 0) {
      throw new BrpFout('BRP_ONGELDIG_VERZOEK', 'wijzigingen: vanaf moet een geheel getal ≥ 0 zijn', { veld: 'vanaf' });
    }
    const antwoord = await this.post(this.wijzigingenPad, { gemeenten, vanaf });
    const resultaat = wijzigingenAntwoordSchema.safeParse(antwoord);
    if (!resultaat.success) throw brpFoutUitZod(resultaat.error, 'BRP-antwoord wijzigingen');
    const wijzigingen = resultaat.data.wijzigingen.map((json, index) => {
      try {
        return mutatieVanHaalCentraal(json);
      } catch (fout) {
        if (fout instanceof BrpFout) throw new BrpFout(fout.code, `wijzigingen[${index}]: ${fout.message}`, { veld: `wijzigingen[${index}].${fout.details.veld ?? ''}` });
        throw fout;
      }
    });
    return { wijzigingen, volgendeVanaf: resultaat.data.volgendeVanaf };
  }

  /** POSTs JSON (POST keeps BSNs out of URLs and access logs) and maps failures to BrpFout. */
  private async post(pad: string, body: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': this.apiKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (fout) {
      // By name, not instanceof: fetch's DOMException may come from another realm (e.g. Jest's VM).
      const naam = typeof fout === 'object' && fout !== null && 'name' in fout ? fout.name : undefined;
      const timeout = naam === 'TimeoutError' || naam === 'AbortError';
      throw new BrpFout('BRP_ONBEREIKBAAR', timeout ? `BRP gaf geen antwoord binnen ${this.timeoutMs} ms` : 'BRP niet bereikbaar (netwerkfout)');
    }
    const tekst = await response.text().catch(() => '');
    if (response.status === 401 || response.status === 403) {
      throw new BrpFout('BRP_GEWEIGERD', `BRP weigerde het verzoek (HTTP ${response.status}); controleer API-sleutel en autorisatie`, { status: response.status });
    }
    if (response.status === 404 || response.status === 429 || response.status >= 500) {
      throw new BrpFout('BRP_ONBEREIKBAAR', `BRP niet beschikbaar (HTTP ${response.status})`, { status: response.status });
    }
    if (!response.ok) {
      throw new BrpFout('BRP_ONGELDIG_VERZOEK', `BRP keurde het verzoek af (HTTP ${response.status})${ongeldigeParameters(tekst)}`, { status: response.status });
    }
    try {
      return JSON.parse(tekst) as unknown;
    } catch {
      throw new BrpFout('BRP_ONGELDIG_ANTWOORD', 'BRP-antwoord is geen JSON', { status: response.status });
    }
  }
}

/** The names and codes of a problem+json's invalidParams; its `reason` texts are not copied. */
function ongeldigeParameters(tekst: string): string {
  try {
    const problem = problemSchema.safeParse(JSON.parse(tekst));
    const params = problem.success ? (problem.data.invalidParams ?? []) : [];
    return params.length > 0 ? `: ${params.map((p) => `${p.name}${p.code ? ` (${p.code})` : ''}`).join(', ')}` : '';
  } catch {
    return '';
  }
}
