import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
const RUNTIME_ENTRY = join(REPO_ROOT, 'backend/dist/local/main.js');
const SPA_INDEX = join(REPO_ROOT, 'frontend/dist/frontend/browser/index.html');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

/** A running RaM on this machine: its address, the demo keeper, and how to stop it. */
export interface LocalRuntime {
  readonly baseUrl: string;
  readonly demo: { readonly email: string; readonly password: string };
  /** DynamoDB Local's endpoint, for a journey that must set what only Stripe could (a paid plan). */
  readonly dynamoEndpoint: string;
  /** The runtime's recent output, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

/** `count` distinct ports the OS says are free now (all held open until each is known). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

function run(label: string, args: string[], cwd = REPO_ROOT): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Compiles the backend and builds the SPA, so the journeys run against the code as it is now.
 * `E2E_SKIP_BUILD=true` uses whatever is built.
 */
export function ensureBuilt(): void {
  if (process.env['E2E_SKIP_BUILD'] !== 'true') {
    run('Compiling the backend', [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'backend/tsconfig.build.json']);
    run('Building the web app', [join(REPO_ROOT, 'node_modules/@angular/cli/bin/ng.js'), 'build'], join(REPO_ROOT, 'frontend'));
  }
  if (!existsSync(RUNTIME_ENTRY)) throw new Error(`${RUNTIME_ENTRY} is missing; build the backend first.`);
  if (!existsSync(SPA_INDEX)) throw new Error(`${SPA_INDEX} is missing; build the frontend first.`);
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The local runtime exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The local runtime was not healthy within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function exited(child: ChildProcess, withinMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), withinMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Starts `backend/dist/local/main.js` on free ports with a fresh data folder and waits for
 * `/api/health`. It runs in its own process group, so stopping it also stops the DynamoDB Local
 * it started, and nothing else.
 */
export async function startLocalRuntime(extraEnv: Readonly<Record<string, string>> = {}): Promise<LocalRuntime> {
  const [port, dynamoPort, s3Port] = await freePorts(3);
  const dataDir = mkdtempSync(join(tmpdir(), 'ram-e2e-data-'));
  const lines: string[] = [];
  const child = spawn(process.execPath, [RUNTIME_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DYNAMODB_PORT: String(dynamoPort),
      S3_PORT: String(s3Port),
      RAM_DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'E2e-admin-2026',
      LOG_LEVEL: 'ERROR',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.slice(-40).join('\n');

  const stop = async () => {
    const group = child.pid;
    if (group !== undefined && child.exitCode === null) {
      process.kill(-group, 'SIGTERM');
      if (!(await exited(child, STOP_TIMEOUT_MS))) process.kill(-group, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(`${baseUrl}/api/health`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    demo: { email: 'demo@reefamatic.local', password: 'ReefDemo-2026' },
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    output,
    stop,
  };
}
