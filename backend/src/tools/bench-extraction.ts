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
interface BenchKeeper {
  readonly runtime: Awaited<ReturnType<typeof startLocalRuntime>>;
  readonly doc: DynamoDBDocumentClient;
  readonly tankId: string;
  readonly post: (path: string, body: unknown) => Promise<Record<string, unknown>>;
}

/** A local runtime with one Pro-equivalent keeper and their first tank, for upload timings. */
export async function withBenchKeeper<T>(dynamoEndpoint: string, env: string, run: (keeper: BenchKeeper) => Promise<T>): Promise<T> {
  const runtime = await startLocalRuntime({
    env,
    port: 0,
    dynamoEndpoint,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@bench.test',
    adminPassword: 'BenchAdmin-1',
  });
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  try {
    const postAs = async (path: string, body: unknown, token: string) =>
      (await (
        await fetch(`${runtime.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        })
      ).json()) as Record<string, unknown>;
    const signIn = async (email: string, password: string) =>
      (
        (await (await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify({ email, password }) })).json()) as {
          idToken: string;
        }
      ).idToken;
    await fetch(`${runtime.url}/auth/sign-up`, {
      method: 'POST',
      body: JSON.stringify({ email: 'keeper@bench.test', password: 'BenchKeeper-1', plan: 'PRO' }),
    });
    await postAs(
      '/api/user/billing/friend-access',
      { action: 'GRANT', email: 'keeper@bench.test' },
      await signIn('admin@bench.test', 'BenchAdmin-1'),
    );
    const token = await signIn('keeper@bench.test', 'BenchKeeper-1');
    const post = (path: string, body: unknown) => postAs(path, body, token);
    const tankId = ((await post('/api/user', {})).tanks as { tankId: string }[])[0].tankId;
    return await run({ runtime, doc, tankId, post });
  } finally {
    doc.destroy();
    await runtime.stop();
  }
}

/** Uploads `runs` reports (labs in rotation) and times each from the PUT until `settled` says so. */
async function timeUploads(
  keeper: BenchKeeper,
  runs: number,
  settled: (header: Record<string, unknown> | undefined) => boolean,
): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fixture = await generateIcpFixture(ICP_LABS[i % ICP_LABS.length], { seed: 100 + i });
    const started = await keeper.post('/api/test', { tankId: keeper.tankId, fileName: fixture.fileName, fileSize: fixture.bytes.length });
    const t0 = performance.now();
    await fetch(String(started.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    for (;;) {
      const { Item } = await keeper.doc.send(
        new GetCommand({ TableName: `${keeper.runtime.env}-test-history`, Key: { test_id: started.testId, item: 'HEADER' } }),
      );
      if (settled(Item) || Item?.status === 'ERROR') break;
      if (performance.now() - t0 > 30_000) throw new Error('upload did not settle within 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    timings.push(performance.now() - t0);
  }
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
