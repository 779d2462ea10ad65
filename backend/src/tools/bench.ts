import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { FUNCTIONS, type FunctionName, ROUTES } from '../catalogue';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { apiGatewayProxyEvent } from '../local/events/api-gateway-event';
import { freePort } from '../local/ports';
import { ensureTables } from '../local/table-setup';
import { bundleFunction, finishArtifact } from './bundle';
import { BUNDLE_FILE } from './code-cache';
import { frontendBundleReport, frontendBundleSection, initialJsGzipBytes } from './bench-frontend';
import { phoneHomeRuns, phoneHomeSection } from './bench-phone';
import { corpusRows, extractionRows, uploadToDoneMs, uploadToInProgressMs } from './bench-extraction';
import { homeWithTrendsMs } from './bench-home';
import { adminConsoleSection } from './bench-admin';
import { type ImportTimings, csvImportMs } from './bench-import';
import { warmApiRows, warmApiSection } from './bench-warm-api';
import { uploadsSection } from './bench-uploads';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** #22: a lambdalith's cold start and RSS at most this many times the bare handler's. */
const COLD_START_TARGET = 1.5;
const repoRoot = resolve(__dirname, '../../..');
const docsFile = join(repoRoot, 'docs', 'benchmarks.md');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Probe {
  status: number;
  loadMs: number;
  totalMs: number;
  cpuMs: number;
  rssMb: number;
  /** Whether V8 took the artifact's code cache: used, rejected (another Node) or none. */
  codeCache: string;
}

/** Extra Node flags for each probe, e.g. `BENCH_PROBE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/profiles"` to see where a cold start goes. */
const PROBE_FLAGS = (process.env.BENCH_PROBE_FLAGS ?? '').split(' ').filter(Boolean);

function probe(bundle: string, event: unknown, env: Record<string, string>): Probe {
  const out = execFileSync(process.execPath, [...PROBE_FLAGS, join(__dirname, 'cold-start-probe.js'), bundle, JSON.stringify(event)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Probe;
}

/** Replaces (or appends) one `## ` section of docs/benchmarks.md, so each benchmark owns its part. */
export function writeSection(title: string, body: string): void {
  mkdirSync(join(repoRoot, 'docs'), { recursive: true });
  const header =
    '# Benchmarks\n\nMeasured with `npm run bench` on the development machine (2 cores, Node 20). Each section is rewritten by its own benchmark.\n';
  const current = existsSync(docsFile) ? readFileSync(docsFile, 'utf8') : header;
  const section = `## ${title}\n\n${body.trim()}\n`;
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  writeFileSync(
    docsFile,
    pattern.test(current) ? current.replace(pattern, section.trimEnd() + '\n') : `${current.trimEnd()}\n\n${section}`,
  );
}

/** The home-page section alone (`BENCH_ONLY=home`): the SPA must be built. */
async function homeOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    writeHomeSection(await homeWithTrendsMs(RUNS, dynamo.endpoint));
  } finally {
    await dynamo.stop();
  }
}

/** The phone section alone (`BENCH_ONLY=phone`), on the SPA as built last. */
async function phoneOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    const spa = frontendBundleReport(false);
    writeSection('Home on a throttled phone', phoneHomeSection(await phoneHomeRuns(RUNS, dynamo.endpoint), initialJsGzipBytes(spa) / 1000));
  } finally {
    await dynamo.stop();
  }
}

/** Warm API calls beside the DynamoDB requests they wrap (#22). */
async function writeWarmApiSection(endpoint: string): Promise<void> {
  const runs = Math.max(RUNS, 30);
  writeSection('Warm API calls against the DynamoDB requests they wrap', warmApiSection(await warmApiRows(runs, endpoint), runs));
}

async function warmApiOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    await writeWarmApiSection(dynamo.endpoint);
  } finally {
    await dynamo.stop();
  }
}

/** The uploads section alone (`BENCH_ONLY=uploads`). */
async function uploadsOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    writeSection('Uploads at once and invocations per report', await uploadsSection(dynamo.endpoint, RUNS));
  } finally {
    await dynamo.stop();
  }
}

/** The CSV import section alone (`BENCH_ONLY=import`). */
async function importOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    writeImportSection(await csvImportMs(Math.min(RUNS, 3), dynamo.endpoint));
  } finally {
    await dynamo.stop();
  }
}

function writeImportSection(timings: ImportTimings): void {
  const { tests } = timings;
  writeSection(
    'CSV import',
    [
      `The largest file one import takes: ${tests} test days of five readings (${timings.readings} readings, a German wide table), on the local runtime against DynamoDB Local, ${timings.saveMs.length} runs. Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| step | median ms | slowest ms |',
      '| --- | ---: | ---: |',
      `| \`POST /test/import/preview\` (read, plan, compare with the tank's tests) | ${median(timings.previewMs).toFixed(0)} | ${Math.max(...timings.previewMs).toFixed(0)} |`,
      `| \`POST /test/import/save\` (${tests} manual tests, each saved and evaluated) | **${median(timings.saveMs).toFixed(0)}** | ${Math.max(...timings.saveMs).toFixed(0)} |`,
      '',
      "The save must stay well inside API Gateway's 29 s; tests are saved one after the other (ADR 0124).",
    ].join('\n'),
  );
}

function writeHomeSection(home: Awaited<ReturnType<typeof homeWithTrendsMs>>): void {
  writeSection(
    'Home with Element Trends',
    [
      `The demo tank on the local runtime with the built SPA, in Debian's Chromium at 1280×800, ${RUNS} runs after one warm-up. Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| step | median ms | slowest ms |',
      '| --- | ---: | ---: |',
      `| home → latest values on screen (rail list + five test reads) | ${median(home.valuesMs)} | ${Math.max(...home.valuesMs)} |`,
      `| Show Element Trends → eight default charts drawn (dashboard list, eight trends in parallel, ECharts) | **${median(home.trendsMs)}** | ${Math.max(...home.trendsMs)} |`,
      '',
      'The target is under 1 s for the eight charts. The shell never waits for any of this: the Reef Review card and the rail draw first, the values follow, and the trends are read only when asked for.',
    ].join('\n'),
  );
}

/** What a cold-start probe needs: a user row in DynamoDB Local and the environment the handlers read. */
async function coldStartSetup(endpoint: string): Promise<{ client: DynamoDBClient; childEnv: Record<string, string>; userId: string }> {
  const env = 'bench';
  const client = new DynamoDBClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTables(client, env);
  const userId = 'bench-user';
  const now = new Date().toISOString();
  await DynamoDBDocumentClient.from(client).send(
    new PutCommand({
      TableName: `${env}-user`,
      Item: {
        user_id: userId,
        email: 'bench@reef.test',
        display_name: 'Bench',
        plan: 'PRO',
        trial_started_at: now,
        trial_ends_at: now,
        billing_exempt: false,
        created_at: now,
        updated_at: now,
      },
    }),
  );
  const childEnv = {
    RAM_ENV: env,
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'x',
    AWS_SECRET_ACCESS_KEY: 'x',
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    IDENTITY_KIND: 'local',
    LOCAL_IDENTITY_ISSUER: 'http://127.0.0.1/auth',
    LOCAL_IDENTITY_JWKS_URI: 'http://127.0.0.1/auth/jwks.json',
    IDENTITY_CLIENT_ID: 'bench',
    ADMIN_EMAIL: 'admin@reef.test',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  return { client, childEnv, userId };
}

/**
 * As Lambda runs a function: `AWS_EXECUTION_ENV` set and tracing left on, so the Tracer loads the X-Ray
 * SDK and wraps every SDK client. No X-Ray daemon listens here; the SDK's UDP datagrams go nowhere.
 */
function lambdaTracedEnv(childEnv: Record<string, string>): Record<string, string> {
  const rest = { ...childEnv };
  delete rest.POWERTOOLS_TRACE_ENABLED;
  return {
    ...rest,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
  };
}

/** Each HTTP lambdalith from a fresh process: untraced (as locally) and traced (as in Lambda). */
async function coldStartSection(endpoint: string): Promise<void> {
  const { client, childEnv, userId } = await coldStartSetup(endpoint);
  const tracedEnv = lambdaTracedEnv(childEnv);
  const eventFor = (path: string) =>
    apiGatewayProxyEvent({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      query: {},
      body: '{}',
      sourceIp: '127.0.0.1',
      claims: { sub: userId, email: 'bench@reef.test' },
      stage: childEnv.RAM_ENV,
    });

  // The baseline is packaged like the lambdaliths (loader and code cache), so the ratio is the framework's alone.
  const bareDir = join(__dirname, '..', 'bundles', 'bare-baseline');
  const bareBundle = join(bareDir, BUNDLE_FILE);
  await build({
    entryPoints: [join(__dirname, 'bare-handler.js')],
    outfile: bareBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'error',
  });
  const { handlerFile: bareFile, cacheBytes: bareCache } = finishArtifact('bare-baseline', bareDir, 'load');
  const cachedBare = Array.from({ length: RUNS }, () => probe(bareFile, eventFor('/user'), childEnv));
  // A small bundle may start faster without a cache (reading it costs more than compiling); the
  // baseline is whichever of the two is faster, so no ratio below flatters the lambdaliths.
  const bareCacheFile = join(bareDir, `${BUNDLE_FILE}.cache`);
  const cacheBytes = readFileSync(bareCacheFile);
  rmSync(bareCacheFile);
  const plainBare = Array.from({ length: RUNS }, () => probe(bareFile, eventFor('/user'), childEnv));
  writeFileSync(bareCacheFile, cacheBytes);
  const withCache = median(cachedBare.map((p) => p.totalMs)) <= median(plainBare.map((p) => p.totalMs));
  const bare = withCache ? cachedBare : plainBare;
  const bareMedian = median(bare.map((p) => p.totalMs));
  const bareCpu = median(bare.map((p) => p.cpuMs));
  const bareRss = median(bare.map((p) => p.rssMb));
  const otherBare = withCache ? plainBare : cachedBare;

  const rows: string[] = [];
  const contributors: string[] = [];
  const http = (Object.keys(FUNCTIONS) as FunctionName[]).filter((f) => FUNCTIONS[f].kind === 'http');
  for (const fn of http) {
    const bundle = await bundleFunction(fn);
    if (!bundle) continue;
    const route = ROUTES.find((r) => r.function === fn && r.auth !== 'none') ?? ROUTES.find((r) => r.function === fn)!;
    // Untraced and traced runs alternate, so a busy moment of the machine weighs on both alike.
    const runs: Probe[] = [];
    const traced: Probe[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(probe(bundle.file, eventFor(route.path), childEnv));
      traced.push(probe(bundle.file, eventFor(route.path), tracedEnv));
    }
    const total = median(runs.map((p) => p.totalMs));
    const cpu = median(runs.map((p) => p.cpuMs));
    const rss = median(runs.map((p) => p.rssMb));
    const cache = runs.every((p) => p.codeCache === 'used') ? `${(bundle.cacheBytes / 1024).toFixed(0)}` : `${runs[0].codeCache}`;
    const met = total / bareMedian <= COLD_START_TARGET && rss / bareRss <= COLD_START_TARGET ? 'yes' : 'no';
    rows.push(
      `| ${fn} | \`${route.path}\` → ${runs[0].status} | ${(bundle.bytes / 1024).toFixed(0)} | ${(bundle.gzipBytes / 1024).toFixed(0)} | ${cache} | ${median(runs.map((p) => p.loadMs)).toFixed(0)} | ${total.toFixed(0)} | ${median(traced.map((p) => p.totalMs)).toFixed(0)} | **${(total / bareMedian).toFixed(2)}×** | ${cpu.toFixed(0)} | ${(cpu / bareCpu).toFixed(2)}× | ${rss.toFixed(0)} | **${(rss / bareRss).toFixed(2)}×** | ${met} |`,
    );
    contributors.push(`| ${fn} | ${bundle.contributors.map((c) => `${c.name} ${(c.bytes / 1024).toFixed(0)}`).join(', ')} |`);
  }
  const bareBytes = readFileSync(bareBundle);
  writeSection(
    'Lambdalith cold start and bundle size',
    [
      `Fresh Node process → bundle loaded → first response to a real request against DynamoDB Local (in memory). Median of ${RUNS} runs per row; ratios against a bare handler that makes the same DynamoDB read without Nest, packaged the same way (loader and V8 code cache, see \`backend/src/tools/code-cache.ts\`) and measured with and without its cache; the faster of the two is the baseline. Target (#22): first response and RSS each at most ${COLD_START_TARGET}× the bare handler's. "Traced" is the same probe with the environment Lambda gives a function (\`AWS_EXECUTION_ENV\` set, tracing on), so the Tracer loads the X-Ray SDK and wraps the SDK clients; the other columns run as locally, tracing off. Measured ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
      '',
      '| function | request → status | bundle KiB | gzip KiB | code cache KiB | load ms | first response ms | traced ms | vs bare | CPU ms | CPU vs bare | RSS MiB | RSS vs bare | met |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
      ...rows,
      `| bare handler (baseline, ${withCache ? 'with' : 'without'} its code cache) | \`/user\` → ${bare[0].status} | ${(bareBytes.length / 1024).toFixed(0)} | ${(gzipSync(bareBytes).length / 1024).toFixed(0)} | ${withCache ? (bareCache / 1024).toFixed(0) : 'none'} | ${median(bare.map((p) => p.loadMs)).toFixed(0)} | ${bareMedian.toFixed(0)} | | 1.00× | ${bareCpu.toFixed(0)} | 1.00× | ${bareRss.toFixed(0)} | 1.00× | |`,
      `| bare handler ${withCache ? 'without' : 'with'} its code cache (not the baseline) | \`/user\` → ${otherBare[0].status} | | | ${withCache ? 'none' : (bareCache / 1024).toFixed(0)} | ${median(otherBare.map((p) => p.loadMs)).toFixed(0)} | ${median(otherBare.map((p) => p.totalMs)).toFixed(0)} | | ${(median(otherBare.map((p) => p.totalMs)) / bareMedian).toFixed(2)}× | ${median(otherBare.map((p) => p.cpuMs)).toFixed(0)} | | ${median(otherBare.map((p) => p.rssMb)).toFixed(0)} | | |`,
      '',
      "Biggest contributors to each bundle (KiB of minified output, from esbuild's metafile):",
      '',
      '| function | largest five |',
      '| --- | --- |',
      ...contributors,
      '',
      'Lambda adds its own init (runtime start, artifact download) on top of these figures; the ratio is what the framework costs. The code cache is used only by the Node version that wrote it (V8 checks); "rejected" or "none" in its column means the bundle compiled without one.',
    ].join('\n'),
  );
  client.destroy();
}

/** The cold-start section alone (`BENCH_ONLY=cold-start`). */
async function coldStartOnly(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    await coldStartSection(dynamo.endpoint);
  } finally {
    await dynamo.stop();
  }
}

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    await coldStartSection(dynamo.endpoint);
    await writeWarmApiSection(dynamo.endpoint);
    const corpus = await corpusRows(RUNS);
    writeSection(
      'Lab-report corpus: reading per layout family',
      [
        `The corpus in \`backend/src/tools/lab-corpus\`: lab-style reports drawn by their own PDF writer, every expected row written by hand. Recall: rows found under the right water (tank or RO); values: value, unit, non-detect flag and limit right, of all rows; metadata: lab, analysis number and sample date; ms: median per PDF (pdf.js text + reader, ${RUNS} reads each). Measured ${new Date().toISOString().slice(0, 10)}.`,
        '',
        '| layout family | reports | rows | row recall | value accuracy | metadata accuracy | ms per PDF |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...corpus.rows,
        corpus.totals,
      ].join('\n'),
    );
    const extraction = await extractionRows(RUNS);
    const upload = await uploadToInProgressMs(RUNS, dynamo.endpoint);
    const done = await uploadToDoneMs(RUNS, dynamo.endpoint);
    writeSection(
      'ICP extraction and upload to IN_PROGRESS',
      [
        `Generated fixture reports (see \`backend/src/tools/icp-fixtures\`), ${RUNS} per lab, median ms; pdf.js already loaded (the first PDF in a process pays about 0.5 s to load it). Measured ${new Date().toISOString().slice(0, 10)}.`,
        '',
        '| lab | elements | pdf.js text ms | parser ms | total ms |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...extraction,
        '',
        `Upload → row IN_PROGRESS with every element row written and every evaluation message sent, on the local runtime (presigned PUT to the local S3, notification, \`upload-convert\`, DynamoDB Local, local SQS): median **${median(upload).toFixed(0)} ms**, slowest ${Math.max(...upload).toFixed(0)} ms over ${RUNS} uploads (labs in rotation; pdf.js was already loaded in this process, as in a warm Lambda).`,
        '',
        `Upload → DONE, the whole chain (conversion, one evaluation per element through the FIFO queue, the Pro draft program and the Reef Review before DONE): median **${median(done).toFixed(0)} ms**, slowest ${Math.max(...done).toFixed(0)} ms over ${RUNS} uploads.`,
      ].join('\n'),
    );
    writeSection('Uploads at once and invocations per report', await uploadsSection(dynamo.endpoint, RUNS));
    const spa = frontendBundleReport();
    writeSection('SPA initial bundle', frontendBundleSection(spa));
    // After the SPA build above: the browser loads what was just built.
    writeHomeSection(await homeWithTrendsMs(RUNS, dynamo.endpoint));
    writeSection('Home on a throttled phone', phoneHomeSection(await phoneHomeRuns(RUNS, dynamo.endpoint), initialJsGzipBytes(spa) / 1000));
    writeSection('Admin console at scale', await adminConsoleSection(dynamo.endpoint));
    writeImportSection(await csvImportMs(Math.min(RUNS, 3), dynamo.endpoint));
    process.stdout.write(`${readFileSync(docsFile, 'utf8')}\n`);
  } finally {
    await dynamo.stop();
  }
}

if (require.main === module) {
  const only: Record<string, () => Promise<void>> = {
    home: homeOnly,
    'cold-start': coldStartOnly,
    phone: phoneOnly,
    import: importOnly,
    'warm-api': warmApiOnly,
    uploads: uploadsOnly,
  };
  (only[process.env.BENCH_ONLY ?? ''] ?? main)().catch((error: unknown) => {
    process.stderr.write(`Benchmark failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
