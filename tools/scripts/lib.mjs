// Small helpers shared by the root scripts (npm start, npm test, ...). Node built-ins only.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUBGRAPHS = ['leerlingenadministratie', 'verzuim', 'verlof-vrijstelling', 'handhaving', 'doorstroompunt', 'ketenpartner-signalen'];
export const DEFAULT_PORTS = {
  gateway: 4000,
  leerlingenadministratie: 4001,
  verzuim: 4002,
  'verlof-vrijstelling': 4003,
  handhaving: 4004,
  doorstroompunt: 4005,
  'ketenpartner-signalen': 4006,
};

export function log(message) {
  process.stdout.write(`[leerrecht] ${message}\n`);
}

/** Runs a command, streaming its output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...options.env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(label, command, args, options) {
  log(`${label} ...`);
  const started = Date.now();
  const code = await run(command, args, options);
  if (code !== 0) {
    throw new Error(`${label} mislukt (exitcode ${code})`);
  }
  log(`${label}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export const npx = (bin) => path.join(ROOT, 'node_modules', '.bin', bin);
