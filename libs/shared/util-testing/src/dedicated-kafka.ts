import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tcpReachable } from './tcp';

const ROOT = resolve(__dirname, '../../../..');
const LIBS = join(ROOT, '.stack/kafka/libs');

/**
 * A second, real Kafka broker (same jars as tools/stack, KRaft) that one test owns, so it can be
 * killed and restarted without disturbing the shared broker other tests use. Its data directory
 * survives a restart, exactly as a broker's disk would.
 */
export class DedicatedKafka {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'leerrecht-kafka-'));
  readonly brokers: string;

  constructor(private readonly port: number) {
    this.brokers = `127.0.0.1:${port}`;
  }

  /** The broker version, from the jar it runs (kafka_2.13-<version>.jar). */
  version(): string | null {
    const jar = readdirSync(LIBS).find((name) => /^kafka_2\.13-[\d.]+\.jar$/.test(name));
    return jar ? jar.replace(/^kafka_2\.13-/, '').replace(/\.jar$/, '') : null;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    if (!existsSync(LIBS)) throw new Error(`${LIBS} ontbreekt: draai de tests via 'npm test' (dat haalt Kafka op)`);
    const classpath = `${LIBS}/*`;
    const properties = join(this.dir, 'server.properties');
    writeFileSync(properties, [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${this.port + 1}`,
      `listeners=PLAINTEXT://127.0.0.1:${this.port},CONTROLLER://127.0.0.1:${this.port + 1}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${this.port}`,
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${join(this.dir, 'data')}`,
      'num.partitions=3',
      'offsets.topic.replication.factor=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
    ].join('\n'));
    if (!existsSync(join(this.dir, 'data', 'meta.properties'))) {
      const id = spawnSync('java', ['-cp', classpath, 'kafka.tools.StorageTool', 'random-uuid'], { encoding: 'utf8' }).stdout.trim().split('\n').pop() ?? '';
      const format = spawnSync('java', ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', id, '-c', properties], { encoding: 'utf8' });
      if (format.status !== 0) throw new Error(`kafka storage format mislukt: ${format.stderr}`);
    }
    this.child = spawn('java', ['-Xmx384m', '-cp', classpath, 'kafka.Kafka', properties], { stdio: 'ignore' });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`kafka op poort ${this.port} stopte (code ${this.child.exitCode})`);
      if (await tcpReachable('127.0.0.1', this.port, 1000)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`kafka op poort ${this.port} startte niet binnen ${timeoutMs} ms`);
  }

  /** A crash of the broker: no clean shutdown. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
