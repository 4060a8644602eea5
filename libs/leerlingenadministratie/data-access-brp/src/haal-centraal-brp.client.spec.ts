import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrpFout } from './brp-fout';
import { BRP_FIELDS, HaalCentraalBrpClient } from './haal-centraal-brp.client';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from './testing/brp-simulator';

const API_KEY = 'test-sleutel';

/** `aantal` BSNs passing the elfproef, counting up from an 8-digit prefix. */
function geldigeBsns(aantal: number, prefix: number): string[] {
  const bsns: string[] = [];
  for (let p = prefix; bsns.length < aantal; p += 1) {
    const cijfers = String(p);
    const som = [...cijfers].reduce((totaal, cijfer, i) => totaal + Number(cijfer) * (9 - i), 0);
    if (som % 11 < 10) bsns.push(`${cijfers}${som % 11}`);
  }
  return bsns;
}

const [KIND, MOEDER, VADER, OVERLEDEN, RNI_KIND, VERHUIZER, ANDER] = geldigeBsns(7, 99990100);
const VEEL = geldigeBsns(45, 99990200);

function persoon(bsn: string, overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    burgerservicenummer: bsn,
    naam: { voornamen: 'Daan', voorvoegsel: 'de', geslachtsnaam: 'Vries', volledigeNaam: 'Daan de Vries' },
    geslacht: { code: 'M', omschrijving: 'man' },
    geboorte: { datum: { type: 'Datum', datum: '2013-05-06', langFormaat: '6 mei 2013' }, plaats: { code: '0193', omschrijving: 'Zwolle' }, land: { code: '6030', omschrijving: 'Nederland' } },
    nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: '0001', omschrijving: 'Nederlandse' } }],
    gemeenteVanInschrijving: { code: '0193', omschrijving: 'Zwolle' },
    datumInschrijvingInGemeente: { type: 'Datum', datum: '2013-05-06' },
    verblijfplaats: {
      type: 'Adres',
      verblijfadres: { officieleStraatnaam: 'Kerkstraat', korteStraatnaam: 'Kerkstr', huisnummer: 3, postcode: '8011AB', woonplaats: 'Zwolle' },
      adresseerbaarObjectIdentificatie: '0193010000000001',
      datumVan: { type: 'Datum', datum: '2013-05-06' },
    },
    ouders: [
      { burgerservicenummer: MOEDER, naam: { voornamen: 'Eva', geslachtsnaam: 'Bakker' }, geslacht: { code: 'V' }, ouderAanduiding: '1', datumIngangFamilierechtelijkeBetrekking: { type: 'Datum', datum: '2013-05-06' } },
      { burgerservicenummer: VADER, naam: { voornamen: 'Jan', voorvoegsel: 'de', geslachtsnaam: 'Vries' }, geslacht: { code: 'M' }, ouderAanduiding: '2' },
    ],
    gezag: [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: MOEDER, naam: { volledigeNaam: 'Eva Bakker' } }, minderjarige: { burgerservicenummer: bsn } }],
    ...overschrijf,
  };
}

async function brpFout(belofte: Promise<unknown>): Promise<BrpFout> {
  try {
    await belofte;
  } catch (error) {
    if (error instanceof BrpFout) return error;
    throw error;
  }
  throw new Error('verwachtte een BrpFout');
}

describe('HaalCentraalBrpClient against the BRP simulator', () => {
  let sim: BrpSimulatorHandle;
  let client: HaalCentraalBrpClient;

  beforeAll(async () => {
    sim = await startBrpSimulatorInWorker({
      apiKey: API_KEY,
      nu: '2026-11-24T09:00:00.000Z',
      personen: [
        persoon(KIND),
        persoon(OVERLEDEN, { overlijden: { datum: { type: 'Datum', datum: '2025-01-15' } } }),
        persoon(RNI_KIND, { gemeenteVanInschrijving: { code: '1999', omschrijving: 'Registratie Niet Ingezetenen (RNI)' }, datumInschrijvingInGemeente: undefined, verblijfplaats: { type: 'VerblijfplaatsBuitenland', verblijfadres: { regel1: 'Hauptstraße 12', land: { code: '9089', omschrijving: 'Duitsland' } } } }),
        ...VEEL.map((bsn) => persoon(bsn)),
      ],
    });
    client = new HaalCentraalBrpClient({ baseUrl: sim.url, apiKey: API_KEY, timeoutMs: 5_000 });
  });

  afterAll(async () => {
    await sim.stop();
  });

  describe('raadpleeg', () => {
    it('returns the minimised person with gezag mapped to the parents', async () => {
      const [gevonden] = await client.raadpleeg([KIND]);
      expect(gevonden).toEqual({
        bsn: KIND,
        voornamen: 'Daan',
        voorvoegsel: 'de',
        geslachtsnaam: 'Vries',
        geslacht: 'M',
        geboortedatum: '2013-05-06',
        geboorteplaats: 'Zwolle',
        gemeenteVanInschrijving: '0193',
        datumInschrijvingInGemeente: '2013-05-06',
        adres: { straat: 'Kerkstraat', huisnummer: 3, postcode: '8011AB', woonplaats: 'Zwolle' },
        ouders: [
          { bsn: MOEDER, voornamen: 'Eva', geslachtsnaam: 'Bakker', geslacht: 'V', heeftGezag: true },
          { bsn: VADER, voornamen: 'Jan', voorvoegsel: 'de', geslachtsnaam: 'Vries', geslacht: 'M', heeftGezag: false },
        ],
      });
    });

    it('asks only for BRP_FIELDS, so nothing else about the person travels', async () => {
      const response = await fetch(`${sim.url}/haalcentraal/api/brp/personen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [KIND], fields: BRP_FIELDS }),
      });
      const { personen } = (await response.json()) as { personen: Record<string, Record<string, unknown>>[] };
      expect(Object.keys(personen[0]).sort()).toEqual(
        ['burgerservicenummer', 'datumInschrijvingInGemeente', 'geboorte', 'gemeenteVanInschrijving', 'geslacht', 'gezag', 'naam', 'ouders', 'verblijfplaats'].sort(),
      );
      expect(personen[0].naam).toEqual({ voornamen: 'Daan', voorvoegsel: 'de', geslachtsnaam: 'Vries' });
      expect(personen[0].verblijfplaats).toEqual({ verblijfadres: { officieleStraatnaam: 'Kerkstraat', huisnummer: 3, postcode: '8011AB', woonplaats: 'Zwolle' } });
      expect(personen[0].ouders).toEqual([
        { burgerservicenummer: MOEDER, naam: { voornamen: 'Eva', geslachtsnaam: 'Bakker' }, geslacht: { code: 'V' } },
        { burgerservicenummer: VADER, naam: { voornamen: 'Jan', voorvoegsel: 'de', geslachtsnaam: 'Vries' }, geslacht: { code: 'M' } },
      ]);
    });

    it('batches more than 20 BSNs (the API maximum) and keeps the order asked, skipping unknown BSNs', async () => {
      const gevraagd = [...VEEL].reverse();
      const [onbekend] = geldigeBsns(1, 99990900);
      const gevonden = await client.raadpleeg([...gevraagd, onbekend, gevraagd[0]]);
      expect(gevonden.map((p) => p.bsn)).toEqual(gevraagd);
    });

    it('leaves out deceased persons unless asked to include them', async () => {
      expect(await client.raadpleeg([KIND, OVERLEDEN])).toHaveLength(1);
      const [, overleden] = await client.raadpleeg([KIND, OVERLEDEN], { inclusiefOverledenPersonen: true });
      expect(overleden).toMatchObject({ bsn: OVERLEDEN, overlijdensdatum: '2025-01-15' });
    });

    it('returns an RNI person with gemeente 1999 and no Dutch adres', async () => {
      const [rni] = await client.raadpleeg([RNI_KIND]);
      expect(rni.gemeenteVanInschrijving).toBe('1999');
      expect(rni.adres).toBeUndefined();
    });

    it('limits to one gemeente van inschrijving when asked', async () => {
      expect(await client.raadpleeg([KIND, RNI_KIND], { gemeenteVanInschrijving: '0193' })).toEqual([expect.objectContaining({ bsn: KIND })]);
      expect(await client.raadpleeg([KIND], { gemeenteVanInschrijving: '0166' })).toEqual([]);
    });

    it('maps 401 (wrong API key) to BRP_GEWEIGERD', async () => {
      const fout = await brpFout(new HaalCentraalBrpClient({ baseUrl: sim.url, apiKey: 'fout' }).raadpleeg([KIND]));
      expect(fout.code).toBe('BRP_GEWEIGERD');
      expect(fout.details.status).toBe(401);
    });

    it('maps 400 to BRP_ONGELDIG_VERZOEK naming the invalid parameter', async () => {
      const fout = await brpFout(client.raadpleeg([KIND], { gemeenteVanInschrijving: 'Zwolle' }));
      expect(fout).toMatchObject({ code: 'BRP_ONGELDIG_VERZOEK', message: 'BRP keurde het verzoek af (HTTP 400): gemeenteVanInschrijving (pattern)' });
    });

    it('refuses a BSN failing the elfproef before calling the BRP, without quoting it', async () => {
      const fout = await brpFout(client.raadpleeg([KIND, '123456789']));
      expect(fout).toMatchObject({ code: 'BRP_ONGELDIG_VERZOEK', message: 'raadpleeg: bsns[1] is geen geldig burgerservicenummer' });
      expect(fout.message).not.toContain('123456789');
    });
  });

  describe('wijzigingen', () => {
    beforeEach(async () => {
      await sim.reset();
    });

    it('delivers mutations of the gemeenten asked, in volgnummer order, with a cursor', async () => {
      await sim.personen([persoon(VERHUIZER), persoon(ANDER, { gemeenteVanInschrijving: { code: '0153', omschrijving: 'Enschede' } })]);
      const eerste = await client.wijzigingen(['0193'], 0);
      expect(eerste.wijzigingen).toEqual([
        expect.objectContaining({ volgnummer: 1, bsn: VERHUIZER, soort: 'inschrijving', gemeente: '0193', datumGebeurtenis: '2013-05-06', geregistreerdOp: '2026-11-24T09:00:00.000Z' }),
      ]);
      // The Enschede mutation (volgnummer 2) is not delivered, but the cursor moves past it.
      expect(eerste.volgendeVanaf).toBe(3);

      await sim.personen([
        persoon(VERHUIZER, {
          gemeenteVanInschrijving: { code: '0166', omschrijving: 'Kampen' },
          datumInschrijvingInGemeente: { type: 'Datum', datum: '2026-11-20' },
          verblijfplaats: { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Oudestraat', huisnummer: 1, postcode: '8261CA', woonplaats: 'Kampen' } },
        }),
      ]);
      const tweede = await client.wijzigingen(['0193'], eerste.volgendeVanaf);
      // Leaving Zwolle is news for Zwolle: the previous gemeente matches.
      expect(tweede.wijzigingen).toEqual([
        expect.objectContaining({ volgnummer: 3, bsn: VERHUIZER, soort: 'verhuizing-naar', gemeente: '0166', vorigeGemeente: '0193', datumGebeurtenis: '2026-11-20' }),
      ]);
      expect(tweede.volgendeVanaf).toBe(4);
      expect(await client.wijzigingen(['0193'], tweede.volgendeVanaf)).toEqual({ wijzigingen: [], volgendeVanaf: 4 });
      expect((await client.wijzigingen(['0153', '0166'], 0)).wijzigingen.map((m) => m.volgnummer)).toEqual([2, 3]);
    });

    it('passes a replayed mutatieId on as the feed delivers it (the consumer deduplicates)', async () => {
      const mutatie = { mutatieId: 'vaste-id-1', burgerservicenummer: KIND, soort: 'wijziging', gemeenteVanInschrijving: '0193', datumGebeurtenis: '2026-11-20' };
      await sim.mutaties([mutatie, mutatie]);
      const { wijzigingen } = await client.wijzigingen(['0193'], 0);
      expect(wijzigingen.map((m) => [m.volgnummer, m.mutatieId])).toEqual([
        [1, 'vaste-id-1'],
        [2, 'vaste-id-1'],
      ]);
    });

    it('refuses an invalid cursor or gemeente before calling', async () => {
      expect((await brpFout(client.wijzigingen(['0193'], -1))).code).toBe('BRP_ONGELDIG_VERZOEK');
      expect((await brpFout(client.wijzigingen([], 0))).code).toBe('BRP_ONGELDIG_VERZOEK');
    });
  });
});

describe('HaalCentraalBrpClient failures', () => {
  let server: Server;
  let baseUrl: string;
  let antwoord: (path: string) => { status: number; body: string } | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      const gekozen = antwoord(request.url ?? '');
      if (gekozen === undefined) return; // never answer: a hanging BRP
      response.writeHead(gekozen.status, { 'content-type': 'application/json' });
      response.end(gekozen.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('maps a timeout to BRP_ONBEREIKBAAR', async () => {
    antwoord = () => undefined;
    const fout = await brpFout(new HaalCentraalBrpClient({ baseUrl, apiKey: API_KEY, timeoutMs: 200 }).raadpleeg([KIND]));
    expect(fout).toMatchObject({ code: 'BRP_ONBEREIKBAAR', message: 'BRP gaf geen antwoord binnen 200 ms' });
  });

  it('maps a closed port to BRP_ONBEREIKBAAR', async () => {
    const fout = await brpFout(new HaalCentraalBrpClient({ baseUrl: 'http://127.0.0.1:1', apiKey: API_KEY }).raadpleeg([KIND]));
    expect(fout.code).toBe('BRP_ONBEREIKBAAR');
  });

  it('maps a 503 to BRP_ONBEREIKBAAR', async () => {
    antwoord = () => ({ status: 503, body: '{}' });
    expect(await brpFout(new HaalCentraalBrpClient({ baseUrl, apiKey: API_KEY }).raadpleeg([KIND]))).toMatchObject({ code: 'BRP_ONBEREIKBAAR', details: { status: 503 } });
  });

  it('maps a malformed person to BRP_ONGELDIG_ANTWOORD naming its position and field, not its data', async () => {
    antwoord = () => ({ status: 200, body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: KIND, naam: { voornamen: 'Daan' }, geboorte: { datum: { type: 'Datum', datum: '2013-05-06' } } }] }) });
    const fout = await brpFout(new HaalCentraalBrpClient({ baseUrl, apiKey: API_KEY }).raadpleeg([KIND]));
    expect(fout).toMatchObject({ code: 'BRP_ONGELDIG_ANTWOORD', message: "personen[0]: BRP-persoon: veld 'naam.geslachtsnaam' ontbreekt" });
    expect(fout.message).not.toContain(KIND);
    expect(fout.message).not.toContain('Daan');
  });

  it('maps a non-JSON answer and a missing wijzigingen list to BRP_ONGELDIG_ANTWOORD', async () => {
    const client = new HaalCentraalBrpClient({ baseUrl, apiKey: API_KEY });
    antwoord = () => ({ status: 200, body: '<html>proxy</html>' });
    expect((await brpFout(client.raadpleeg([KIND]))).code).toBe('BRP_ONGELDIG_ANTWOORD');
    antwoord = () => ({ status: 200, body: JSON.stringify({ volgendeVanaf: 3 }) });
    expect(await brpFout(client.wijzigingen(['0193'], 0))).toMatchObject({ code: 'BRP_ONGELDIG_ANTWOORD', message: "BRP-antwoord wijzigingen: veld 'wijzigingen' ontbreekt" });
  });
});
