import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** A service running as its own OS process, from the compiled build, exactly as in production. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly entry = `apps/${name}/src/main.js`,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    const compiled = join(ROOT, 'dist', this.entry);
    if (!existsSync(compiled)) {
      throw new Error(`${compiled} ontbreekt: draai eerst 'npm run build' (npm test doet dat zelf)`);
    }
    this.output.length = 0;
    const child = spawn(process.execPath, [join(ROOT, 'tools/runtime/run.js'), this.entry], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`${this.name} stopte bij het starten (code ${child.exitCode}):\n${this.output.join('').slice(-3000)}`);
      }
      if (await this.isReady()) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.name} werd niet ready binnen ${timeoutMs} ms:\n${this.output.join('').slice(-3000)}`);
  }

  async isReady(): Promise<boolean> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.port}/health/ready`, { signal: AbortSignal.timeout(2000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  /** Graceful stop (SIGTERM), or a crash (SIGKILL) to prove nothing depends on a clean exit. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }
}
