import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DuoFout } from './duo-fout';
import { DUO_AFSLUITREDENEN, DUO_TOELICHTINGEN, type DuoVerzuimsoort } from './duo-verzuimmelding';
import type { DuoLevering, DuoTerugkoppeling } from './duo-verzuimregister';
import { RodVerzuimClient } from './rod-verzuim.client';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from './testing/duo-simulator';

const API_KEY = 'test-duo-sleutel';
const NU = '2026-11-02T08:00:00.000Z';

/** `aantal` BSNs passing the elfproef, counting up from an 8-digit prefix starting with 9. */
function geldigeBsns(aantal: number, prefix: number): string[] {
  const bsns: string[] = [];
  for (let p = prefix; bsns.length < aantal; p += 1) {
    const cijfers = String(p);
    const som = [...cijfers].reduce((totaal, cijfer, i) => totaal + Number(cijfer) * (9 - i), 0);
    if (som % 11 < 10) bsns.push(`${cijfers}${som % 11}`);
  }
  return bsns;
}

const BSNS = geldigeBsns(20, 99990300);
const ONGELDIG_BSN = '999990018';

/** A wire melding (tools/duo-simulator/README.md) for gemeente 0193 unless overridden. */
function melding(nummer: number, overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meldingsnummer: `VM-C-${nummer}`,
    registratietijdstip: '2026-11-02T09:30:00.000+01:00',
    gemeente: '0193',
    status: 'geregistreerd',
    leerling: { burgerservicenummer: BSNS[nummer % BSNS.length], onderwijsnummer: null, geboortedatum: '2012-04-05', naam: 'Daan de Vries' },
    school: { brin: '99XX', onderwijssoort: 'VO', naamLeslocatie: null },
    begindatumVerzuim: '2026-10-05',
    einddatumVerzuim: null,
    vermoedelijkeSoortVerzuim: '16-uur-in-4-weken',
    melder: { naam: 'A. de Wit', functie: 'verzuimcoördinator', telefoonnummer: null, emailadres: null, isDirecteur: false },
    verzuimspecificatie: { verzuimdagen: null, verzuimuren: 18 },
    ...overschrijf,
  };
}

function terugkoppeling(meldingsnummer: string, status: string, overschrijf: Partial<Record<keyof DuoTerugkoppeling, unknown>> = {}): DuoTerugkoppeling {
  const afgesloten = status === 'afgesloten';
  // Cast from a loose object on purpose: the tests send what the type would forbid, as a buggy caller could.
  return {
    terugkoppelingId: randomUUID(),
    meldingsnummer,
    status,
    acties: ['Gesprek met leerling en ouders op het gemeentehuis'],
    afsluitreden: afgesloten ? 'terug-naar-school' : null,
    toelichting: afgesloten ? 'leerling-gezien-door-gemeente' : null,
    contactpersoon: { naam: 'P. Jansen', functie: 'leerplichtambtenaar', telefoon: '038-4982000', email: 'leerplicht@zwolle.example' },
    ...overschrijf,
  } as DuoTerugkoppeling;
}

async function duoFout(belofte: Promise<unknown>): Promise<DuoFout> {
  try {
    await belofte;
  } catch (error) {
    if (error instanceof DuoFout) return error;
    throw error;
  }
  throw new Error('verwachtte een DuoFout');
}

function samenvatting(leveringen: DuoLevering[]): string[] {
  return leveringen.map((l) => (l.soort === 'onleesbaar' ? `${l.volgnummer} onleesbaar ${l.meldingsnummer} ${l.gemeente} ${l.velden.join(',')}` : `${l.volgnummer} ${l.soort} ${l.meldingsnummer}`));
}

describe('RodVerzuimClient against the DUO simulator', () => {
  let sim: DuoSimulatorHandle;
  let client: RodVerzuimClient;

  beforeAll(async () => {
    sim = await startDuoSimulatorInWorker({ apiKey: API_KEY, nu: NU });
    client = new RodVerzuimClient({ baseUrl: sim.url, apiKey: API_KEY, timeoutMs: 5_000 });
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await sim.reset();
  });

  describe('haalMeldingenOp', () => {
    const GEMEENTEN = ['0193', '0166', '0193', '0193', '0153', '0166', '0193', '0193'];
    const vulFeed = () => sim.meldingen(GEMEENTEN.map((gemeente, index) => melding(index + 1, { gemeente })));

    it('pages through the gemeente asked for in volgnummer order, the cursor moving past other gemeenten', async () => {
      expect((await vulFeed()).volgnummers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const paginas: [number[], number][] = [];
      let vanaf = 0;
      for (let i = 0; i < 4; i += 1) {
        const { leveringen, volgendeVanaf } = await client.haalMeldingenOp(['0193'], vanaf, 2);
        paginas.push([leveringen.map((l) => l.volgnummer), volgendeVanaf]);
        vanaf = volgendeVanaf;
      }
      expect(paginas).toEqual([
        [[1, 3], 4],
        [[4, 7], 8],
        [[8], 9],
        [[], 9],
      ]);
    });

    it('delivers every entry exactly once, whichever way the gemeenten are split (volgnummer continuity)', async () => {
      await vulFeed();
      const alles = async (gemeenten: string[], max: number): Promise<number[]> => {
        const gezien: number[] = [];
        for (let vanaf = 0, klaar = false; !klaar; ) {
          const pagina = await client.haalMeldingenOp(gemeenten, vanaf, max);
          gezien.push(...pagina.leveringen.map((l) => l.volgnummer));
          klaar = pagina.leveringen.length === 0;
          vanaf = pagina.volgendeVanaf;
        }
        return gezien;
      };
      const zwolle = await alles(['0193'], 3);
      const rest = await alles(['0166', '0153'], 3);
      expect(zwolle.filter((n) => rest.includes(n))).toEqual([]);
      expect([...zwolle, ...rest].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await alles(['0193', '0166', '0153'], 1000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('moves the cursor past entries of other gemeenten, so a quiet gemeente does not rescan them', async () => {
      await sim.meldingen([melding(1), melding(2, { gemeente: '0166' }), melding(3, { gemeente: '0166' })]);
      expect(await client.haalMeldingenOp(['0193'], 2)).toEqual({ leveringen: [], volgendeVanaf: 4 });
      expect(await client.haalMeldingenOp(['0193'], 4)).toEqual({ leveringen: [], volgendeVanaf: 4 });
    });

    it('uses a page of at most 500 when no max is given', async () => {
      await sim.meldingen(Array.from({ length: 501 }, (_, i) => melding(i + 1)));
      const { leveringen, volgendeVanaf } = await client.haalMeldingenOp(['0193'], 0);
      expect([leveringen.length, volgendeVanaf]).toEqual([500, 501]);
    });

    it('delivers malformed meldingen as onleesbaar next to the good ones, naming the fields and none of the values', async () => {
      const naam = { geboortedatum: '2011-01-01', naam: 'Zoë Onleesbaar' };
      await sim.meldingen([
        melding(1),
        melding(2, { leerling: { burgerservicenummer: ONGELDIG_BSN, ...naam } }),
        melding(3),
        melding(4, { vermoedelijkeSoortVerzuim: 'ernstig-verzuim', leerling: { burgerservicenummer: BSNS[4], ...naam } }),
        melding(5, { begindatumVerzuim: '2027-02-29' }),
        melding(6, { einddatumVerzuim: '2026-10-01' }),
        melding(7, { verzuimspecificatie: { verzuimuren: 2000 } }),
        melding(8, { melder: { functie: 'mentor' }, school: { brin: 'Zwolle', onderwijssoort: 'VO' } }),
        melding(9),
      ]);
      const { leveringen, volgendeVanaf } = await client.haalMeldingenOp(['0193'], 0);
      expect(samenvatting(leveringen)).toEqual([
        '1 melding VM-C-1',
        '2 onleesbaar VM-C-2 0193 leerling.bsn',
        '3 melding VM-C-3',
        '4 onleesbaar VM-C-4 0193 duoCategorie',
        '5 onleesbaar VM-C-5 0193 beginDatum',
        '6 onleesbaar VM-C-6 0193 eindDatum',
        '7 onleesbaar VM-C-7 0193 verzuimuren',
        '8 onleesbaar VM-C-8 0193 school.brin,melder.naam',
        '9 melding VM-C-9',
      ]);
      expect(volgendeVanaf).toBe(10);
      const onleesbaar = JSON.stringify(leveringen.filter((l) => l.soort === 'onleesbaar'));
      expect(onleesbaar).not.toMatch(new RegExp([ONGELDIG_BSN, BSNS[4], 'Zoë', 'Onleesbaar', '2011-01-01', 'ernstig', '2027-02-29', '2000', 'Zwolle', 'mentor'].join('|')));
    });

    it('attributes a melding with a broken gemeente field to the gemeente DUO routed it to', async () => {
      await sim.meldingen([melding(1, { gemeente: 'Zwolle' })], { gemeente: '0193' });
      expect((await client.haalMeldingenOp(['0193'], 0)).leveringen).toEqual([{ volgnummer: 1, soort: 'onleesbaar', meldingsnummer: 'VM-C-1', gemeente: '0193', velden: ['gemeente'] }]);
    });

    it('reads a melding with only an onderwijsnummer as a valid melding without BSN', async () => {
      await sim.meldingen([melding(1, { leerling: { onderwijsnummer: '101234561', naam: 'Milan Bakker' } })]);
      const [levering] = (await client.haalMeldingenOp(['0193'], 0)).leveringen;
      expect(levering).toMatchObject({ soort: 'melding', melding: { leerling: { bsn: null, onderwijsnummer: '101234561', geboortedatum: null, naam: 'Milan Bakker' } } });
    });

    it.each<[string, DuoVerzuimsoort]>([
      ['16-uur-in-4-weken', 'wettelijk'],
      ['langdurig-relatief-verzuim', 'langdurig-relatief'],
      ['rmc-18-plus', 'achttien-plus'],
      ['luxe-verzuim', 'luxe'],
      ['overig-verzuim-ziekte-schorsing', 'overig'],
      ['beginnend-verzuim', 'overig'],
      ['signaal-verzuim', 'overig'],
      ['een-maand-of-langer', 'langdurig-relatief'],
    ])('maps DUO category %s to verzuimsoort %s, keeping the raw code', async (categorie, soort) => {
      await sim.meldingen([melding(1, { vermoedelijkeSoortVerzuim: categorie })]);
      const [levering] = (await client.haalMeldingenOp(['0193'], 0)).leveringen;
      expect(levering).toMatchObject({ soort: 'melding', melding: { duoCategorie: categorie, verzuimsoort: soort } });
    });

    it("takes registratietijdstip from DUO's clock and status geregistreerd when the school sent neither", async () => {
      await sim.meldingen([melding(1, { registratietijdstip: undefined, status: undefined })]);
      const [levering] = (await client.haalMeldingenOp(['0193'], 0)).leveringen;
      expect(levering).toMatchObject({ soort: 'melding', melding: { registratietijdstip: NU, status: 'geregistreerd' } });
    });

    it('delivers a withdrawal by the school as a statuswijziging after the melding', async () => {
      await sim.meldingen([melding(1)]);
      expect(await sim.intrekken('VM-C-1')).toEqual({ volgnummer: 2 });
      const { leveringen } = await client.haalMeldingenOp(['0193'], 2);
      expect(leveringen).toEqual([{ volgnummer: 2, soort: 'statuswijziging', meldingsnummer: 'VM-C-1', status: 'ingetrokken', tijdstip: NU }]);
      expect((await client.haalMeldingenOp(['0166'], 0)).leveringen).toEqual([]);
    });

    it('passes a redelivered melding on as the feed has it (the intake deduplicates on meldingsnummer)', async () => {
      await sim.meldingen([melding(1), melding(1)]);
      const { leveringen } = await client.haalMeldingenOp(['0193'], 0);
      expect(samenvatting(leveringen)).toEqual(['1 melding VM-C-1', '2 melding VM-C-1']);
    });

    it.each<[string, string[], number, number | undefined]>([
      ['no gemeenten', [], 0, undefined],
      ['a gemeente name', ['Zwolle'], 0, undefined],
      ['a negative cursor', ['0193'], -1, undefined],
      ['a page over 1000', ['0193'], 0, 1001],
    ])('is refused DUO_GEWEIGERD ONGELDIG_VERZOEK for %s', async (_naam, gemeenten, vanaf, max) => {
      const fout = await duoFout(client.haalMeldingenOp(gemeenten, vanaf, max));
      expect([fout.code, fout.redenCode, fout.message]).toEqual(['DUO_GEWEIGERD', 'ONGELDIG_VERZOEK', 'DUO weigerde het verzoek (HTTP 400 ONGELDIG_VERZOEK)']);
    });
  });

  describe('stuurTerugkoppeling', () => {
    beforeEach(async () => {
      await sim.meldingen([melding(1), melding(2)]);
    });

    const status = async (meldingsnummer: string) => (await sim.terugkoppelingen(meldingsnummer)).statussen[meldingsnummer];

    /** Brings VM-C-1 into `doel` the way DUO would get there. */
    async function brengNaar(doel: string): Promise<void> {
      if (doel === 'ingetrokken') {
        await sim.intrekken('VM-C-1');
        return;
      }
      if (doel === 'in-behandeling' || doel === 'afgesloten' || doel === 'ter-kennisgeving-aangenomen') {
        await client.stuurTerugkoppeling(terugkoppeling('VM-C-1', doel));
      }
    }

    it('takes a melding up, updates its actions and closes it; DUO records exactly what was sent', async () => {
      const opgepakt = terugkoppeling('VM-C-1', 'in-behandeling');
      const bijgewerkt = terugkoppeling('VM-C-1', 'in-behandeling', { acties: ['Huisbezoek', 'Gesprek met jeugdarts'] });
      const gesloten = terugkoppeling('VM-C-1', 'afgesloten', { afsluitreden: 'geen-verzuim-langdurig-ziek', toelichting: 'geen-actie-meer' });
      for (const t of [opgepakt, bijgewerkt, gesloten]) {
        expect(await client.stuurTerugkoppeling(t)).toEqual({ ontvangenOp: NU, herhaald: false });
      }
      const ontvangen = await sim.terugkoppelingen('VM-C-1');
      expect(ontvangen.terugkoppelingen).toEqual([opgepakt, bijgewerkt, gesloten].map((t) => ({ ...t, ontvangenOp: NU })));
      expect(ontvangen.statussen).toEqual({ 'VM-C-1': 'afgesloten' });
      expect(await status('VM-C-2')).toBe('geregistreerd');
    });

    it.each(['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen'])('moves a geregistreerde melding to %s', async (doel) => {
      expect((await client.stuurTerugkoppeling(terugkoppeling('VM-C-1', doel))).herhaald).toBe(false);
      expect(await status('VM-C-1')).toBe(doel);
    });

    it.each([
      ['in-behandeling', 'ter-kennisgeving-aangenomen'],
      ['afgesloten', 'in-behandeling'],
      ['afgesloten', 'afgesloten'],
      ['ter-kennisgeving-aangenomen', 'in-behandeling'],
      ['ter-kennisgeving-aangenomen', 'afgesloten'],
      ['ingetrokken', 'in-behandeling'],
      ['ingetrokken', 'ter-kennisgeving-aangenomen'],
    ])('refuses %s → %s with ONGELDIGE_OVERGANG and changes nothing', async (van, naar) => {
      await brengNaar(van);
      const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', naar)));
      expect([fout.code, fout.redenCode]).toEqual(['DUO_GEWEIGERD', 'ONGELDIGE_OVERGANG']);
      expect(await status('VM-C-1')).toBe(van);
    });

    it('refuses a terugkoppeling on an unknown melding with MELDING_ONBEKEND', async () => {
      const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-404', 'in-behandeling')));
      expect([fout.code, fout.redenCode, fout.message]).toEqual(['DUO_GEWEIGERD', 'MELDING_ONBEKEND', 'DUO weigerde het verzoek (HTTP 404 MELDING_ONBEKEND)']);
    });

    it.each(['overgedragen-aan-derden', 'geregistreerd', 'ingetrokken', 'In behandeling'])(
      'refuses status %s with STATUS_NIET_TOEGESTAAN (koppelingen §1.4) and records nothing',
      async (verboden) => {
        const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', verboden)));
        expect([fout.code, fout.redenCode]).toEqual(['DUO_GEWEIGERD', 'STATUS_NIET_TOEGESTAAN']);
        expect(await sim.terugkoppelingen('VM-C-1')).toEqual({ terugkoppelingen: [], statussen: { 'VM-C-1': 'geregistreerd' } });
      },
    );

    it.each<[string, Partial<Record<keyof DuoTerugkoppeling, unknown>>, string]>([
      ['without afsluitreden', { afsluitreden: null }, 'AFSLUITREDEN_ONTBREEKT'],
      ['without toelichting', { toelichting: null }, 'AFSLUITREDEN_ONTBREEKT'],
      ['with an afsluitreden not in the list', { afsluitreden: 'verhuisd' }, 'ONGELDIGE_CODE'],
      ['with a toelichting not in the list', { toelichting: 'thuiszitter' }, 'ONGELDIGE_CODE'],
    ])('refuses afgesloten %s (Besluit verzuimmelding, bijlage) and keeps the melding open', async (_naam, overschrijf, redenCode) => {
      await brengNaar('in-behandeling');
      const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'afgesloten', overschrijf)));
      expect([fout.code, fout.redenCode]).toEqual(['DUO_GEWEIGERD', redenCode]);
      expect(await status('VM-C-1')).toBe('in-behandeling');
    });

    it('refuses a closure reason on a melding that is not being closed', async () => {
      const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling', { afsluitreden: 'terug-naar-school' })));
      expect(fout.redenCode).toBe('AFSLUITREDEN_NIET_TOEGESTAAN');
    });

    it.each(DUO_AFSLUITREDENEN.map((reden, index) => [reden, DUO_TOELICHTINGEN[index % DUO_TOELICHTINGEN.length]]))(
      'accepts afsluitreden %s (with toelichting %s)',
      async (afsluitreden, toelichting) => {
        await client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'afgesloten', { afsluitreden, toelichting }));
        expect((await sim.terugkoppelingen('VM-C-1')).terugkoppelingen).toEqual([expect.objectContaining({ afsluitreden, toelichting })]);
      },
    );

    it('answers a resend of the same terugkoppelingId as the first time, marked herhaald, and records it once', async () => {
      const t = terugkoppeling('VM-C-1', 'in-behandeling');
      const eerste = await client.stuurTerugkoppeling(t);
      const tweede = await client.stuurTerugkoppeling(t);
      expect([eerste, tweede]).toEqual([
        { ontvangenOp: NU, herhaald: false },
        { ontvangenOp: NU, herhaald: true },
      ]);
      expect((await sim.terugkoppelingen('VM-C-1')).terugkoppelingen).toHaveLength(1);
    });

    it('answers a late resend as herhaald even after the melding moved on, and changes nothing', async () => {
      const opgepakt = terugkoppeling('VM-C-1', 'in-behandeling');
      await client.stuurTerugkoppeling(opgepakt);
      await client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'afgesloten'));
      expect(await client.stuurTerugkoppeling(opgepakt)).toEqual({ ontvangenOp: NU, herhaald: true });
      const ontvangen = await sim.terugkoppelingen('VM-C-1');
      expect([ontvangen.terugkoppelingen.map((t) => t.status), ontvangen.statussen['VM-C-1']]).toEqual([['in-behandeling', 'afgesloten'], 'afgesloten']);
    });

    it('puts no value of the terugkoppeling in the error message', async () => {
      await brengNaar('afgesloten');
      const fout = await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')));
      expect(fout.message).toBe('DUO weigerde het verzoek (HTTP 409 ONGELDIGE_OVERGANG)');
    });
  });

  describe('failures', () => {
    it('maps a wrong API key (401) to DUO_GEWEIGERD NIET_GEAUTHENTICEERD, for both operations', async () => {
      const zonderSleutel = new RodVerzuimClient({ baseUrl: sim.url, apiKey: 'fout' });
      for (const fout of [await duoFout(zonderSleutel.haalMeldingenOp(['0193'], 0)), await duoFout(zonderSleutel.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')))]) {
        expect([fout.code, fout.redenCode, fout.message]).toEqual(['DUO_GEWEIGERD', 'NIET_GEAUTHENTICEERD', 'DUO weigerde het verzoek (HTTP 401 NIET_GEAUTHENTICEERD)']);
      }
    });

    it('maps a storing (503) to DUO_NIET_BESCHIKBAAR, for both operations, until it is over', async () => {
      await sim.meldingen([melding(1)]);
      await sim.storing(true);
      for (const fout of [await duoFout(client.haalMeldingenOp(['0193'], 0)), await duoFout(client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')))]) {
        expect([fout.code, fout.redenCode, fout.message]).toEqual(['DUO_NIET_BESCHIKBAAR', undefined, 'DUO niet beschikbaar (HTTP 503)']);
      }
      await sim.storing(false);
      expect((await client.haalMeldingenOp(['0193'], 0)).leveringen).toHaveLength(1);
      expect((await client.stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling'))).herhaald).toBe(false);
    });
  });
});

describe('RodVerzuimClient against a misbehaving DUO', () => {
  let server: Server;
  let baseUrl: string;
  let antwoord: () => { status: number; body: string; headers?: Record<string, string> } | undefined;
  let ontvangen: { pad: string; methode: string; headers: Record<string, string | string[] | undefined>; body: unknown }[];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const delen: Buffer[] = [];
      request.on('data', (deel: Buffer) => delen.push(deel));
      request.on('end', () => {
        ontvangen.push({ pad: request.url ?? '', methode: request.method ?? '', headers: request.headers, body: JSON.parse(Buffer.concat(delen).toString('utf8')) as unknown });
        const gekozen = antwoord();
        if (gekozen === undefined) return; // never answer: a hanging DUO
        response.writeHead(gekozen.status, { 'content-type': 'application/json', ...gekozen.headers });
        response.end(gekozen.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    ontvangen = [];
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () => new RodVerzuimClient({ baseUrl: `${baseUrl}/`, apiKey: API_KEY, timeoutMs: 2_000 });
  const leveringen = (body: unknown) => {
    antwoord = () => ({ status: 200, body: JSON.stringify(body) });
    return client().haalMeldingenOp(['0193'], 1, 10);
  };

  it('sends the documented requests: POST, JSON, X-Api-Key, wire field names', async () => {
    antwoord = () => ({ status: 200, body: JSON.stringify({ leveringen: [], volgendeVanaf: 0 }) });
    await client().haalMeldingenOp(['0193', '0166'], 0);
    antwoord = () => ({ status: 200, body: JSON.stringify({ ontvangenOp: NU, herhaald: false }) });
    const t = terugkoppeling('VM-C-1', 'afgesloten');
    await client().stuurTerugkoppeling(t);
    expect(ontvangen.map((r) => [r.methode, r.pad, r.headers['x-api-key'], r.headers['content-type']])).toEqual([
      ['POST', '/rod/verzuimmeldingen/leveringen', API_KEY, 'application/json'],
      ['POST', '/rod/verzuimmeldingen/terugkoppeling', API_KEY, 'application/json'],
    ]);
    expect(ontvangen.map((r) => r.body)).toEqual([
      { gemeenten: ['0193', '0166'], vanaf: 0 },
      {
        terugkoppelingId: t.terugkoppelingId,
        meldingsnummer: 'VM-C-1',
        statusMelding: 'afgesloten',
        acties: t.acties,
        redenAfsluiting: 'terug-naar-school',
        toelichtingAfsluiting: 'leerling-gezien-door-gemeente',
        gemeentelijkeContactpersoon: { naam: 'P. Jansen', functie: 'leerplichtambtenaar', telefoonnummer: '038-4982000', emailadres: 'leerplicht@zwolle.example' },
      },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['leveringen is not a list', { leveringen: 'geen', volgendeVanaf: 2 }, "DUO-antwoord leveringen: veld 'leveringen' heeft type string, verwacht array"],
    ['volgendeVanaf is missing', { leveringen: [] }, "DUO-antwoord leveringen: veld 'volgendeVanaf' ontbreekt"],
    ['an entry has no volgnummer', { leveringen: [{ soort: 'melding', meldingsnummer: '999990019' }], volgendeVanaf: 2 }, "DUO-antwoord leveringen: veld 'leveringen[0].volgnummer' ontbreekt"],
    ['a volgnummer is text', { leveringen: [{ volgnummer: '999990019' }], volgendeVanaf: 2 }, "DUO-antwoord leveringen: veld 'leveringen[0].volgnummer' heeft type string, verwacht number"],
    ['volgnummers go backwards', { leveringen: [{ volgnummer: 3 }, { volgnummer: 2 }], volgendeVanaf: 4 }, "DUO-antwoord leveringen: veld 'leveringen[1].volgnummer' is niet oplopend vanaf 1"],
    ['the cursor does not move past the page', { leveringen: [{ volgnummer: 3 }], volgendeVanaf: 3 }, "DUO-antwoord leveringen: veld 'volgendeVanaf' ligt niet na de geleverde volgnummers"],
    ['more than max entries', { leveringen: Array.from({ length: 11 }, (_, i) => ({ volgnummer: i + 1 })), volgendeVanaf: 12 }, 'DUO-antwoord leveringen: meer dan 10 leveringen'],
  ])('maps a page where %s to DUO_ONGELDIG_ANTWOORD, quoting no value', async (_naam, body, message) => {
    const fout = await duoFout(leveringen(body));
    expect([fout.code, fout.message]).toEqual(['DUO_ONGELDIG_ANTWOORD', message]);
  });

  it('reads a page whose entries are broken in different ways as onleesbaar, entry by entry', async () => {
    const { leveringen: gelezen } = await leveringen({
      leveringen: [
        { volgnummer: 1, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-X-1', melding: 'Fenna Mulder 999990019' },
        { volgnummer: 2, soort: 'adreswijziging', gemeente: '0193', meldingsnummer: 'VM-X-1' },
        { volgnummer: 4, soort: 'melding', gemeente: '0166', meldingsnummer: 'VM-C-4', melding: melding(4, { gemeente: '0166' }) },
        { volgnummer: 5, soort: 'statuswijziging', gemeente: '0193', meldingsnummer: 'VM-X-1', status: 'ingetrokken', tijdstip: 'gisteren' },
        { volgnummer: 6, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-C-6', melding: melding(6) },
      ],
      volgendeVanaf: 7,
    });
    expect(samenvatting(gelezen)).toEqual([
      '1 onleesbaar VM-X-1 0193 melding',
      '2 onleesbaar VM-X-1 0193 soort',
      '4 onleesbaar VM-C-4 null gemeente',
      '5 onleesbaar VM-X-1 0193 tijdstip',
      '6 melding VM-C-6',
    ]);
    expect(JSON.stringify(gelezen.slice(0, 4))).not.toMatch(/Fenna|999990019|gisteren|adreswijziging/);
  });

  it('maps a non-JSON answer and a terugkoppeling answer without herhaald to DUO_ONGELDIG_ANTWOORD', async () => {
    antwoord = () => ({ status: 200, body: '<html>proxy</html>' });
    expect(await duoFout(client().haalMeldingenOp(['0193'], 0))).toMatchObject({ code: 'DUO_ONGELDIG_ANTWOORD', message: 'DUO-antwoord is geen JSON' });
    antwoord = () => ({ status: 200, body: JSON.stringify({ ontvangenOp: NU }) });
    expect(await duoFout(client().stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')))).toMatchObject({
      code: 'DUO_ONGELDIG_ANTWOORD',
      message: "DUO-antwoord terugkoppeling: veld 'herhaald' ontbreekt",
    });
    antwoord = () => ({ status: 302, body: '', headers: { location: 'http://elders.example/' } });
    expect(await duoFout(client().haalMeldingenOp(['0193'], 0))).toMatchObject({ code: 'DUO_ONGELDIG_ANTWOORD', message: 'DUO-antwoord heeft een onverwachte status (HTTP 302)' });
  });

  it('maps a timeout to DUO_NIET_BESCHIKBAAR', async () => {
    antwoord = () => undefined;
    const fout = await duoFout(new RodVerzuimClient({ baseUrl, apiKey: API_KEY, timeoutMs: 200 }).haalMeldingenOp(['0193'], 0));
    expect([fout.code, fout.message]).toEqual(['DUO_NIET_BESCHIKBAAR', 'DUO gaf geen antwoord binnen 200 ms']);
  });

  it('maps a closed port to DUO_NIET_BESCHIKBAAR', async () => {
    const fout = await duoFout(new RodVerzuimClient({ baseUrl: 'http://127.0.0.1:1', apiKey: API_KEY }).haalMeldingenOp(['0193'], 0));
    expect([fout.code, fout.message]).toEqual(['DUO_NIET_BESCHIKBAAR', 'DUO niet bereikbaar (netwerkfout)']);
  });

  it.each([500, 502, 504, 408, 429])('maps HTTP %i to DUO_NIET_BESCHIKBAAR (retry later)', async (status) => {
    antwoord = () => ({ status, body: '{}' });
    expect(await duoFout(client().stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')))).toMatchObject({ code: 'DUO_NIET_BESCHIKBAAR', message: `DUO niet beschikbaar (HTTP ${status})` });
  });

  it('copies only a well-formed reason code from a refusal, never other text', async () => {
    antwoord = () => ({ status: 422, body: JSON.stringify({ status: 422, code: 'Fenna Mulder 999990019', detail: 'Fenna Mulder' }) });
    const fout = await duoFout(client().stuurTerugkoppeling(terugkoppeling('VM-C-1', 'in-behandeling')));
    expect([fout.code, fout.redenCode, fout.message]).toEqual(['DUO_GEWEIGERD', undefined, 'DUO weigerde het verzoek (HTTP 422)']);
    antwoord = () => ({ status: 403, body: 'Forbidden' });
    expect(await duoFout(client().haalMeldingenOp(['0193'], 0))).toMatchObject({ code: 'DUO_GEWEIGERD', redenCode: undefined, message: 'DUO weigerde het verzoek (HTTP 403)' });
  });
});
