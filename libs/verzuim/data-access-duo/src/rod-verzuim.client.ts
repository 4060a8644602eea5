import { z } from 'zod';
import { DuoFout } from './duo-fout';
import type { DuoLevering, DuoLeveringen, DuoTerugkoppeling, DuoVerzuimregister } from './duo-verzuimregister';
import { beschrijfZodFout, leesLevering, naarRodTerugkoppeling } from './rod-berichten';

export interface RodVerzuimClientOpties {
  /** Scheme, host and port, e.g. http://127.0.0.1:5190 (tools/duo-simulator). */
  baseUrl: string;
  /** Stand-in for the PKIoverheid client certificate of the real M2M connection (koppelingen §1.2). */
  apiKey: string;
  /** Per request, body included. */
  timeoutMs?: number;
}

export const ROD_LEVERINGEN_PAD = '/rod/verzuimmeldingen/leveringen';
export const ROD_TERUGKOPPELING_PAD = '/rod/verzuimmeldingen/terugkoppeling';

const leveringenAntwoordSchema = z.object({
  // Only the envelope is checked here; each entry is read on its own (leesLevering), so one bad
  // melding does not make the page unreadable. Without a volgnummer the cursor cannot be trusted.
  leveringen: z.array(z.object({ volgnummer: z.number().int().positive() }).passthrough()),
  volgendeVanaf: z.number().int().nonnegative(),
});
const terugkoppelingAntwoordSchema = z.object({
  ontvangenOp: z.string().datetime({ offset: true }),
  herhaald: z.boolean(),
});
/** DUO-style reason codes only: anything else in the problem body is not copied. */
const REDENCODE_PATROON = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Client for the ROD verzuim interface as the DUO simulator offers it (tools/duo-simulator,
 * whose README says what is faithful and what is a stand-in). Authenticates with X-Api-Key only;
 * the production connection (PKIoverheid mTLS, DUO's koppelvlakspecificatie) is a second
 * DuoVerzuimregister implementation, not this class.
 */
export class RodVerzuimClient implements DuoVerzuimregister {
  private readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;

  constructor(opties: RodVerzuimClientOpties) {
    this.baseUrl = opties.baseUrl.replace(/\/+$/, '');
    this.apiKey = opties.apiKey;
    this.timeoutMs = opties.timeoutMs ?? 10_000;
  }

  async haalMeldingenOp(gemeenten: readonly string[], vanaf: number, max?: number): Promise<DuoLeveringen> {
    const antwoord = await this.post(ROD_LEVERINGEN_PAD, { gemeenten: [...gemeenten], vanaf, ...(max !== undefined ? { max } : {}) });
    const resultaat = leveringenAntwoordSchema.safeParse(antwoord);
    if (!resultaat.success) throw new DuoFout('DUO_ONGELDIG_ANTWOORD', beschrijfZodFout(resultaat.error, 'DUO-antwoord leveringen'));
    const { leveringen: ruw, volgendeVanaf } = resultaat.data;
    // The cursor is what makes intake complete: entries must come in order from `vanaf`, and the
    // next cursor must lie past them, or an entry could be skipped or fetched forever.
    let vorige = vanaf - 1;
    ruw.forEach((levering, index) => {
      if (levering.volgnummer <= vorige) {
        throw new DuoFout('DUO_ONGELDIG_ANTWOORD', `DUO-antwoord leveringen: veld 'leveringen[${index}].volgnummer' is niet oplopend vanaf ${vanaf}`);
      }
      vorige = levering.volgnummer;
    });
    if (volgendeVanaf < vanaf || volgendeVanaf <= vorige) {
      throw new DuoFout('DUO_ONGELDIG_ANTWOORD', "DUO-antwoord leveringen: veld 'volgendeVanaf' ligt niet na de geleverde volgnummers");
    }
    if (max !== undefined && ruw.length > max) {
      throw new DuoFout('DUO_ONGELDIG_ANTWOORD', `DUO-antwoord leveringen: meer dan ${max} leveringen`);
    }
    const gevraagd = new Set(gemeenten);
    const leveringen: DuoLevering[] = ruw.map((levering) => leesLevering(levering, gevraagd));
    return { leveringen, volgendeVanaf };
  }

  async stuurTerugkoppeling(terugkoppeling: DuoTerugkoppeling): Promise<{ ontvangenOp: string; herhaald: boolean }> {
    const antwoord = await this.post(ROD_TERUGKOPPELING_PAD, naarRodTerugkoppeling(terugkoppeling));
    const resultaat = terugkoppelingAntwoordSchema.safeParse(antwoord);
    if (!resultaat.success) throw new DuoFout('DUO_ONGELDIG_ANTWOORD', beschrijfZodFout(resultaat.error, 'DUO-antwoord terugkoppeling'));
    return { ontvangenOp: resultaat.data.ontvangenOp, herhaald: resultaat.data.herhaald };
  }

  /** POSTs JSON (identifiers stay out of URLs and access logs) and maps failures to DuoFout. */
  private async post(pad: string, body: unknown): Promise<unknown> {
    let response: Response;
    let tekst: string;
    try {
      response = await fetch(`${this.baseUrl}${pad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json', 'x-api-key': this.apiKey },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      tekst = await response.text();
    } catch (fout) {
      // By name, not instanceof: fetch's DOMException may come from another realm (e.g. Jest's VM).
      const naam = typeof fout === 'object' && fout !== null && 'name' in fout ? fout.name : undefined;
      const timeout = naam === 'TimeoutError' || naam === 'AbortError';
      throw new DuoFout('DUO_NIET_BESCHIKBAAR', timeout ? `DUO gaf geen antwoord binnen ${this.timeoutMs} ms` : 'DUO niet bereikbaar (netwerkfout)');
    }
    const { status } = response;
    // 408 and 429 ask the caller to come back later, like a storing (5xx).
    if (status >= 500 || status === 408 || status === 429) {
      throw new DuoFout('DUO_NIET_BESCHIKBAAR', `DUO niet beschikbaar (HTTP ${status})`);
    }
    if (status >= 400) {
      const redenCode = redenCodeUit(tekst);
      throw new DuoFout('DUO_GEWEIGERD', `DUO weigerde het verzoek (HTTP ${status}${redenCode ? ` ${redenCode}` : ''})`, redenCode);
    }
    if (status < 200 || status >= 300) {
      throw new DuoFout('DUO_ONGELDIG_ANTWOORD', `DUO-antwoord heeft een onverwachte status (HTTP ${status})`);
    }
    try {
      return JSON.parse(tekst) as unknown;
    } catch {
      throw new DuoFout('DUO_ONGELDIG_ANTWOORD', 'DUO-antwoord is geen JSON');
    }
  }
}

/** DUO's reason code from a problem+json body (`code`), when it looks like one. */
function redenCodeUit(tekst: string): string | undefined {
  try {
    const problem: unknown = JSON.parse(tekst);
    if (typeof problem !== 'object' || problem === null || !('code' in problem)) return undefined;
    const { code } = problem;
    return typeof code === 'string' && REDENCODE_PATROON.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
