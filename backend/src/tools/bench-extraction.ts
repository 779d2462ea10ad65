import { performance } from 'node:perf_hooks';
import { GetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeterministicIcpExtractor } from '../domain/extraction';
import { ICP_LABS } from '../domain/extraction/extraction-types';
import { startLocalRuntime } from '../local/runtime';
import { extractPdfText } from '../modules/extraction';
import { generateIcpFixture } from './icp-fixtures';
import { CORPUS, type Readable } from './lab-corpus/corpus';
import { scoreReport } from './lab-corpus/score';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Extraction time per PDF per lab (pdf.js text + parser), in this process after one warm-up. */
export async function extractionRows(runs: number): Promise<string[]> {
  const extractor = new DeterministicIcpExtractor();
  const warm = await generateIcpFixture('OCEAMO', { seed: 999 });
  await extractor.extract({ text: (await extractPdfText(warm.bytes)).text });
  const rows: string[] = [];
  for (const lab of ICP_LABS) {
    const text: number[] = [];
    const parse: number[] = [];
    let elements = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const fixture = await generateIcpFixture(lab, { seed });
      const t0 = performance.now();
      const pdf = await extractPdfText(fixture.bytes);
      const t1 = performance.now();
      const report = await extractor.extract({ text: pdf.text });
      text.push(t1 - t0);
      parse.push(performance.now() - t1);
      elements = report.elements.length;
    }
    rows.push(
      `| ${lab} | ${elements} | ${median(text).toFixed(1)} | ${median(parse).toFixed(2)} | ${(median(text) + median(parse)).toFixed(1)} |`,
    );
  }
  return rows;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

interface FamilyScore {
  reports: number;
  rows: number;
  found: number;
  correct: number;
  meta: number;
  ms: number[];
}

/**
 * The lab-report corpus (drawn independently of the parser, expectations written by hand), per layout
 * family: row recall (rows found under the right water), value accuracy (value, unit, flag and limit
 * right, of all rows), metadata accuracy (lab, analysis number, sample date) and ms per PDF (median
 * of `runs` reads, pdf.js text plus reader).
 */
export async function corpusRows(runs: number): Promise<{ rows: string[]; totals: string }> {
  const extractor = new DeterministicIcpExtractor();
  const families = new Map<string, FamilyScore>();
  const all: FamilyScore = { reports: 0, rows: 0, found: 0, correct: 0, meta: 0, ms: [] };
  for (const report of CORPUS) {
    const bytes = report.draw();
    const timings: number[] = [];
    let score: ReturnType<typeof scoreReport> | undefined;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const pdf = await extractPdfText(bytes);
      const read = await extractor.extract({ text: pdf.text, labHint: report.labHint });
      timings.push(performance.now() - t0);
      score = scoreReport(read, report.expected as Readable);
    }
    const family = families.get(report.family) ?? { reports: 0, rows: 0, found: 0, correct: 0, meta: 0, ms: [] };
    for (const f of [family, all]) {
      f.reports++;
      f.rows += score!.rows;
      f.found += score!.found;
      f.correct += score!.correct;
      f.meta += score!.metadata;
      f.ms.push(median(timings));
    }
    families.set(report.family, family);
  }
  const line = (name: string, f: FamilyScore) =>
    `| ${name} | ${f.reports} | ${f.rows} | ${percent(f.found, f.rows)} | ${percent(f.correct, f.rows)} | ${percent(f.meta, f.reports * 3)} | ${median(f.ms).toFixed(1)} |`;
  return { rows: [...families].map(([name, f]) => line(name, f)), totals: line(`**all ${all.reports} reports**`, all) };
}

/** Upload (S3 PUT) → test IN_PROGRESS with every evaluation message sent, on the local runtime. */
export interface BenchKeeper {
  readonly runtime: BenchRuntime;
  readonly doc: DynamoDBDocumentClient;
  readonly tankId: string;
  readonly post: (path: string, body: unknown) => Promise<Record<string, unknown>>;
}

type BenchRuntime = Awaited<ReturnType<typeof startLocalRuntime>>;

/** A quiet local runtime for the upload benchmarks (no scheduler, no logs). */
export function startBenchRuntime(dynamoEndpoint: string, env: string): Promise<BenchRuntime> {
  return startLocalRuntime({
    env,
    port: 0,
    dynamoEndpoint,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@bench.test',
    adminPassword: 'BenchAdmin-1',
  });
}

async function signIn(runtime: BenchRuntime, email: string, password: string): Promise<string> {
  const response = await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify({ email, password }) });
  return ((await response.json()) as { idToken: string }).idToken;
}

async function postAs(runtime: BenchRuntime, path: string, body: unknown, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${runtime.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

/** Signs a keeper up, has the admin grant them friend access (Pro features) and finds their first tank. */
export async function benchKeeper(runtime: BenchRuntime, doc: DynamoDBDocumentClient, email: string): Promise<BenchKeeper> {
  await fetch(`${runtime.url}/auth/sign-up`, { method: 'POST', body: JSON.stringify({ email, password: 'BenchKeeper-1', plan: 'PRO' }) });
  await postAs(
    runtime,
    '/api/user/billing/friend-access',
    { action: 'GRANT', email },
    await signIn(runtime, 'admin@bench.test', 'BenchAdmin-1'),
  );
  const token = await signIn(runtime, email, 'BenchKeeper-1');
  const post = (path: string, body: unknown) => postAs(runtime, path, body, token);
  const tankId = ((await post('/api/user', {})).tanks as { tankId: string }[])[0].tankId;
  return { runtime, doc, tankId, post };
}

/** A local runtime with one Pro-equivalent keeper and their first tank, for upload timings. */
export async function withBenchKeeper<T>(dynamoEndpoint: string, env: string, run: (keeper: BenchKeeper) => Promise<T>): Promise<T> {
  const runtime = await startBenchRuntime(dynamoEndpoint, env);
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  try {
    return await run(await benchKeeper(runtime, doc, 'keeper@bench.test'));
  } finally {
    doc.destroy();
    await runtime.stop();
  }
}

/** Starts an upload and PUTs a generated report; returns the test and when the PUT began. */
export async function putReport(keeper: BenchKeeper, seed: number): Promise<{ testId: string; startedAt: number }> {
  const fixture = await generateIcpFixture(ICP_LABS[seed % ICP_LABS.length], { seed: 100 + seed });
  const started = await keeper.post('/api/test', { tankId: keeper.tankId, fileName: fixture.fileName, fileSize: fixture.bytes.length });
  const startedAt = performance.now();
  await fetch(String(started.uploadUrl), {
    method: 'PUT',
    body: Buffer.from(fixture.bytes),
    headers: { 'content-type': 'application/pdf' },
  });
  return { testId: String(started.testId), startedAt };
}

/** Polls the test's header until `settled` says so (or ERROR); the ms since `startedAt`. */
export async function settledAfter(
  keeper: BenchKeeper,
  upload: { testId: string; startedAt: number },
  settled: (header: Record<string, unknown> | undefined) => boolean,
): Promise<number> {
  for (;;) {
    const { Item } = await keeper.doc.send(
      new GetCommand({ TableName: `${keeper.runtime.env}-test-history`, Key: { test_id: upload.testId, item: 'HEADER' } }),
    );
    if (settled(Item) || Item?.status === 'ERROR') return performance.now() - upload.startedAt;
    if (performance.now() - upload.startedAt > 30_000) throw new Error('upload did not settle within 30 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Uploads `runs` reports (labs in rotation) and times each from the PUT until `settled` says so. */
async function timeUploads(
  keeper: BenchKeeper,
  runs: number,
  settled: (header: Record<string, unknown> | undefined) => boolean,
): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) timings.push(await settledAfter(keeper, await putReport(keeper, i), settled));
  return timings;
}

/** Upload → IN_PROGRESS with every evaluation message sent (evaluation itself switched off). */
export function uploadToInProgressMs(runs: number, dynamoEndpoint: string): Promise<number[]> {
  return withBenchKeeper(dynamoEndpoint, 'benchup', (keeper) => {
    keeper.runtime.functions.register('icp-evaluate', async () => ({ batchItemFailures: [] }));
    return timeUploads(keeper, runs, (header) => Boolean(header?.fanned_out_at));
  });
}

/** Upload → DONE: every element evaluated, the draft program and the Reef Review written. */
export function uploadToDoneMs(runs: number, dynamoEndpoint: string): Promise<number[]> {
  return withBenchKeeper(dynamoEndpoint, 'benchdone', (keeper) => timeUploads(keeper, runs, (header) => header?.status === 'DONE'));
}
