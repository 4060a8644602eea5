import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { DUO_AFSLUITREDENEN, DUO_MELDING_STATUSSEN, DUO_TOELICHTINGEN, type DuoMeldingStatus } from '../duo-verzuimmelding';
import type { DuoTerugkoppeling } from '../duo-verzuimregister';

export interface DuoSimulatorOpties {
  apiKey: string;
  /**
   * Raw meldingen in the simulator's wire format (tools/duo-simulator/README.md) the simulator
   * starts with and returns to on reset: objects, JSON lines, or one NDJSON string.
   */
  meldingen?: unknown[] | string;
  /** Fixed clock (ISO instant) for registratietijdstip, intrekken and ontvangenOp; default: real time. */
  nu?: string;
}

/** A terugkoppeling as the simulator received it, in the domain's shape. */
export type DuoOntvangenTerugkoppeling = DuoTerugkoppeling & { ontvangenOp: string };

export interface DuoSimulatorHandle {
  url: string;
  port: number;
  /**
   * POST /_sim/meldingen: append raw meldingen exactly as given (malformed ones too). `gemeente`
   * routes them there whatever their own gemeente field says.
   */
  meldingen(meldingen: unknown[], opties?: { gemeente?: string }): Promise<{ volgnummers: number[] }>;
  /** POST /_sim/intrekken: the school withdraws the melding (a statuswijziging in the feed). */
  intrekken(meldingsnummer: string): Promise<{ volgnummer: number }>;
  /** POST /_sim/terugkoppelingen: what the gemeente sent, in order, and the current status per melding. */
  terugkoppelingen(meldingsnummer?: string): Promise<{ terugkoppelingen: DuoOntvangenTerugkoppeling[]; statussen: Record<string, DuoMeldingStatus> }>;
  /** POST /_sim/storing: while active every /rod/... endpoint answers 503. */
  storing(actief: boolean): Promise<void>;
  /** POST /_sim/reset: back to the start-up meldingen, no terugkoppelingen, no storing. */
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
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(workerData.module).href)
  .then(async ({ startDuoSimulator }) => {
    const nu = workerData.nu;
    const sim = await startDuoSimulator({ port: 0, apiKey: workerData.apiKey, meldingen: workerData.meldingen, ...(nu ? { klok: () => new Date(nu) } : {}) });
    parentPort.once('message', () => sim.stop().then(() => parentPort.postMessage({ gestopt: true })));
    parentPort.postMessage({ url: sim.url, port: sim.port });
  })
  .catch((fout) => parentPort.postMessage({ fout: String((fout && fout.message) || fout) }));
`;

const ontvangenSchema = z.object({
  terugkoppelingen: z.array(
    z.object({
      terugkoppelingId: z.string(),
      meldingsnummer: z.string(),
      statusMelding: z.enum(['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen']),
      acties: z.array(z.string()),
      redenAfsluiting: z.enum(DUO_AFSLUITREDENEN).nullable(),
      toelichtingAfsluiting: z.enum(DUO_TOELICHTINGEN).nullable(),
      gemeentelijkeContactpersoon: z.object({ naam: z.string(), functie: z.string().nullable(), telefoonnummer: z.string().nullable(), emailadres: z.string().nullable() }),
      ontvangenOp: z.string(),
    }),
  ),
  statussen: z.record(z.enum(DUO_MELDING_STATUSSEN)),
});

/** Starts the DUO simulator on a free port, for tests. Always `stop()` it (afterAll). */
export async function startDuoSimulatorInWorker(opties: DuoSimulatorOpties): Promise<DuoSimulatorHandle> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { module: simulatorModule(), apiKey: opties.apiKey, meldingen: opties.meldingen ?? [], nu: opties.nu },
  });
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
    meldingen: async (meldingen, { gemeente } = {}) => {
      const { volgnummers } = z.object({ volgnummers: z.array(z.number()) }).parse(await post('/_sim/meldingen', { meldingen, ...(gemeente !== undefined ? { gemeente } : {}) }));
      return { volgnummers };
    },
    intrekken: async (meldingsnummer) => z.object({ volgnummer: z.number() }).parse(await post('/_sim/intrekken', { meldingsnummer })),
    terugkoppelingen: async (meldingsnummer) => {
      const ontvangen = ontvangenSchema.parse(await post('/_sim/terugkoppelingen', meldingsnummer !== undefined ? { meldingsnummer } : {}));
      return {
        terugkoppelingen: ontvangen.terugkoppelingen.map((t) => ({
          terugkoppelingId: t.terugkoppelingId,
          meldingsnummer: t.meldingsnummer,
          status: t.statusMelding,
          acties: t.acties,
          afsluitreden: t.redenAfsluiting,
          toelichting: t.toelichtingAfsluiting,
          contactpersoon: {
            naam: t.gemeentelijkeContactpersoon.naam,
            functie: t.gemeentelijkeContactpersoon.functie,
            telefoon: t.gemeentelijkeContactpersoon.telefoonnummer,
            email: t.gemeentelijkeContactpersoon.emailadres,
          },
          ontvangenOp: t.ontvangenOp,
        })),
        statussen: ontvangen.statussen,
      };
    },
    storing: async (actief) => {
      await post('/_sim/storing', { actief });
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
