import { execFile, execFileSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { apiGatewayProxyEvent } from '../../src/local/events/api-gateway-event';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, signUpAndIn, startTestRuntime } from '../support/test-runtime';

const repoRoot = resolve(__dirname, '../../..');
const run = promisify(execFile);

/** One X-Ray (sub)segment as the SDK sends it to the daemon: a JSON header line, then the document. */
interface XraySegment {
  readonly name: string;
  readonly trace_id: string;
  readonly parent_id?: string;
  readonly namespace?: string;
  readonly aws?: { readonly operation?: string; readonly table_name?: string };
}

// Runs the deployed artifact of account-api the way Lambda does (its environment, an active trace) in a
// fresh process, with a UDP socket where the X-Ray daemon would listen: what arrives there is what X-Ray
// would receive from the function.
describe('the bundled account-api artifact, traced as in Lambda', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let outDir: string;
  let bundle: string;
  let daemon: Socket;
  const received: XraySegment[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'backend/tsconfig.build.json'], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    outDir = mkdtempSync(join(tmpdir(), 'ram-traced-'));
    const script = `require('./backend/dist/tools/bundle.js').bundleFunction('account-api', ${JSON.stringify(outDir)}).then(r => process.stdout.write(r.file))`;
    bundle = execFileSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime);
    daemon = createSocket('udp4');
    daemon.on('message', (message) => received.push(JSON.parse(message.toString('utf8').split('\n')[1]) as XraySegment));
    await new Promise<void>((done) => daemon.bind(0, '127.0.0.1', done));
  }, 180_000);

  afterAll(async () => {
    daemon?.close();
    await runtime?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('answers 200 and sends X-Ray a subsegment for its DynamoDB calls, in the invocation’s trace', async () => {
    const traceId = `1-${Math.floor(Date.now() / 1000).toString(16)}-a1b2c3d4e5f6a7b8c9d0e1f2`;
    const event = apiGatewayProxyEvent({
      method: 'POST',
      path: '/user',
      headers: { 'content-type': 'application/json' },
      query: {},
      body: '{}',
      sourceIp: '127.0.0.1',
      claims: { sub: keeper.userId, email: keeper.email },
      stage: runtime.env,
    });
    const invoke = join(outDir, 'invoke.js');
    writeFileSync(
      invoke,
      `require(${JSON.stringify(bundle)}).handler(${JSON.stringify(event)}, { awsRequestId: 'traced', functionName: 'account-api', getRemainingTimeInMillis: () => 30000 })
        .then((r) => setTimeout(() => process.stdout.write(String(r.statusCode)), 200));`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      LAMBDA_TASK_ROOT: outDir,
      _X_AMZN_TRACE_ID: `Root=${traceId};Parent=53995c3f42cd8ad8;Sampled=1`,
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
      POWERTOOLS_TRACE_ENABLED: 'true',
    };

    const { stdout } = await run(process.execPath, [invoke], { env, cwd: outDir });
    await new Promise((r) => setTimeout(r, 300));

    expect(stdout).toBe('200');
    const dynamo = received.filter((s) => s.name === 'DynamoDB');
    expect(dynamo.length).toBeGreaterThan(0);
    expect(dynamo.every((s) => s.trace_id === traceId && s.namespace === 'aws')).toBe(true);
    expect(dynamo.map((s) => s.aws?.table_name)).toContain(`${runtime.env}-user`);
  });
});
