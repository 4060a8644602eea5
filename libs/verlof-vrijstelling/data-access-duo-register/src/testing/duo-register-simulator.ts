import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

export interface DuoRegisterSimulatorOpties {
  apiKey: string;
  /** Fixed clock (ISO instant) for ontvangenOp; default: real time. */
  nu?: string;
}

const persoonsgegevensSchema = z.object({
  naam: z.object({ voornamen: z.string().nullable(), voorvoegsel: z.string().nullable(), geslachtsnaam: z.string() }),
  adres: z.object({
    straatnaam: z.string(),
    huisnummer: z.number().int(),
    huisletter: z.string().nullable(),
    huisnummertoevoeging: z.string().nullable(),
    postcode: z.string(),
    woonplaats: z.string(),
  }),
  geslacht: z.string(),
  geboortedatum: z.string(),
});

const registratieVelden = {
  registratieId: z.string(),
  gemeente: z.string(),
  soort: z.enum(['vrijstelling-art5', 'vrijstelling-art15', 'vervangende-leerplicht']),
  grond: z.string().nullable(),
  artikel: z.string().nullable(),
  persoonsgebondenNummer: z.string(),
  postcode: z.string(),
  begindatum: z.string(),
  einddatum: z.string().nullable(),
  eerderBeroep: z.boolean().nullable(),
  eerderVerleend: z.boolean().nullable(),
  persoonsgegevens: persoonsgegevensSchema.nullable(),
};

const ontvangenSchema = z.object({
  verzoeken: z.array(
    z.discriminatedUnion('handeling', [
      z.object({ handeling: z.literal('registratie'), ...registratieVelden, ontvangenOp: z.string() }),
      z.object({ handeling: z.literal('beeindiging'), registratieId: z.string(), gemeente: z.string(), einddatum: z.string(), ontvangenOp: z.string() }),
    ]),
  ),
  registraties: z.array(
    z.object({
      ...registratieVelden,
      registratienummer: z.string(),
      ontvangenOp: z.string(),
      beeindiging: z.object({ einddatum: z.string(), ontvangenOp: z.string() }).nullable(),
    }),
  ),
});

/** What the register received and holds, in its wire format (tools/duo-simulator/README.md). */
export type DuoRegisterOntvangen = z.infer<typeof ontvangenSchema>;

export interface DuoRegisterSimulatorHandle {
  url: string;
  port: number;
  /** POST /_sim/registraties: accepted registraties and beëindigingen in order, and the register's current view. */
  ontvangen(gemeente?: string): Promise<DuoRegisterOntvangen>;
  /** POST /_sim/storing { actief }: while active every DUO endpoint answers 503. */
  storing(actief: boolean): Promise<void>;
  /** POST /_sim/storing { aantal }: the next `aantal` calls to a DUO endpoint answer 503. */
  storingVoorVolgende(aantal: number): Promise<void>;
  /** POST /_sim/reset: an empty register, no storing. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** tools/duo-simulator/server.mjs, found from here upwards (works from src/ and from dist/). */
function simulatorModule(): string {
  for (let map = __dirname; ; map = dirname(map)) {
    const kandidaat = join(map, 'tools', 'duo-simulator', 'server.mjs');
    if (existsSync(kandidaat)) return kandidaat;
    if (dirname(map) === map) throw new Error('tools/duo-simulator/server.mjs niet gevonden');
  }
}

// The simulator is plain ESM; Jest runs our code as CommonJS in a VM that cannot import ESM.
// A worker thread runs real Node, so the simulator runs in this process, on its own thread.
// (libs/verzuim/data-access-duo has the same helper for the ROD side; module boundaries keep
// this service from importing it, and it is the same simulator on the same port.)
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(workerData.module).href)
  .then(async ({ startDuoSimulator }) => {
    const nu = workerData.nu;
    const sim = await startDuoSimulator({ port: 0, apiKey: workerData.apiKey, ...(nu ? { klok: () => new Date(nu) } : {}) });
    parentPort.once('message', () => sim.stop().then(() => parentPort.postMessage({ gestopt: true })));
    parentPort.postMessage({ url: sim.url, port: sim.port });
  })
  .catch((fout) => parentPort.postMessage({ fout: String((fout && fout.message) || fout) }));
`;

/** Starts the DUO simulator (ROD and register vrijstellingen) on a free port, for tests. Always `stop()` it (afterAll). */
export async function startDuoRegisterSimulatorInWorker(opties: DuoRegisterSimulatorOpties): Promise<DuoRegisterSimulatorHandle> {
  const worker = new Worker(WORKER, { eval: true, workerData: { module: simulatorModule(), apiKey: opties.apiKey, nu: opties.nu } });
  const gestart = await new Promise<{ url?: string; port?: number; fout?: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  if (gestart.fout !== undefined || gestart.url === undefined || gestart.port === undefined) {
    await worker.terminate();
    throw new Error(`DUO-simulator start niet: ${gestart.fout ?? 'geen adres'}`);
  }
  const url = gestart.url;
  const post = async (pad: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${url}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': opties.apiKey },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`DUO-simulator ${pad}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as unknown;
  };
  return {
    url,
    port: gestart.port,
    ontvangen: async (gemeente) => ontvangenSchema.parse(await post('/_sim/registraties', gemeente !== undefined ? { gemeente } : {})),
    storing: async (actief) => {
      await post('/_sim/storing', { actief });
    },
    storingVoorVolgende: async (aantal) => {
      await post('/_sim/storing', { aantal });
    },
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
