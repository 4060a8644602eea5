import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface BrpSimulatorOpties {
  apiKey: string;
  /** Haal Centraal Persoon objects the simulator starts with (and returns to on reset). */
  personen?: unknown[];
  /** Fixed clock (ISO instant) for leeftijd and mutation timestamps; default: the real time. */
  nu?: string;
}

export interface BrpSimulatorHandle {
  url: string;
  port: number;
  /** POST /_sim/personen: upsert persons; by default each change also appends a mutation. */
  personen(personen: unknown[], opties?: { mutaties?: boolean }): Promise<{ mutaties: unknown[] }>;
  /** POST /_sim/mutaties: append raw mutation records (e.g. a replayed mutatieId). */
  mutaties(mutaties: unknown[]): Promise<{ mutaties: unknown[] }>;
  /** POST /_sim/reset: back to the start-up persons, empty mutation log. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** tools/brp-simulator/server.mjs, found from here upwards (works from src/ and from dist/). */
function simulatorModule(): string {
  for (let map = __dirname; ; map = dirname(map)) {
    const kandidaat = join(map, 'tools', 'brp-simulator', 'server.mjs');
    if (existsSync(kandidaat)) return kandidaat;
    if (dirname(map) === map) throw new Error('tools/brp-simulator/server.mjs niet gevonden');
  }
}

// The simulator is plain ESM; Jest runs our code as CommonJS in a VM that cannot import ESM.
// A worker thread runs real Node, so the simulator runs in this process, on its own thread.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(workerData.module).href)
  .then(async ({ startBrpSimulator }) => {
    const nu = workerData.nu;
    const sim = await startBrpSimulator({ port: 0, apiKey: workerData.apiKey, personen: workerData.personen, ...(nu ? { klok: () => new Date(nu) } : {}) });
    parentPort.once('message', () => sim.stop().then(() => parentPort.postMessage({ gestopt: true })));
    parentPort.postMessage({ url: sim.url, port: sim.port });
  })
  .catch((fout) => parentPort.postMessage({ fout: String((fout && fout.message) || fout) }));
`;

/** Starts the BRP simulator on a free port, for tests. Always `stop()` it (afterAll). */
export async function startBrpSimulatorInWorker(opties: BrpSimulatorOpties): Promise<BrpSimulatorHandle> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { module: simulatorModule(), apiKey: opties.apiKey, personen: opties.personen ?? [], nu: opties.nu },
  });
  const gestart = await new Promise<{ url?: string; port?: number; fout?: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  if (gestart.fout !== undefined || gestart.url === undefined || gestart.port === undefined) {
    await worker.terminate();
    throw new Error(`BRP-simulator start niet: ${gestart.fout ?? 'geen adres'}`);
  }
  const url = gestart.url;
  const post = async <T>(pad: string, body: unknown): Promise<T> => {
    const response = await fetch(`${url}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': opties.apiKey },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`BRP-simulator ${pad}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url,
    port: gestart.port,
    personen: (personen, { mutaties = true } = {}) => post('/_sim/personen', { personen, mutaties }),
    mutaties: (mutaties) => post('/_sim/mutaties', { mutaties }),
    reset: async () => {
      await post('/_sim/reset', {});
    },
    stop: async () => {
      const gestopt = new Promise((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      await gestopt;
      await worker.terminate();
    },
  };
}
