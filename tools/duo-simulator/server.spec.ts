import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from '@leerrecht/verzuim/data-access-duo';

const API_KEY = 'sim-sleutel';
const NU = '2026-11-02T08:00:00.000Z';
const SERVER = join(__dirname, 'server.mjs');
const BSN = '999990019';

/** A raw melding in the wire format of README.md. */
function melding(nummer: number, overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meldingsnummer: `VM-S-${nummer}`,
    gemeente: '0193',
    leerling: { burgerservicenummer: BSN, naam: 'Fenna Mulder' },
    school: { brin: '99XX', onderwijssoort: 'VO' },
    begindatumVerzuim: '2026-10-05',
    vermoedelijkeSoortVerzuim: '16-uur-in-4-weken',
    melder: { naam: 'A. de Wit' },
    ...overschrijf,
  };
}

function terugkoppeling(meldingsnummer: string, overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    terugkoppelingId: randomUUID(),
    meldingsnummer,
    statusMelding: 'in-behandeling',
    acties: ['Huisbezoek'],
    redenAfsluiting: null,
    toelichtingAfsluiting: null,
    gemeentelijkeContactpersoon: { naam: 'P. Jansen', functie: null, telefoonnummer: null, emailadres: null },
    ...overschrijf,
  };
}

const PADEN = [
  '/rod/verzuimmeldingen/leveringen',
  '/rod/verzuimmeldingen/terugkoppeling',
  '/_sim/meldingen',
  '/_sim/intrekken',
  '/_sim/terugkoppelingen',
  '/_sim/storing',
  '/_sim/reset',
] as const;

describe('DUO simulator', () => {
  let sim: DuoSimulatorHandle;

  const post = async (pad: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${sim.url}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const tekst = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', headers: response.headers, tekst, json: JSON.parse(tekst) as Record<string, unknown> };
  };
  const leveringen = (body: Record<string, unknown>) => post('/rod/verzuimmeldingen/leveringen', body);
  const koppelTerug = (body: Record<string, unknown>) => post('/rod/verzuimmeldingen/terugkoppeling', body);

  beforeAll(async () => {
    // Start-up meldingen as NDJSON text, as --data gives them.
    sim = await startDuoSimulatorInWorker({ apiKey: API_KEY, nu: NU, meldingen: `${JSON.stringify(melding(1))}\n\n${JSON.stringify(melding(2, { gemeente: '0166' }))}\n` });
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await sim.reset();
  });

  describe('leveringen', () => {
    it('serves each melding exactly as stored, with the envelope and the fields DUO fills on registration', async () => {
      const eigen = melding(3, { onbekendVeld: { bewaard: true }, status: 'in-behandeling', registratietijdstip: '2026-10-30T10:00:00+01:00' });
      await sim.meldingen([eigen]);
      const { status, contentType, json } = await leveringen({ gemeenten: ['0193'], vanaf: 0 });
      expect([status, contentType]).toEqual([200, 'application/json; charset=utf-8']);
      expect(json).toEqual({
        leveringen: [
          { volgnummer: 1, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-S-1', melding: { ...melding(1), registratietijdstip: NU, status: 'geregistreerd' } },
          { volgnummer: 3, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-S-3', melding: eigen },
        ],
        volgendeVanaf: 4,
      });
    });

    it('pages with max and moves the cursor past other gemeenten', async () => {
      await sim.meldingen([melding(3), melding(4, { gemeente: '0166' }), melding(5)]);
      const pagina = async (vanaf: number) => {
        const { json } = await leveringen({ gemeenten: ['0193'], vanaf, max: 1 });
        return [(json.leveringen as { volgnummer: number }[]).map((l) => l.volgnummer), json.volgendeVanaf];
      };
      expect([await pagina(0), await pagina(2), await pagina(4), await pagina(6)]).toEqual([
        [[1], 2],
        [[3], 4],
        [[5], 6],
        [[], 6],
      ]);
    });

    it.each<[string, Record<string, unknown>, { name: string; code: string }[]]>([
      ['no gemeenten', { vanaf: 0 }, [{ name: 'gemeenten', code: 'required' }]],
      ['an empty list', { gemeenten: [], vanaf: 0 }, [{ name: 'gemeenten', code: 'minItems' }]],
      ['a gemeente name', { gemeenten: ['0193', 'Zwolle'], vanaf: 0 }, [{ name: 'gemeenten[1]', code: 'pattern' }]],
      ['no vanaf', { gemeenten: ['0193'] }, [{ name: 'vanaf', code: 'required' }]],
      ['a negative vanaf', { gemeenten: ['0193'], vanaf: -3 }, [{ name: 'vanaf', code: 'integer' }]],
      ['max 0', { gemeenten: ['0193'], vanaf: 0, max: 0 }, [{ name: 'max', code: 'integer' }]],
      ['max 1001', { gemeenten: ['0193'], vanaf: 0, max: 1001 }, [{ name: 'max', code: 'integer' }]],
      ['an unknown parameter', { gemeenten: ['0193'], vanaf: 0, bsn: BSN }, [{ name: 'bsn', code: 'unknownParam' }]],
    ])('answers 400 ONGELDIG_VERZOEK for %s, naming the parameter and never echoing a value', async (_naam, body, verwacht) => {
      const antwoord = await leveringen(body);
      expect(antwoord.status).toBe(400);
      expect(antwoord.contentType).toMatch(/^application\/problem\+json/);
      expect(antwoord.json).toMatchObject({ status: 400, code: 'ONGELDIG_VERZOEK', instance: '/rod/verzuimmeldingen/leveringen' });
      expect((antwoord.json.invalidParams as { name: string; code: string }[]).map(({ name, code }) => ({ name, code }))).toEqual(verwacht);
      expect(antwoord.tekst).not.toMatch(new RegExp(`${BSN}|Zwolle|-3|1001`));
    });
  });

  describe('terugkoppeling', () => {
    it('accepts a valid terugkoppeling and records it with ontvangenOp', async () => {
      const body = terugkoppeling('VM-S-1');
      expect((await koppelTerug(body)).json).toEqual({ ontvangenOp: NU, herhaald: false });
      expect((await post('/_sim/terugkoppelingen', {})).json).toEqual({
        terugkoppelingen: [{ ...body, ontvangenOp: NU }],
        statussen: { 'VM-S-1': 'in-behandeling', 'VM-S-2': 'geregistreerd' },
      });
      expect((await post('/_sim/terugkoppelingen', { meldingsnummer: 'VM-S-2' })).json).toEqual({ terugkoppelingen: [], statussen: { 'VM-S-2': 'geregistreerd' } });
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['no terugkoppelingId', { terugkoppelingId: undefined }, ['terugkoppelingId']],
      ['an id that is not a uuid', { terugkoppelingId: 'Fenna-Mulder' }, ['terugkoppelingId']],
      ['acties that are not a list', { acties: 'Huisbezoek bij Fenna Mulder' }, ['acties']],
      ['an empty action', { acties: ['Huisbezoek', ' '] }, ['acties[1]']],
      ['a contactpersoon without naam', { gemeentelijkeContactpersoon: { functie: 'lpa' } }, ['gemeentelijkeContactpersoon.naam']],
      ['an internal handover field', { overgedragenAan: 'Wijkteam Fenna' }, ['overgedragenAan']],
    ])('answers 400 for %s, naming the field and never echoing a value', async (_naam, overschrijf, namen) => {
      const antwoord = await koppelTerug(terugkoppeling('VM-S-1', overschrijf));
      expect([antwoord.status, antwoord.json.code]).toEqual([400, 'ONGELDIG_VERZOEK']);
      expect((antwoord.json.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(namen);
      expect(antwoord.tekst).not.toMatch(/Fenna|Mulder|Huisbezoek|Jansen|VM-S-1/);
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['an unknown melding', { meldingsnummer: 'VM-S-99' }, 404, 'MELDING_ONBEKEND'],
      ['overgedragen-aan-derden (dropped 12 August 2020)', { statusMelding: 'overgedragen-aan-derden' }, 422, 'STATUS_NIET_TOEGESTAAN'],
      ['afgesloten without a reason', { statusMelding: 'afgesloten', toelichtingAfsluiting: 'geen-actie-meer' }, 422, 'AFSLUITREDEN_ONTBREEKT'],
      ['afgesloten with a reason not in the list', { statusMelding: 'afgesloten', redenAfsluiting: 'verhuisd', toelichtingAfsluiting: 'geen-actie-meer' }, 422, 'ONGELDIGE_CODE'],
      ['a reason without afgesloten', { redenAfsluiting: 'terug-naar-school' }, 422, 'AFSLUITREDEN_NIET_TOEGESTAAN'],
    ])('answers problem+json for %s: status and code, no value', async (_naam, overschrijf, status, code) => {
      const antwoord = await koppelTerug(terugkoppeling('VM-S-1', overschrijf));
      expect(antwoord.contentType).toMatch(/^application\/problem\+json/);
      expect(antwoord.json).toMatchObject({ status, code, instance: '/rod/verzuimmeldingen/terugkoppeling', title: expect.any(String) });
      expect(antwoord.tekst).not.toMatch(/VM-S-|verhuisd|overgedragen-aan|Jansen|Huisbezoek/);
      expect((await post('/_sim/terugkoppelingen', {})).json.terugkoppelingen).toEqual([]);
    });

    it('answers 409 ONGELDIGE_OVERGANG naming the current status and what may follow', async () => {
      await koppelTerug(terugkoppeling('VM-S-1', { statusMelding: 'ter-kennisgeving-aangenomen' }));
      const antwoord = await koppelTerug(terugkoppeling('VM-S-1'));
      expect(antwoord.json).toMatchObject({ status: 409, code: 'ONGELDIGE_OVERGANG', detail: 'Huidige status: ter-kennisgeving-aangenomen; toegestaan: geen (eindstatus).' });
    });

    it('is idempotent per terugkoppelingId, also when the id is sent in capitals', async () => {
      const body = terugkoppeling('VM-S-1');
      await koppelTerug(body);
      const herhaald = await koppelTerug({ ...body, terugkoppelingId: String(body.terugkoppelingId).toUpperCase(), statusMelding: 'afgesloten' });
      expect(herhaald.json).toEqual({ ontvangenOp: NU, herhaald: true });
      expect((await post('/_sim/terugkoppelingen', { meldingsnummer: 'VM-S-1' })).json.statussen).toEqual({ 'VM-S-1': 'in-behandeling' });
    });
  });

  describe('HTTP', () => {
    it.each(PADEN)('refuses %s without the right X-Api-Key: 401 problem+json', async (pad) => {
      for (const headers of [{ 'x-api-key': 'fout' }, { 'x-api-key': '' }]) {
        const antwoord = await post(pad, {}, headers);
        expect([antwoord.status, antwoord.contentType.split(';')[0], antwoord.json.code, antwoord.json.title]).toEqual([401, 'application/problem+json', 'NIET_GEAUTHENTICEERD', 'Niet correct geauthenticeerd.']);
      }
    });

    it('answers 404, 405, 415 and 400 for unknown paths, other methods, non-JSON and broken JSON', async () => {
      expect((await post('/rod/verzuimmeldingen', {})).json).toMatchObject({ status: 404, code: 'NIET_GEVONDEN' });
      expect((await post('/constructor', {})).status).toBe(404);
      expect((await fetch(`${sim.url}/rod/verzuimmeldingen/leveringen`, { headers: { 'x-api-key': API_KEY } })).status).toBe(405);
      expect((await post('/rod/verzuimmeldingen/leveringen', 'vanaf=0', { 'content-type': 'application/x-www-form-urlencoded' })).json).toMatchObject({ status: 415, code: 'MEDIATYPE_NIET_ONDERSTEUND' });
      expect((await post('/rod/verzuimmeldingen/leveringen', '{"gemeenten":')).json).toMatchObject({ status: 400, code: 'ONGELDIG_VERZOEK', invalidParams: [{ name: 'body', code: 'json' }] });
    });

    it('answers 503 with Retry-After on every /rod endpoint during a storing, before authentication; control endpoints keep working', async () => {
      await sim.storing(true);
      for (const pad of PADEN.filter((p) => p.startsWith('/rod/'))) {
        // With the right key and with a wrong one: a register that is down answers nothing else.
        for (const headers of [{}, { 'x-api-key': 'fout' }] as Record<string, string>[]) {
          const antwoord = await post(pad, {}, headers);
          expect([antwoord.status, antwoord.json.code, antwoord.headers.get('retry-after')]).toEqual([503, 'STORING', '30']);
        }
      }
      expect((await post('/_sim/terugkoppelingen', {})).status).toBe(200);
      await sim.storing(false);
      expect((await leveringen({ gemeenten: ['0193'], vanaf: 0 })).status).toBe(200);
    });
  });

  describe('test control', () => {
    it('refuses a melding it cannot route unless a gemeente is given, and then appends it as given', async () => {
      const zonderGemeente = melding(3, { gemeente: undefined });
      const geweigerd = await post('/_sim/meldingen', { meldingen: [melding(4), zonderGemeente] });
      expect([geweigerd.status, (geweigerd.json.invalidParams as { name: string }[]).map((p) => p.name)]).toEqual([400, ['meldingen[1].gemeente']]);
      expect((await leveringen({ gemeenten: ['0193'], vanaf: 3 })).json.leveringen).toEqual([]);
      expect(await sim.meldingen([zonderGemeente, 'geen object'], { gemeente: '0166' })).toEqual({ volgnummers: [3, 4] });
      expect((await leveringen({ gemeenten: ['0166'], vanaf: 3 })).json.leveringen).toEqual([
        { volgnummer: 3, soort: 'melding', gemeente: '0166', meldingsnummer: 'VM-S-3', melding: { ...zonderGemeente, registratietijdstip: NU, status: 'geregistreerd' } },
        { volgnummer: 4, soort: 'melding', gemeente: '0166', meldingsnummer: null, melding: 'geen object' },
      ]);
    });

    it('lets the school withdraw only a melding that is known and still open', async () => {
      expect(await sim.intrekken('VM-S-1')).toEqual({ volgnummer: 3 });
      expect((await leveringen({ gemeenten: ['0193'], vanaf: 3 })).json.leveringen).toEqual([
        { volgnummer: 3, soort: 'statuswijziging', gemeente: '0193', meldingsnummer: 'VM-S-1', status: 'ingetrokken', tijdstip: NU },
      ]);
      expect((await post('/_sim/intrekken', { meldingsnummer: 'VM-S-1' })).json).toMatchObject({ status: 409, code: 'ONGELDIGE_OVERGANG' });
      expect((await post('/_sim/intrekken', { meldingsnummer: 'VM-S-99' })).json).toMatchObject({ status: 404, code: 'MELDING_ONBEKEND' });
    });

    it('keeps the register status of a melding that is delivered again', async () => {
      await koppelTerug(terugkoppeling('VM-S-1'));
      await sim.meldingen([melding(1)]);
      expect((await sim.terugkoppelingen('VM-S-1')).statussen).toEqual({ 'VM-S-1': 'in-behandeling' });
    });

    it('resets to the start-up meldingen: volgnummers from 1, no terugkoppelingen, no storing', async () => {
      await sim.meldingen([melding(3)]);
      await koppelTerug(terugkoppeling('VM-S-1'));
      await sim.storing(true);
      expect((await post('/_sim/reset', {})).json).toEqual({ leveringen: 2 });
      const { json } = await leveringen({ gemeenten: ['0193', '0166'], vanaf: 0 });
      expect([(json.leveringen as { meldingsnummer: string }[]).map((l) => l.meldingsnummer), json.volgendeVanaf]).toEqual([['VM-S-1', 'VM-S-2'], 3]);
      expect((await post('/_sim/terugkoppelingen', {})).json).toEqual({ terugkoppelingen: [], statussen: { 'VM-S-1': 'geregistreerd', 'VM-S-2': 'geregistreerd' } });
    });
  });
});

describe('server.mjs CLI', () => {
  let map: string;

  beforeAll(() => {
    map = mkdtempSync(join(tmpdir(), 'duo-sim-'));
  });

  afterAll(() => {
    rmSync(map, { recursive: true, force: true });
  });

  it('serves an NDJSON file, with the API key from DUO_SIM_API_KEY, until SIGTERM', async () => {
    const bestand = join(map, 'meldingen.ndjson');
    writeFileSync(bestand, `${JSON.stringify(melding(1))}\n${JSON.stringify(melding(2, { gemeente: '0166' }))}\n`);
    const kind = spawn(process.execPath, [SERVER, '--port', '0', '--data', bestand], { env: { ...process.env, DUO_SIM_API_KEY: 'cli-sleutel' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let uitvoer = '';
        kind.stdout.on('data', (deel: Buffer) => {
          uitvoer += deel.toString('utf8');
          const gevonden = /luistert op (http:\/\/127\.0\.0\.1:\d+) \(2 meldingen\)/.exec(uitvoer);
          if (gevonden) resolve(gevonden[1]);
        });
        kind.once('exit', (code) => reject(new Error(`simulator stopte met ${code}`)));
      });
      const response = await fetch(`${url}/rod/verzuimmeldingen/leveringen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'cli-sleutel' },
        body: JSON.stringify({ gemeenten: ['0166'], vanaf: 0 }),
      });
      const { leveringen } = (await response.json()) as { leveringen: { meldingsnummer: string }[] };
      expect(leveringen.map((l) => l.meldingsnummer)).toEqual(['VM-S-2']);
    } finally {
      const gestopt = new Promise<number | null>((resolve) => kind.once('exit', resolve));
      kind.kill('SIGTERM');
      expect(await gestopt).toBe(0);
    }
  });

  it('stops with usage without an API key, and names the line of bad data without quoting it', () => {
    const zonderSleutel = spawnSync(process.execPath, [SERVER, '--port', '0'], { encoding: 'utf8', env: { ...process.env, DUO_SIM_API_KEY: '' } });
    expect([zonderSleutel.status, zonderSleutel.stderr]).toEqual([2, expect.stringContaining('gebruik:')]);
    const bestand = join(map, 'kapot.ndjson');
    writeFileSync(bestand, `${JSON.stringify(melding(1))}\n{"meldingsnummer":"VM-S-2","leerling":{"naam":"Fenna Mulder"\n`);
    const kapot = spawnSync(process.execPath, [SERVER, '--port', '0', '--api-key', 'x', '--data', bestand], { encoding: 'utf8' });
    expect(kapot.status).toBe(1);
    expect(kapot.stderr).toContain('melding 2: geen geldige JSON');
    expect(kapot.stderr).not.toContain('Fenna');
  });
});
