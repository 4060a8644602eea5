import { z } from 'zod';
import { DuoRegisterFout } from './duo-register-fout';
import type { DuoBeeindiging, DuoBeeindigingResultaat, DuoRegistratie, DuoRegistratieResultaat, DuoVrijstellingenregister } from './duo-registratie';
import { naarWireBeeindiging, naarWireRegistratie } from './register-berichten';

export interface RegisterVrijstellingenClientOpties {
  /** Scheme, host and port, e.g. http://127.0.0.1:5190 (tools/duo-simulator). */
  baseUrl: string;
  /** Stand-in for the certificate of the real channel (the administration package's connection to DUO). */
  apiKey: string;
  /** Per request, body included. */
  timeoutMs?: number;
}

export const REGISTRATIES_PAD = '/register-vrijstellingen/registraties';
export const BEEINDIGINGEN_PAD = '/register-vrijstellingen/beeindigingen';

const registratieAntwoord = z.object({
  registratieId: z.string().uuid(),
  registratienummer: z.string().min(1).max(64),
  ontvangenOp: z.string().datetime({ offset: true }),
  herhaald: z.boolean(),
});
const beeindigingAntwoord = z.object({
  registratieId: z.string().uuid(),
  einddatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ontvangenOp: z.string().datetime({ offset: true }),
  herhaald: z.boolean(),
});
/** DUO-style reason codes only: anything else in the problem body is not copied. */
const REDENCODE_PATROON = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Client for DUO's register vrijstellingen en vervangende leerplicht as the DUO simulator offers
 * it (tools/duo-simulator, whose README says what is faithful and what is invented). Every call
 * is a POST with a JSON body (no BSN or id in a URL); failures become a DuoRegisterFout whose
 * code says whether a retry can help.
 */
export class RegisterVrijstellingenClient implements DuoVrijstellingenregister {
  private readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;

  constructor(opties: RegisterVrijstellingenClientOpties) {
    this.baseUrl = opties.baseUrl.replace(/\/+$/, '');
    this.apiKey = opties.apiKey;
    this.timeoutMs = opties.timeoutMs ?? 10_000;
  }

  async registreer(registratie: DuoRegistratie): Promise<DuoRegistratieResultaat> {
    const antwoord = registratieAntwoord.safeParse(await this.post(REGISTRATIES_PAD, naarWireRegistratie(registratie)));
    if (!antwoord.success) throw new DuoRegisterFout('DUO_REGISTER_ONGELDIG_ANTWOORD', `DUO-antwoord registratie: ${velden(antwoord.error)}`);
    if (antwoord.data.registratieId.toLowerCase() !== registratie.registratieId.toLowerCase()) {
      throw new DuoRegisterFout('DUO_REGISTER_ONGELDIG_ANTWOORD', "DUO-antwoord registratie: veld 'registratieId' hoort niet bij het verzoek");
    }
    return antwoord.data;
  }

  async beeindig(beeindiging: DuoBeeindiging): Promise<DuoBeeindigingResultaat> {
    const antwoord = beeindigingAntwoord.safeParse(await this.post(BEEINDIGINGEN_PAD, naarWireBeeindiging(beeindiging)));
    if (!antwoord.success) throw new DuoRegisterFout('DUO_REGISTER_ONGELDIG_ANTWOORD', `DUO-antwoord beëindiging: ${velden(antwoord.error)}`);
    return antwoord.data;
  }

  /** POSTs JSON and maps every failure to a DuoRegisterFout (message without values). */
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
      throw new DuoRegisterFout('DUO_REGISTER_NIET_BESCHIKBAAR', timeout ? `DUO gaf geen antwoord binnen ${this.timeoutMs} ms` : 'DUO niet bereikbaar (netwerkfout)');
    }
    const { status } = response;
    // 408 and 429 ask the caller to come back later, like a storing (5xx).
    if (status >= 500 || status === 408 || status === 429) {
      throw new DuoRegisterFout('DUO_REGISTER_NIET_BESCHIKBAAR', `DUO niet beschikbaar (HTTP ${status})`, redenCodeUit(tekst));
    }
    if (status >= 400) {
      const redenCode = redenCodeUit(tekst);
      throw new DuoRegisterFout('DUO_REGISTER_GEWEIGERD', `DUO weigerde het verzoek (HTTP ${status}${redenCode ? ` ${redenCode}` : ''})`, redenCode);
    }
    if (status < 200 || status >= 300) {
      throw new DuoRegisterFout('DUO_REGISTER_ONGELDIG_ANTWOORD', `DUO-antwoord heeft een onverwachte status (HTTP ${status})`);
    }
    try {
      return JSON.parse(tekst) as unknown;
    } catch {
      throw new DuoRegisterFout('DUO_REGISTER_ONGELDIG_ANTWOORD', 'DUO-antwoord is geen JSON');
    }
  }
}

/** The paths of the fields zod refused, never their values. */
function velden(fout: z.ZodError): string {
  const paden = [...new Set(fout.issues.map((issue) => issue.path.join('.') || '(antwoord)'))];
  return `ongeldige velden ${paden.map((pad) => `'${pad}'`).join(', ')}`;
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
