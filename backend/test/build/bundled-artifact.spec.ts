import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { apiGatewayProxyEvent } from '../../src/local/events/api-gateway-event';
import { lambdaContext } from '../../src/local/events/lambda-context';
import type { LocalRuntime } from '../../src/local/runtime';
import { signUpAndIn, startTestRuntime } from '../support/test-runtime';

const repoRoot = resolve(__dirname, '../../..');

// esbuild drops decorator metadata when it compiles TypeScript itself; the artifact is built from
// tsc output instead. This proves the deployed bundle still validates bodies and injects services.
describe('the bundled account-api artifact', () => {
  let runtime: LocalRuntime;
  let outDir: string;
  let handler: (event: unknown, context: unknown) => Promise<APIGatewayProxyResult>;
  let file: string;
  let claims: Record<string, string>;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'backend/tsconfig.build.json'], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    outDir = mkdtempSync(join(tmpdir(), 'ram-bundle-'));
    const script = `require('./backend/dist/tools/bundle.js').bundleFunction('account-api', ${JSON.stringify(outDir)}).then(r => process.stdout.write(r.file))`;
    file = execFileSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8' });
    runtime = await startTestRuntime();
    const keeper = await signUpAndIn(runtime);
    claims = { sub: keeper.userId, email: keeper.email };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require(file).handler;
  }, 180_000);

  afterAll(async () => {
    await runtime?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  const invoke = (path: string, body: unknown, contentType = 'application/json') =>
    handler(
      apiGatewayProxyEvent({
        method: 'POST',
        path,
        headers: { 'content-type': contentType },
        query: {},
        body: JSON.stringify(body),
        sourceIp: '127.0.0.1',
        claims,
        stage: 'test',
      }),
      lambdaContext('account-api', runtime.env),
    );

  /** Whether V8 took the code cache, in a fresh Node started with these V8 flags. */
  const cacheIn = (flags: string[]) =>
    execFileSync(process.execPath, [...flags, '-e', `process.stdout.write(require(${JSON.stringify(file)}).__codeCache)`], {
      encoding: 'utf8',
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });

  it('loads through its loader with the V8 code cache written beside the bundle', () => {
    expect(cacheIn([])).toBe('used');
  });

  it('compiles without the cache under other V8 flags, and says so (jest runs with a bigger heap)', () => {
    expect(cacheIn(['--max-old-space-size=921'])).toBe('rejected');
  });

  it('rejects an unknown field with 400 (ValidationPipe survived bundling)', async () => {
    const sut = await invoke('/user/save', { displayName: 'Ok', admin: true });

    expect(sut.statusCode).toBe(400);
    expect(JSON.parse(sut.body).message).toMatch(/property admin should not exist/);
  });

  it('rejects a wrong type with 400', async () => {
    const sut = await invoke('/user/save', { displayName: 7 });

    expect(sut.statusCode).toBe(400);
  });

  it('serves a valid request with its injected services', async () => {
    const sut = await invoke('/user/save', { displayName: 'Bundled Keeper' });

    expect(sut.statusCode).toBe(200);
    expect(JSON.parse(sut.body).user.displayName).toBe('Bundled Keeper');
  });

  // The bundle replaces iconv-lite, mime-db and friends with small shims (tools/bundle-shims.ts).
  it('reads a UTF-8 body with non-ASCII characters and answers JSON as UTF-8', async () => {
    const sut = await invoke('/user/save', { displayName: 'Korallen-Öko 🐠' }, 'application/json; charset=utf-8');

    expect(sut.statusCode).toBe(200);
    expect(JSON.parse(sut.body).user.displayName).toBe('Korallen-Öko 🐠');
    const headers = { ...sut.headers, ...sut.multiValueHeaders };
    const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    expect(String(contentType)).toMatch(/^application\/json; charset=utf-8$/i);
  });

  it('never reads a body declared in another charset, and keeps the profile unchanged', async () => {
    const sut = await invoke('/user/save', { displayName: 'Latin' }, 'application/json; charset=iso-8859-1');

    expect(sut.statusCode).toBeGreaterThanOrEqual(400);
    const profile = await invoke('/user', {});
    expect(JSON.parse(profile.body).user.displayName).not.toBe('Latin');
  });
});
