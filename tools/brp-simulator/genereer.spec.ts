import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { vanHaalCentraal } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { isGeldigBsn } from '@leerrecht/shared/util-bsn';

interface Opties {
  aantal: number;
  gemeenten?: string[];
  peildatum?: string;
  seed?: number;
}

interface GegenereerdPersoon {
  burgerservicenummer: string;
  geboorte: { datum: { datum: string } };
  gemeenteVanInschrijving: { code: string };
  ouders: { burgerservicenummer: string }[];
  gezag?: { type: string }[];
  overlijden?: unknown;
}

const GENEREER = join(__dirname, 'genereer.mjs');

/** genereer.mjs is ESM, which Jest's CommonJS VM cannot import; a worker thread can. */
function genereer(opties: Opties): Promise<GegenereerdPersoon[]> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(require('node:url').pathToFileURL(workerData.module).href)
       .then((m) => parentPort.postMessage([...m.genereerPersonen(workerData.opties)]))
       .catch((e) => parentPort.postMessage({ fout: String(e.message) }));`,
    { eval: true, workerData: { module: GENEREER, opties } },
  );
  return new Promise<GegenereerdPersoon[]>((resolve, reject) => {
    worker.once('message', (resultaat: GegenereerdPersoon[] | { fout: string }) => {
      void worker.terminate();
      if (Array.isArray(resultaat)) resolve(resultaat);
      else reject(new Error(resultaat.fout));
    });
    worker.once('error', reject);
  });
}

function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gj, gm, gd] = geboortedatum.split('-').map(Number);
  const [pj, pm, pd] = peildatum.split('-').map(Number);
  return pj - gj - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
}

describe('genereer.mjs', () => {
  const PEILDATUM = '2026-11-24';
  let personen: GegenereerdPersoon[];

  beforeAll(async () => {
    personen = await genereer({ aantal: 26_000, gemeenten: ['0193', '0166'], peildatum: PEILDATUM, seed: 1 });
  });

  it('is deterministic: the same options give the same persons, another seed other ones', async () => {
    expect(await genereer({ aantal: 500, gemeenten: ['0193', '0166'], peildatum: PEILDATUM, seed: 1 })).toEqual(personen.slice(0, 500));
    const anderZaad = await genereer({ aantal: 500, gemeenten: ['0193', '0166'], peildatum: PEILDATUM, seed: 2 });
    expect(anderZaad).toHaveLength(500);
    expect(anderZaad).not.toEqual(personen.slice(0, 500));
  });

  it('gives every person and parent a unique BSN that passes the elfproef', () => {
    const kinderen = personen.map((p) => p.burgerservicenummer);
    const ouders = [...new Set(personen.flatMap((p) => p.ouders.map((o) => o.burgerservicenummer)))];
    expect(new Set(kinderen).size).toBe(kinderen.length);
    expect([...kinderen, ...ouders].filter((bsn) => !isGeldigBsn(bsn))).toEqual([]);
    const kinderenSet = new Set(kinderen);
    expect(ouders.filter((bsn) => kinderenSet.has(bsn))).toEqual([]);
  });

  it('spreads ages evenly over 0–25 on the peildatum', () => {
    const perLeeftijd = new Map<number, number>();
    for (const p of personen) {
      const leeftijd = leeftijdOp(p.geboorte.datum.datum, PEILDATUM);
      perLeeftijd.set(leeftijd, (perLeeftijd.get(leeftijd) ?? 0) + 1);
    }
    expect([...perLeeftijd.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 26 }, (_, i) => i));
    for (const aantal of perLeeftijd.values()) {
      expect(aantal).toBeGreaterThan(850); // 1000 expected per year of age
      expect(aantal).toBeLessThan(1150);
    }
  });

  it('has ~1% deceased, ~0.5% RNI, only the gemeenten asked, and gezag only for living minors', () => {
    const overleden = personen.filter((p) => p.overlijden !== undefined).length;
    const rni = personen.filter((p) => p.gemeenteVanInschrijving.code === '1999').length;
    expect(overleden).toBeGreaterThan(150);
    expect(overleden).toBeLessThan(400);
    expect(rni).toBeGreaterThan(40);
    expect(rni).toBeLessThan(300);
    expect(new Set(personen.map((p) => p.gemeenteVanInschrijving.code))).toEqual(new Set(['0193', '0166', '1999']));
    const gezagFout = personen.filter((p) => (p.gezag !== undefined) !== (leeftijdOp(p.geboorte.datum.datum, PEILDATUM) < 18 && p.overlijden === undefined));
    expect(gezagFout).toEqual([]);
  });

  it('writes persons the BRP mapping accepts, with gezag reaching the parents', () => {
    const gemapt = personen.slice(0, 3000).map((p) => vanHaalCentraal(p));
    const metGezag = gemapt.filter((p) => p.ouders.some((o) => o.heeftGezag));
    expect(metGezag.length).toBeGreaterThan(gemapt.filter((p) => p.gemeenteVanInschrijving !== '1999').length * 0.5);
  });

  it('works as a CLI writing NDJSON, the same as in-process', () => {
    const map = mkdtempSync(join(tmpdir(), 'brp-genereer-'));
    try {
      const out = join(map, 'personen.ndjson');
      const run = spawnSync(process.execPath, [GENEREER, '--aantal', '500', '--gemeenten', '0193,0166', '--peildatum', PEILDATUM, '--seed', '1', '--out', out], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const regels = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(regels.map((regel) => JSON.parse(regel) as unknown)).toEqual(personen.slice(0, 500));

      const fout = spawnSync(process.execPath, [GENEREER, '--peildatum', '2026-02-30', '--out', join(map, 'x.ndjson')], { encoding: 'utf8' });
      expect(fout.status).toBe(1);
      expect(fout.stderr).toContain('peildatum');
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
