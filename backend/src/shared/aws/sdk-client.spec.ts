import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tracingWanted } from './sdk-client';

const srcRoot = join(__dirname, '..', '..');
const repoRoot = join(srcRoot, '..', '..');

/** Runs a snippet in a fresh Node process (TypeScript through esbuild-register) with only the given variables. */
function inFreshProcess(env: Record<string, string>, script: string): unknown {
  const out = execFileSync(process.execPath, ['-r', 'esbuild-register', '-e', script], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', AWS_REGION: 'eu-central-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

// Makes an SQS client through the factory and reports whether the X-Ray SDK was loaded and the client instrumented.
const PROBE = `
const { sdkClient } = require('./backend/src/shared/aws/sdk-client');
const { SQSClient } = require('@aws-sdk/client-sqs');
const client = sdkClient(SQSClient, { region: 'eu-central-1' });
const loaded = Object.keys(require.cache).some((k) => k.includes('aws-xray-sdk-core'));
const middleware = client.middlewareStack.identify().some((m) => m.startsWith('XRaySDKInstrumentation'));
console.log(JSON.stringify({ loaded, middleware }));
`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('tracingWanted', () => {
  it.each([
    ['in Lambda', { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' }, true],
    ['in Lambda with tracing switched off', { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', POWERTOOLS_TRACE_ENABLED: 'False' }, false],
    ['in Lambda with tracing said to be on', { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', POWERTOOLS_TRACE_ENABLED: 'true' }, true],
    ['under SAM local', { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', AWS_SAM_LOCAL: 'true' }, false],
    ['in the local runtime and the tests', { POWERTOOLS_TRACE_ENABLED: 'false' }, false],
    ['anywhere else', {}, false],
  ])('%s: %s', (_where, env, expected) => {
    expect(tracingWanted(env)).toBe(expected);
  });
});

describe('sdkClient', () => {
  it('neither loads the X-Ray SDK nor instruments the client outside Lambda', () => {
    expect(inFreshProcess({ POWERTOOLS_TRACE_ENABLED: 'false' }, PROBE)).toEqual({ loaded: false, middleware: false });
    expect(inFreshProcess({}, PROBE)).toEqual({ loaded: false, middleware: false });
  });

  it('wraps the client with the Tracer in Lambda', () => {
    expect(inFreshProcess({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR' }, PROBE)).toEqual({
      loaded: true,
      middleware: true,
    });
  });

  it('is how backend code constructs every AWS SDK client (the local runtime and tools aside)', () => {
    const constructing = sourceFiles(srcRoot)
      .map((file) => relative(srcRoot, file))
      .filter((file) => !file.startsWith('local/') && !file.startsWith('tools/'))
      .filter((file) => /\bnew [A-Z]\w*Client\(/.test(readFileSync(join(srcRoot, file), 'utf8')));
    // The factory itself constructs through its parameter (`new Client(...)`), which this does not match.
    expect(constructing).toEqual([]);
  });
});
