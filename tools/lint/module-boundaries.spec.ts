import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Proves that the lint configuration forbids what the architecture forbids: a service importing
 * another service's code, a shared library importing a service, and a library depending
 * "upwards". Each case lints a small piece of source as if it were a file in that project.
 */
const ROOT = resolve(__dirname, '../..');

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/** Runs the project's real ESLint CLI on `source` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', join(ROOT, filePath)], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(`eslint gaf geen uitvoer: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

beforeAll(() => {
  // The rule reads Nx's cached project graph; compute it as `npm run lint` does.
  execFileSync(join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
}, 120_000);

describe('module boundaries', () => {
  it('forbid a service importing another service by relative path', async () => {
    const errors = await boundaryErrors(
      'apps/verzuim/src/cross-import.ts',
      "import { LEERLINGENADMINISTRATIE_SERVICE } from '../../leerlingenadministratie/src/leerlingenadministratie.database';\nexport const x = LEERLINGENADMINISTRATIE_SERVICE;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it("forbid a service importing another service's library", async () => {
    const errors = await boundaryErrors(
      'apps/leerlingenadministratie/src/cross-import.ts',
      "import { valideerVerzuimmelding } from '@leerrecht/verzuim/util-verzuimmelding';\nexport const x = valideerVerzuimmelding;\n",
    );
    expect(errors).toEqual([expect.stringContaining('scope:leerlingenadministratie')]);
  });

  it('allow a service to use its own library', async () => {
    const errors = await boundaryErrors(
      'apps/verzuim/src/own-import.ts',
      "import { valideerVerzuimmelding } from '@leerrecht/verzuim/util-verzuimmelding';\nexport const x = valideerVerzuimmelding;\n",
    );
    expect(errors).toEqual([]);
  });

  it('forbid a shared library importing a service', async () => {
    const errors = await boundaryErrors(
      'libs/shared/feature-subgraph/src/cross-import.ts',
      "import { VERZUIM_SERVICE } from '../../../../apps/verzuim/src/verzuim.database';\nexport const x = VERZUIM_SERVICE;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('forbid a util library depending on a data-access library', async () => {
    const errors = await boundaryErrors(
      'libs/shared/util-bsn/src/cross-import.ts',
      "import { TENANT_SETTING } from '@leerrecht/shared/data-access-db';\nexport const x = TENANT_SETTING;\n",
    );
    expect(errors).toEqual([expect.stringContaining('type:util')]);
  });

  it("forbid verlof-vrijstelling using verzuim's DUO library (its own register client lives in its own scope)", async () => {
    const errors = await boundaryErrors(
      'apps/verlof-vrijstelling/src/cross-import.ts',
      "import { RodVerzuimClient } from '@leerrecht/verzuim/data-access-duo';\nexport const x = RodVerzuimClient;\n",
    );
    expect(errors).toEqual([expect.stringContaining('scope:verlof-vrijstelling')]);
  });

  it('allow verlof-vrijstelling to use its DUO register client, and forbid verzuim using it', async () => {
    const source = "import { RegisterVrijstellingenClient } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';\nexport const x = RegisterVrijstellingenClient;\n";
    expect(await boundaryErrors('apps/verlof-vrijstelling/src/own-import.ts', source)).toEqual([]);
    expect(await boundaryErrors('apps/verzuim/src/cross-import.ts', source)).toEqual([expect.stringContaining('scope:verzuim')]);
  });

  it('forbid the DUO register client (data-access) depending on the verlof-vrijstelling app', async () => {
    const errors = await boundaryErrors(
      'libs/verlof-vrijstelling/data-access-duo-register/src/cross-import.ts',
      "import { VERLOF_VRIJSTELLING_SERVICE } from '../../../../apps/verlof-vrijstelling/src/verlof-vrijstelling.database';\nexport const x = VERLOF_VRIJSTELLING_SERVICE;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allow a service to use shared libraries', async () => {
    const errors = await boundaryErrors(
      'apps/verzuim/src/allowed-import.ts',
      "import { isGeldigBsn } from '@leerrecht/shared/util-bsn';\nexport const x = isGeldigBsn;\n",
    );
    expect(errors).toEqual([]);
  });
});
