import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { seedDemoHistory } from './demo-history';
import { LocalSetupError } from './ports';
import { type CognitoEmulatorIdentity, type LocalRuntime, startLocalRuntime } from './runtime';

const repoRoot = resolve(__dirname, '../../..');
const dataDir = resolve(process.env.RAM_DATA_DIR ?? join(repoRoot, '.data'));

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new LocalSetupError(`${name} must be a port number, got "${raw}".`);
  return value;
}

/** The bootstrap admin's local password: from ADMIN_PASSWORD, or generated once and kept in the data folder. */
function adminPassword(): string {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const file = join(dataDir, 'admin-password.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = `Reef-${randomBytes(6).toString('base64url')}1`;
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

/**
 * A Cognito API emulator to sign in with instead of the local provider, from RAM_COGNITO_ENDPOINT,
 * RAM_COGNITO_USER_POOL_ID and RAM_COGNITO_CLIENT_ID (all three, or none).
 */
function cognitoEmulator(): CognitoEmulatorIdentity | undefined {
  const endpoint = process.env.RAM_COGNITO_ENDPOINT;
  const userPoolId = process.env.RAM_COGNITO_USER_POOL_ID;
  const clientId = process.env.RAM_COGNITO_CLIENT_ID;
  if (!endpoint && !userPoolId && !clientId) return undefined;
  if (!endpoint || !userPoolId || !clientId) {
    throw new LocalSetupError('Set RAM_COGNITO_ENDPOINT, RAM_COGNITO_USER_POOL_ID and RAM_COGNITO_CLIENT_ID together, or none of them.');
  }
  return { endpoint: endpoint.replace(/\/+$/, ''), userPoolId, clientId };
}

async function main(): Promise<void> {
  const started = Date.now();
  const demo = { email: 'demo@reefamatic.local', password: 'ReefDemo-2026' };
  const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@reefamatic.local';
  const admin = adminPassword();
  const emulator = cognitoEmulator();
  // eslint-disable-next-line prefer-const -- assigned after the signal handlers that read it are installed
  let runtime: LocalRuntime | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping Reef-A-Matic…\n`);
    await runtime?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  process.stdout.write('Starting Reef-A-Matic locally (DynamoDB Local, S3, queues, streams, WebSocket, identity)…\n');
  runtime = await startLocalRuntime({
    env: 'local',
    port: numberFromEnv('PORT', 3000),
    dynamoPort: numberFromEnv('DYNAMODB_PORT', 8000),
    s3Port: numberFromEnv('S3_PORT', 4569),
    operatorPort: numberFromEnv('OPERATOR_PORT', 0),
    dataDir,
    spaRoot: join(repoRoot, 'frontend', 'dist', 'frontend', 'browser'),
    adminEmail,
    adminPassword: admin,
    demo,
    logLevel: process.env.LOG_LEVEL ?? 'WARN',
    cognitoEmulator: emulator,
  });
  const health = await runtime.health();
  const down = Object.entries(health.components)
    .filter(([, c]) => !c.up)
    .map(([name]) => name);
  const url = runtime.url.replace('127.0.0.1', 'localhost');
  process.stdout.write(
    [
      '',
      `Reef-A-Matic is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  health:  ${url}/api/health${down.length ? `  (not up: ${down.join(', ')})` : ''}`,
      emulator
        ? `  sign-in: Cognito emulator at ${emulator.endpoint} (pool ${emulator.userPoolId})`
        : `  demo:    ${demo.email} / ${demo.password}`,
      `  admin:   ${adminEmail} / ${admin}`,
      `  data:    ${dataDir}`,
      `  tools:   ${runtime.operatorUrl} (loopback only; \`npm run invoke\` reads its token from ${join(dataDir, 'operator.json')})`,
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  // The demo keeper lives in the local provider, whose tokens the gateway refuses under an emulator.
  if (process.env.RAM_DEMO_HISTORY !== 'off' && !emulator) void fillDemoTank(runtime.url, demo);
}

/** The demo tank's months of history, fed through the real handlers in the background. */
async function fillDemoTank(url: string, demo: { email: string; password: string }): Promise<void> {
  try {
    const report = await seedDemoHistory(url, demo);
    if (report.created) {
      process.stdout.write(
        `Demo tank ready: ${report.icpTests} ICP reports, ${report.manualTests} manual tests and ${report.doseDays} dose days, made through the API in ${(report.ms / 1000).toFixed(1)} s.\n`,
      );
    }
  } catch (error) {
    process.stderr.write(`The demo tank could not be filled: ${(error as Error).message}\n`);
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof LocalSetupError || (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE'
      ? (error as Error).message
      : `Could not start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
