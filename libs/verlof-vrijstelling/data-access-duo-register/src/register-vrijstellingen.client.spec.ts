import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DuoRegisterFout } from './duo-register-fout';
import type { DuoRegistratie } from './duo-registratie';
import { RegisterVrijstellingenClient } from './register-vrijstellingen.client';
import { startDuoRegisterSimulatorInWorker, type DuoRegisterSimulatorHandle } from './testing/duo-register-simulator';

const API_KEY = 'test-register-sleutel';
const NU = '2026-11-02T08:00:00.000Z';
const BSN = '999990019';
const ONDERWIJSNUMMER = '100000004';
const PERSOONSGEGEVENS = {
  naam: { voornamen: 'Noor', voorvoegsel: 'van', geslachtsnaam: 'Dijk' },
  adres: { straat: 'Kerkstraat', huisnummer: 12, huisletter: 'a', toevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' },
  geslacht: 'V',
  geboortedatum: '2011-04-05',
};

function art5(overschrijf: Partial<DuoRegistratie> = {}): DuoRegistratie {
  return {
    registratieId: randomUUID(),
    gemeente: '0193',
    soort: 'vrijstelling-art5',
    grond: 'b',
    eerderBeroep: false,
    persoonsgebondenNummer: BSN,
    postcode: '8011AB',
    begindatum: '2026-08-01',
    einddatum: '2027-07-31',
    ...overschrijf,
  } as DuoRegistratie;
}

function vervangend(overschrijf: Record<string, unknown> = {}): DuoRegistratie {
  // Cast from a loose object on purpose: some tests send what the type would forbid, as a buggy caller could.
  return {
    registratieId: randomUUID(),
    gemeente: '0193',
    soort: 'vervangende-leerplicht',
    artikel: '3b',
    eerderVerleend: true,
    persoonsgebondenNummer: ONDERWIJSNUMMER,
    postcode: '8011AB',
    begindatum: '2026-09-01',
    einddatum: '2027-07-31',
    persoonsgegevens: PERSOONSGEGEVENS,
    ...overschrijf,
  } as DuoRegistratie;
}

async function fout(belofte: Promise<unknown>): Promise<DuoRegisterFout> {
  try {
    await belofte;
  } catch (error) {
    if (error instanceof DuoRegisterFout) return error;
    throw error;
  }
  throw new Error('verwachtte een DuoRegisterFout');
}

describe('RegisterVrijstellingenClient against the DUO simulator', () => {
  let sim: DuoRegisterSimulatorHandle;
  let client: RegisterVrijstellingenClient;

  beforeAll(async () => {
    sim = await startDuoRegisterSimulatorInWorker({ apiKey: API_KEY, nu: NU });
    client = new RegisterVrijstellingenClient({ baseUrl: `${sim.url}/`, apiKey: API_KEY, timeoutMs: 5_000 });
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await sim.reset();
  });

  it('registers an art 5 exemption with exactly the fields of the law, and DUO holds it', async () => {
    const registratie = art5();
    expect(await client.registreer(registratie)).toEqual({ registratieId: registratie.registratieId, registratienummer: 'RV-0000001', ontvangenOp: NU, herhaald: false });
    const { verzoeken } = await sim.ontvangen('0193');
    expect(verzoeken).toEqual([
      {
        handeling: 'registratie',
        registratieId: registratie.registratieId,
        gemeente: '0193',
        soort: 'vrijstelling-art5',
        grond: 'b',
        artikel: null,
        persoonsgebondenNummer: BSN,
        postcode: '8011AB',
        begindatum: '2026-08-01',
        einddatum: '2027-07-31',
        eerderBeroep: false,
        eerderVerleend: null,
        persoonsgegevens: null,
        ontvangenOp: NU,
      },
    ]);
    expect(await sim.ontvangen('0166')).toEqual({ verzoeken: [], registraties: [] });
  });

  it('registers an open-ended art 15 exemption and vervangende leerplicht with the person block of a youth without Dutch education history', async () => {
    await client.registreer(art5({ soort: 'vrijstelling-art15', einddatum: null, eerderBeroep: true } as Partial<DuoRegistratie>));
    const vl = vervangend();
    await client.registreer(vl);
    const { registraties } = await sim.ontvangen();
    expect(registraties.map((r) => [r.soort, r.einddatum, r.eerderBeroep, r.eerderVerleend])).toEqual([
      ['vrijstelling-art15', null, true, null],
      ['vervangende-leerplicht', '2027-07-31', null, true],
    ]);
    expect(registraties[1]).toMatchObject({
      artikel: '3b',
      persoonsgebondenNummer: ONDERWIJSNUMMER,
      persoonsgegevens: {
        naam: { voornamen: 'Noor', voorvoegsel: 'van', geslachtsnaam: 'Dijk' },
        adres: { straatnaam: 'Kerkstraat', huisnummer: 12, huisletter: 'a', huisnummertoevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' },
        geslacht: 'V',
        geboortedatum: '2011-04-05',
      },
    });
  });

  it('a resend after a lost answer is harmless: the same result, herhaald, one registration', async () => {
    const registratie = art5();
    const eerste = await client.registreer(registratie);
    expect(await client.registreer({ ...registratie, registratieId: registratie.registratieId.toUpperCase() })).toEqual({ ...eerste, herhaald: true });
    expect((await sim.ontvangen()).registraties).toHaveLength(1);
  });

  it('other content under a used registratieId is a permanent refusal (409), never an overwrite', async () => {
    const registratie = art5();
    await client.registreer(registratie);
    const weigering = await fout(client.registreer({ ...registratie, postcode: '8012CD' }));
    expect([weigering.code, weigering.redenCode, weigering.herhaalbaar]).toEqual(['DUO_REGISTER_GEWEIGERD', 'REGISTRATIE_ID_HERGEBRUIKT', false]);
    expect((await sim.ontvangen()).registraties.map((r) => r.postcode)).toEqual(['8011AB']);
  });

  it.each<[string, DuoRegistratie, string]>([
    ['a BSN failing the elfproef', art5({ persoonsgebondenNummer: '999990018' }), 'ONGELDIG_VERZOEK'],
    ['a postcode with a space', art5({ postcode: '8011 AB' }), 'ONGELDIG_VERZOEK'],
    ['an art 5 exemption without its ground', art5({ grond: undefined } as unknown as Partial<DuoRegistratie>), 'SOORT_VELDEN'],
    ['vervangende leerplicht without an end date', vervangend({ einddatum: null }), 'SOORT_VELDEN'],
    ['an unknown article', vervangend({ artikel: '3c' }), 'ONGELDIGE_CODE'],
    ['an end before the start', art5({ einddatum: '2026-07-31' }), 'ONGELDIGE_PERIODE'],
  ])('refuses %s permanently with DUO\'s reason code, and the message carries no value', async (_naam, registratie, redenCode) => {
    const weigering = await fout(client.registreer(registratie));
    expect([weigering.code, weigering.redenCode, weigering.herhaalbaar]).toEqual(['DUO_REGISTER_GEWEIGERD', redenCode, false]);
    expect(weigering.message).not.toMatch(/99999001|8011|Dijk|Kerkstraat|2026-07-31/);
    expect((await sim.ontvangen()).verzoeken).toEqual([]);
  });

  it('ends a registration early; a resend is herhaald; another date, an unknown id or another gemeente is refused', async () => {
    const registratie = art5();
    await client.registreer(registratie);
    const beeindiging = { registratieId: registratie.registratieId, gemeente: '0193', einddatum: '2026-12-31' };
    const verwacht = { registratieId: registratie.registratieId, einddatum: '2026-12-31', ontvangenOp: NU };
    expect(await client.beeindig(beeindiging)).toEqual({ ...verwacht, herhaald: false });
    expect(await client.beeindig(beeindiging)).toEqual({ ...verwacht, herhaald: true });
    expect((await fout(client.beeindig({ ...beeindiging, einddatum: '2027-01-31' }))).redenCode).toBe('AL_BEEINDIGD');
    expect((await fout(client.beeindig({ ...beeindiging, registratieId: randomUUID() }))).redenCode).toBe('REGISTRATIE_ONBEKEND');
    expect((await fout(client.beeindig({ ...beeindiging, gemeente: '0166' }))).redenCode).toBe('REGISTRATIE_ONBEKEND');
    expect((await sim.ontvangen()).registraties[0]?.beeindiging).toEqual({ einddatum: '2026-12-31', ontvangenOp: NU });
  });

  it('a revocation ends the registration the day before it began; earlier, or an extension, is refused', async () => {
    const registratie = art5();
    await client.registreer(registratie);
    const b = (einddatum: string) => client.beeindig({ registratieId: registratie.registratieId, gemeente: '0193', einddatum });
    expect((await fout(b('2026-07-30'))).redenCode).toBe('ONGELDIGE_PERIODE');
    expect((await fout(b('2027-08-01'))).redenCode).toBe('ONGELDIGE_PERIODE');
    expect((await b('2026-07-31')).herhaald).toBe(false);
  });

  it('a storing is retryable (503), and the next call after a short outage gets through', async () => {
    await sim.storingVoorVolgende(2);
    const registratie = art5();
    for (let i = 0; i < 2; i += 1) {
      const storing = await fout(client.registreer(registratie));
      expect([storing.code, storing.redenCode, storing.herhaalbaar]).toEqual(['DUO_REGISTER_NIET_BESCHIKBAAR', 'STORING', true]);
    }
    expect((await client.registreer(registratie)).herhaald).toBe(false);
    await sim.storing(true);
    expect((await fout(client.beeindig({ registratieId: registratie.registratieId, gemeente: '0193', einddatum: '2026-12-31' }))).herhaalbaar).toBe(true);
  });

  it('a wrong API key is a permanent refusal (401)', async () => {
    const vreemd = new RegisterVrijstellingenClient({ baseUrl: sim.url, apiKey: 'fout' });
    expect((await fout(vreemd.registreer(art5()))).redenCode).toBe('NIET_GEAUTHENTICEERD');
  });
});

describe('RegisterVrijstellingenClient against a misbehaving server', () => {
  let server: Server;
  let url: string;
  let antwoord: { status: number; body: string; vertraging?: number } = { status: 200, body: '{}' };

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      setTimeout(() => {
        response.writeHead(antwoord.status, { 'content-type': 'application/json' });
        response.end(antwoord.body);
      }, antwoord.vertraging ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each<[string, typeof antwoord, string, boolean]>([
    ['a timeout', { status: 200, body: '{}', vertraging: 500 }, 'DUO_REGISTER_NIET_BESCHIKBAAR', true],
    ['HTTP 502 without a body', { status: 502, body: '' }, 'DUO_REGISTER_NIET_BESCHIKBAAR', true],
    ['HTTP 429', { status: 429, body: '' }, 'DUO_REGISTER_NIET_BESCHIKBAAR', true],
    ['a body that is not JSON', { status: 200, body: '<html>' }, 'DUO_REGISTER_ONGELDIG_ANTWOORD', true],
    ['an answer for another registration', { status: 200, body: JSON.stringify({ registratieId: randomUUID(), registratienummer: 'RV-1', ontvangenOp: NU, herhaald: false }) }, 'DUO_REGISTER_ONGELDIG_ANTWOORD', true],
    ['a 400 whose code echoes a value', { status: 400, body: JSON.stringify({ code: `bsn ${BSN}` }) }, 'DUO_REGISTER_GEWEIGERD', false],
  ])('maps %s', async (_naam, gegeven, code, herhaalbaar) => {
    antwoord = gegeven;
    const client = new RegisterVrijstellingenClient({ baseUrl: url, apiKey: API_KEY, timeoutMs: 200 });
    const gevangen = await fout(client.registreer(art5()));
    expect([gevangen.code, gevangen.herhaalbaar, gevangen.redenCode]).toEqual([code, herhaalbaar, undefined]);
    expect(gevangen.message).not.toContain(BSN);
  });

  it('a network error is retryable', async () => {
    const client = new RegisterVrijstellingenClient({ baseUrl: 'http://127.0.0.1:1', apiKey: API_KEY, timeoutMs: 1_000 });
    expect((await fout(client.registreer(art5()))).code).toBe('DUO_REGISTER_NIET_BESCHIKBAAR');
  });
});
