import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, constants } from 'node:vm';
import { ROUTES } from '../catalogue';
import { apiGatewayProxyEvent } from '../local/events/api-gateway-event';

/**
 * A function's artifact is `main.js` (the bundle), `main.js.cache` (V8's compiled code for it) and
 * this `index.js`, the handler Lambda loads. Compiling a 2–3 MB bundle and then the hundreds of
 * functions Nest calls while it boots is a large part of a cold start; with the cache V8 takes the
 * compiled code instead. V8 checks the cache against its own version, its flags and the source, and
 * rejects one that does not match; the bundle then compiles as it would without a cache, so a cache
 * built by another Node version only costs the time to read it. Built with the Node version Lambda
 * runs (the deploy workflow's `NODE_VERSION`), it matches.
 *
 * The loader compiles exactly the text {@link wrapBundle} returns; the cache writer below compiles the
 * same text, so their caches agree.
 */
export const BUNDLE_FILE = 'main.js';
export const CACHE_FILE = `${BUNDLE_FILE}.cache`;

/**
 * Node's module wrapper plus \`process\`: the loader hands the bundle the \`process\` it sees itself.
 * In Lambda that is the one process; under jest (which gives each test file its own \`process\`, with
 * its own \`env\`) the bundle then reads the test's settings, as a required module would.
 */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, process) { ';
const WRAPPER_TAIL = '\n});';

export const LOADER_SOURCE = `'use strict';
// Loads main.js with V8's code cache (main.js.cache) when it matches this Node; see tools/code-cache.ts.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script, constants } = require('node:vm');
const file = join(__dirname, '${BUNDLE_FILE}');
let cachedData;
try {
  cachedData = readFileSync(join(__dirname, '${CACHE_FILE}'));
} catch {
  cachedData = undefined;
}
const script = new Script(${JSON.stringify(WRAPPER_HEAD)} + readFileSync(file, 'utf8') + ${JSON.stringify(WRAPPER_TAIL)}, {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const codeCache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none';
// The function logs it once at its cold start, so a deployed stack shows whether V8 took the cache.
process.env.RAM_CODE_CACHE = codeCache;
const bundle = { exports: {}, id: file, filename: file, loaded: false };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname, process);
bundle.loaded = true;
module.exports = bundle.exports;
module.exports.__codeCache = codeCache;
`;

/** The exact text both the loader and the cache writer compile. */
export function wrapBundle(source: string): string {
  return WRAPPER_HEAD + source + WRAPPER_TAIL;
}

/**
 * Writes `main.js.cache` for the bundle in `outDir`: loads it, lets it run a warm-up (an HTTP
 * lambdalith boots Nest for a request no route answers, so nothing reaches AWS), then asks V8 for the
 * code it compiled, the lazily compiled functions included. Runs in its own Node process (see
 * `bundle.ts`), with stand-in settings only: the cache holds compiled code, never data.
 */
export async function writeCodeCache(outDir: string, functionName: string, warmUp: 'http' | 'load'): Promise<number> {
  const file = join(outDir, BUNDLE_FILE);
  const script = new Script(wrapBundle(readFileSync(file, 'utf8')), {
    filename: file,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const bundle = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  (script.runInThisContext() as Function)(bundle.exports, require, bundle, file, outDir, process);
  const handler = bundle.exports.handler as ((event: unknown, context: unknown) => Promise<unknown>) | undefined;
  if (warmUp === 'http' && handler) {
    const context = { awsRequestId: 'code-cache', functionName: 'code-cache', getRemainingTimeInMillis: () => 30_000 };
    // A path no route has (Nest boots, the guard answers 404), then a keeper's request to one of the
    // function's routes, which runs guard, validation, controller and the DynamoDB client until the
    // client finds nothing listening at the stand-in endpoint (the error filter answers 500).
    const route = ROUTES.find((r) => r.function === functionName && r.auth !== 'none');
    const paths = ['/code-cache-warm-up', ...(route ? [route.path] : [])];
    for (const path of paths) {
      const event = apiGatewayProxyEvent({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        query: {},
        body: '{}',
        sourceIp: '127.0.0.1',
        claims: { sub: 'code-cache', email: 'code-cache@example.invalid' },
        stage: WARM_UP_ENV.RAM_ENV,
      });
      await handler(event, context).catch(() => undefined);
    }
  }
  const data = script.createCachedData();
  writeFileSync(join(outDir, CACHE_FILE), data);
  return data.length;
}

/** Stand-in settings for the warm-up: enough for a lambdalith to boot, nothing that reaches AWS. */
export const WARM_UP_ENV: Readonly<Record<string, string>> = {
  RAM_ENV: 'code-cache',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'code-cache',
  AWS_SECRET_ACCESS_KEY: 'code-cache',
  IDENTITY_KIND: 'local',
  LOCAL_IDENTITY_ISSUER: 'http://127.0.0.1/auth',
  LOCAL_IDENTITY_JWKS_URI: 'http://127.0.0.1/auth/jwks.json',
  IDENTITY_CLIENT_ID: 'code-cache',
  ADMIN_EMAIL: 'admin@code-cache.invalid',
  UPLOAD_BUCKET: 'code-cache',
  // Nothing listens there: the warm-up's DynamoDB call fails at once, after running the client's code.
  AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
  AWS_MAX_ATTEMPTS: '1',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_TRACE_ENABLED: 'false',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

if (require.main === module) {
  const [outDir, functionName, warmUp] = process.argv.slice(2);
  writeCodeCache(outDir, functionName, warmUp === 'http' ? 'http' : 'load')
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      process.stderr.write(`Code cache not written: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
