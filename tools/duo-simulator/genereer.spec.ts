import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { leesVerzuimmelding, RodVerzuimClient, startDuoSimulatorInWorker, type DuoVerzuimmelding } from '@leerrecht/verzuim/data-access-duo';
import { isGeldigBsn } from '@leerrecht/shared/util-bsn';

interface Opties {
  aantal: number;
  gemeenten?: string[];
  seed?: number;
  vanaf?: string;
  tot?: string;
}

const GENEREER = join(__dirname, 'genereer.mjs');
const OPTIES = { gemeenten: ['0193', '0166'], seed: 1, vanaf: '2026-08-24', tot: '2027-07-09' };

/** genereer.mjs is ESM, which Jest's CommonJS VM cannot import; a worker thread can. */
function genereer(opties: Opties): Promise<{ meldingen: unknown[]; ms: number }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(require('node:url').pathToFileURL(workerData.module).href)
       .then((m) => {
         const begin = performance.now();
         const meldingen = m.genereerMeldingen(workerData.opties);
         parentPort.postMessage({ meldingen, ms: performance.now() - begin });
       })
       .catch((e) => parentPort.postMessage({ fout: String(e.message) }));`,
    { eval: true, workerData: { module: GENEREER, opties } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (resultaat: { meldingen: unknown[]; ms: number } | { fout: string }) => {
      void worker.terminate();
      if ('fout' in resultaat) reject(new Error(resultaat.fout));
      else resolve(resultaat);
    });
    worker.once('error', reject);
  });
}

function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gj, gm, gd] = geboortedatum.split('-').map(Number);
  const [pj, pm, pd] = peildatum.split('-').map(Number);
  return pj - gj - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
}

/** Onderwijsnummer check (DUO): 9 digits starting with 10, elfproef sum leaving remainder 5. */
function isOnderwijsnummer(nummer: string): boolean {
  const som = [...nummer.slice(0, 8)].reduce((totaal, cijfer, i) => totaal + Number(cijfer) * (9 - i), 0) - Number(nummer[8]);
  return /^10\d{7}$/.test(nummer) && ((som % 11) + 11) % 11 === 5;
}

describe('genereer.mjs', () => {
  let ruw: unknown[];
  let ms: number;
  let meldingen: DuoVerzuimmelding[];

  beforeAll(async () => {
    ({ meldingen: ruw, ms } = await genereer({ aantal: 20_000, ...OPTIES }));
    meldingen = ruw.flatMap((json) => {
      const lezing = leesVerzuimmelding(json);
      return lezing.leesbaar ? [lezing.melding] : [];
    });
  });

  it('generates 20,000 meldingen well within a second or two', () => {
    expect(ruw).toHaveLength(20_000);
    expect(ms).toBeLessThan(3_000);
  });

  it('is deterministic: the same options give the same meldingen, another seed other ones', async () => {
    // Two runs with the same aantal (registrations are spread over the period according to aantal).
    const [eerste, tweede, anderZaad] = await Promise.all([genereer({ aantal: 2000, ...OPTIES }), genereer({ aantal: 2000, ...OPTIES }), genereer({ aantal: 2000, ...OPTIES, seed: 2 })]);
    expect(tweede.meldingen).toEqual(eerste.meldingen);
    expect(anderZaad.meldingen).toHaveLength(2000);
    expect(anderZaad.meldingen.slice(0, 100)).not.toEqual(eerste.meldingen.slice(0, 100));
  });

  it("gives meldingen the library's parser reads as valid DuoVerzuimmeldingen, every one", () => {
    const onleesbaar = ruw.map((json) => leesVerzuimmelding(json)).filter((lezing) => !lezing.leesbaar);
    expect(onleesbaar).toEqual([]);
    expect(meldingen).toHaveLength(20_000);
  });

  it('numbers the meldingen uniquely and uses only the gemeenten asked', () => {
    expect(new Set(meldingen.map((m) => m.meldingsnummer)).size).toBe(20_000);
    expect(new Set(meldingen.map((m) => m.gemeente))).toEqual(new Set(['0193', '0166']));
  });

  it('uses fictional BSNs starting with 9 that pass the elfproef, and some onderwijsnummers instead', () => {
    const bsns = meldingen.flatMap((m) => (m.leerling.bsn === null ? [] : [m.leerling.bsn]));
    expect(bsns.filter((bsn) => !bsn.startsWith('9') || !isGeldigBsn(bsn))).toEqual([]);
    const alleenOnderwijsnummer = meldingen.filter((m) => m.leerling.bsn === null);
    expect(alleenOnderwijsnummer.length).toBeGreaterThan(150); // 1.5% of new leerlingen
    expect(alleenOnderwijsnummer.length).toBeLessThan(500);
    expect(alleenOnderwijsnummer.filter((m) => m.leerling.onderwijsnummer === null || !isOnderwijsnummer(m.leerling.onderwijsnummer))).toEqual([]);
  });

  it('registers on werkdagen between vanaf and tot, in feed order, with the Dutch UTC offset of the day', () => {
    const tijden = meldingen.map((m) => m.registratietijdstip);
    expect(tijden.every((t, i) => i === 0 || Date.parse(t) >= Date.parse(tijden[i - 1]))).toBe(true);
    expect([tijden[0] >= '2026-08-24', tijden[tijden.length - 1] < '2027-07-10']).toEqual([true, true]);
    const weekdagen = new Set(tijden.map((t) => new Date(`${t.slice(0, 10)}T12:00:00Z`).getUTCDay()));
    expect([...weekdagen].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(tijden.filter((t) => !/T(0[89]|1[0-6]):/.test(t))).toEqual([]);
    // Zomertijd ends on 25 October 2026 and starts again on 28 March 2027.
    const offset = (van: string, tot: string) => new Set(tijden.filter((t) => t.slice(0, 10) >= van && t.slice(0, 10) <= tot).map((t) => t.slice(-6)));
    expect([offset('2026-10-19', '2026-10-23'), offset('2026-10-26', '2027-03-26'), offset('2027-03-29', '2027-04-02')]).toEqual([new Set(['+02:00']), new Set(['+01:00']), new Set(['+02:00'])]);
  });

  it('starts the verzuim on or before registration, within the period', () => {
    expect(meldingen.filter((m) => m.beginDatum > m.registratietijdstip.slice(0, 10) || m.beginDatum < '2026-08-24')).toEqual([]);
  });

  it('gives birth dates that match the onderwijssoort (RMC: 18–22)', () => {
    const verkeerd = meldingen.filter((m) => {
      const leeftijd = leeftijdOp(m.leerling.geboortedatum ?? '', m.registratietijdstip.slice(0, 10));
      const [min, max] =
        m.duoCategorie === 'rmc-18-plus' ? [18, 22] : { PO: [5, 12], SO: [5, 12], VO: [12, 17], VSO: [12, 17], MBO: [16, 17] }[m.school.onderwijssoort];
      // A repeated melding (thuiszitter) is about a leerling reported earlier, perhaps a birthday ago.
      const speling = m.toelichtingSchool === 'thuiszitter' ? 1 : 0;
      return leeftijd < min || leeftijd > max + speling;
    });
    expect(verkeerd).toEqual([]);
  });

  it('mixes categories realistically: mostly 16 uur, every code present, old 2009 codes rare', () => {
    const aantal = (categorie: string) => meldingen.filter((m) => m.duoCategorie === categorie).length;
    expect(aantal('16-uur-in-4-weken') / 20_000).toBeGreaterThan(0.3);
    expect(aantal('16-uur-in-4-weken') / 20_000).toBeLessThan(0.45);
    for (const categorie of ['langdurig-relatief-verzuim', 'rmc-18-plus', 'luxe-verzuim', 'overig-verzuim-ziekte-schorsing']) expect(aantal(categorie)).toBeGreaterThan(1_000);
    for (const categorie of ['beginnend-verzuim', 'signaal-verzuim', 'een-maand-of-langer']) {
      expect(aantal(categorie)).toBeGreaterThan(100);
      expect(aantal(categorie)).toBeLessThan(800);
    }
    expect(new Set(meldingen.map((m) => m.school.onderwijssoort))).toEqual(new Set(['PO', 'SO', 'VO', 'VSO', 'MBO']));
    const thuiszitters = meldingen.filter((m) => m.toelichtingSchool === 'thuiszitter');
    expect(thuiszitters.length).toBeGreaterThan(400);
    expect(thuiszitters.every((m) => meldingen.some((eerder) => eerder.leerling.bsn === m.leerling.bsn && eerder.leerling.onderwijsnummer === m.leerling.onderwijsnummer && eerder.meldingsnummer < m.meldingsnummer))).toBe(true);
  });

  it('works as a CLI writing NDJSON, the same as in-process, and refuses a date that does not exist', async () => {
    const map = mkdtempSync(join(tmpdir(), 'duo-genereer-'));
    try {
      const out = join(map, 'meldingen.ndjson');
      const run = spawnSync(process.execPath, [GENEREER, '--aantal', '2500', '--gemeenten', '0193,0166', '--seed', '1', '--vanaf', '2026-08-24', '--tot', '2027-07-09', '--out', out], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('2500 meldingen geschreven');
      const regels = readFileSync(out, 'utf8').trimEnd().split('\n');
      // Another aantal spreads the same year differently, so compare with an in-process run of 2500.
      expect(regels.map((regel) => JSON.parse(regel) as unknown)).toEqual((await genereer({ aantal: 2500, ...OPTIES })).meldingen);

      const fout = spawnSync(process.execPath, [GENEREER, '--vanaf', '2026-02-30', '--out', join(map, 'x.ndjson')], { encoding: 'utf8' });
      expect([fout.status, fout.stderr]).toEqual([1, expect.stringContaining('vanaf moet een bestaande datum')]);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  it('feeds the simulator: every generated melding comes through the client as a melding', async () => {
    const ndjson = ruw.slice(0, 3000).map((json) => JSON.stringify(json)).join('\n');
    const sim = await startDuoSimulatorInWorker({ apiKey: 'genereer-sleutel', meldingen: ndjson });
    try {
      const client = new RodVerzuimClient({ baseUrl: sim.url, apiKey: 'genereer-sleutel' });
      const soorten = new Map<string, number>();
      let totaal = 0;
      for (let vanaf = 0, klaar = false; !klaar; ) {
        const pagina = await client.haalMeldingenOp(['0193', '0166'], vanaf, 1000);
        for (const levering of pagina.leveringen) soorten.set(levering.soort, (soorten.get(levering.soort) ?? 0) + 1);
        totaal += pagina.leveringen.length;
        klaar = pagina.leveringen.length === 0;
        vanaf = pagina.volgendeVanaf;
      }
      expect([totaal, [...soorten]]).toEqual([3000, [['melding', 3000]]]);
    } finally {
      await sim.stop();
    }
  });
});
