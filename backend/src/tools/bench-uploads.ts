import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadavg } from 'node:os';
import { FUNCTIONS, type FunctionName } from '../catalogue';
import { type RequestCounts, meterRequests } from './request-meter';
import { type BenchKeeper, benchKeeper, putReport, settledAfter, startBenchRuntime } from './bench-extraction';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Nearest-rank percentile. */
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const isDone = (header: Record<string, unknown> | undefined) => header?.status === 'DONE';

export interface UploadTimings {
  /** One report at a time, upload → DONE with the draft and the review. */
  readonly singleMs: number[];
  /** Twenty keepers uploading at once, upload → DONE each. */
  readonly concurrentMs: number[];
  /** Lambda invocations each single upload set off, per function (summed over the single uploads). */
  readonly invocations: Partial<Record<FunctionName, number>>;
  readonly reports: number;
  /** Tests that ended in ERROR instead of DONE (should be none). */
  readonly failed: number;
  /** Of the concurrent uploads: ms from the messages queued (`fanned_out_at`) to DONE, per test. */
  readonly concurrentEvaluationMs: number[];
  /** What the single uploads cost, summed: Lambda GB-s (ms × the catalogue's memory) and AWS requests. */
  readonly cost: { readonly gbSeconds: number; readonly requests: RequestCounts };
}

type Counts = Partial<Record<FunctionName, number>>;
const total = (counts: Counts) => Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);

/** Waits until no function was invoked for `quietMs` (the stream notifiers run after DONE). */
async function quiet(keeper: BenchKeeper, quietMs = 600): Promise<Counts> {
  let last = total(keeper.runtime.functions.invocationCounts());
  for (let still = 0; still < quietMs; still += 100) {
    await new Promise((r) => setTimeout(r, 100));
    const now = total(keeper.runtime.functions.invocationCounts());
    if (now !== last) [last, still] = [now, 0];
  }
  return keeper.runtime.functions.invocationCounts();
}

function difference(after: Counts, before: Counts): Counts {
  const out: Counts = {};
  for (const [name, n] of Object.entries(after) as [FunctionName, number][])
    if (n - (before[name] ?? 0) > 0) out[name] = n - (before[name] ?? 0);
  return out;
}

function addInto(into: Counts, more: Counts): void {
  for (const [name, n] of Object.entries(more) as [FunctionName, number][]) into[name] = (into[name] ?? 0) + n;
}

/**
 * Waits until every test is DONE or ERROR, reading all their headers in one request every 50 ms (a
 * poller per test would load DynamoDB Local as much as the uploads do). The ms from each PUT.
 */
async function settleAll(
  doc: DynamoDBDocumentClient,
  table: string,
  uploads: readonly { testId: string; startedAt: number }[],
): Promise<{ ms: number; header: Record<string, unknown> }[]> {
  const settled = new Map<string, { ms: number; header: Record<string, unknown> }>();
  const limit = performance.now() + 120_000;
  while (settled.size < uploads.length) {
    if (performance.now() > limit) throw new Error(`${uploads.length - settled.size} uploads did not settle within 120 s`);
    const open = uploads.filter((u) => !settled.has(u.testId));
    const { Responses } = await doc.send(
      new BatchGetCommand({
        RequestItems: { [table]: { Keys: open.map((u) => ({ test_id: u.testId, item: 'HEADER' })), ConsistentRead: true } },
      }),
    );
    const seenAt = performance.now();
    for (const header of Responses?.[table] ?? []) {
      const upload = open.find((u) => u.testId === header.test_id)!;
      if (header.status === 'DONE' || header.status === 'ERROR') settled.set(upload.testId, { ms: seenAt - upload.startedAt, header });
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return uploads.map((u) => settled.get(u.testId)!);
}

/**
 * On one local runtime: `runs` single uploads one after the other (each timed to DONE, then the
 * invocations it set off counted once the runtime is quiet), then `keepers` keepers uploading at once.
 */
export async function uploadBench(dynamoEndpoint: string, runs: number, keepers = 20): Promise<UploadTimings> {
  const runtime = await startBenchRuntime(dynamoEndpoint, 'benchload');
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  try {
    const first = await benchKeeper(runtime, doc, 'single@bench.test');
    // One warm-up report: every function loaded once, as in warm Lambdas.
    await settledAfter(first, await putReport(first, 99), isDone);
    await quiet(first);
    const singleMs: number[] = [];
    const invocations: Counts = {};
    let failed = 0;
    const meter = meterRequests();
    const busyBefore = runtime.functions.invocationMs();
    for (let i = 0; i < runs; i++) {
      const before = runtime.functions.invocationCounts();
      const upload = await putReport(first, i);
      singleMs.push(await settledAfter(first, upload, isDone));
      addInto(invocations, difference(await quiet(first), before));
    }
    const requests = meter.snapshot();
    const busy = difference(runtime.functions.invocationMs(), busyBefore);
    const gbSeconds = (Object.entries(busy) as [FunctionName, number][]).reduce(
      (sum, [name, ms]) => sum + (ms / 1000) * (FUNCTIONS[name].memoryMb / 1024),
      0,
    );
    const crowd = await Promise.all(Array.from({ length: keepers }, (_, i) => benchKeeper(runtime, doc, `crowd-${i}@bench.test`)));
    const uploads = await Promise.all(crowd.map((keeper, i) => putReport(keeper, i)));
    const settled = await settleAll(doc, `${runtime.env}-test-history`, uploads);
    failed += settled.filter((s) => s.header.status !== 'DONE').length;
    const concurrentMs = settled.map((s) => s.ms);
    const concurrentEvaluationMs = settled.map(
      (s) => Date.parse(String(s.header.completed_at)) - Date.parse(String(s.header.fanned_out_at)),
    );
    return { singleMs, concurrentMs, invocations, reports: runs, failed, concurrentEvaluationMs, cost: { gbSeconds, requests } };
  } finally {
    doc.destroy();
    await runtime.stop();
  }
}

const met = (ok: boolean) => (ok ? 'yes' : 'no');

/** The section for docs/benchmarks.md: each figure with its target and whether it is met. */
export function uploadSection(t: UploadTimings, note: string): string {
  const single = median(t.singleMs);
  const p50 = median(t.concurrentMs);
  const p95 = percentile(t.concurrentMs, 95);
  const perReport = total(t.invocations) / t.reports;
  const split = (Object.entries(t.invocations) as [FunctionName, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${(n / t.reports).toFixed(1)}`)
    .join(', ');
  return [
    `Generated fixture reports (labs in rotation, 39–58 elements each) on the local runtime: presigned PUT to the local S3, \`upload-convert\`, the \`upload-results.fifo\` queue, \`icp-evaluate\`, the draft program and the Reef Review, DynamoDB Local. ${note} Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| figure | measured | target | met |',
    '| --- | ---: | ---: | :---: |',
    `| one report, upload → DONE with draft and review, median of ${t.singleMs.length} (slowest ${Math.max(...t.singleMs).toFixed(0)} ms) | **${single.toFixed(0)} ms** | ≤ 1000 ms | ${met(single <= 1000)} |`,
    `| ${t.concurrentMs.length} keepers uploading at once, upload → DONE, p50 (of it, messages queued → DONE: p50 ${median(t.concurrentEvaluationMs).toFixed(0)} ms, p95 ${percentile(t.concurrentEvaluationMs, 95).toFixed(0)} ms) | **${p50.toFixed(0)} ms** | | |`,
    `| ${t.concurrentMs.length} keepers uploading at once, upload → DONE, p95 (all DONE: ${met(t.failed === 0)}) | **${p95.toFixed(0)} ms** | ≤ 5000 ms | ${met(p95 <= 5000 && t.failed === 0)} |`,
    `| Lambda invocations per report, every function it set off (${split}) | **${perReport.toFixed(1)}** | ≤ 6 | ${met(perReport <= 6)} |`,
    `| of them, the report's own pipeline (\`upload-convert\` and \`icp-evaluate\`) | ${(((t.invocations['upload-convert'] ?? 0) + (t.invocations['icp-evaluate'] ?? 0)) / t.reports).toFixed(1)} | | |`,
    '',
    `What one report costs, averaged over the ${t.reports} single uploads (the same in AWS, apart from the durations, which are this machine's): Lambda **${(t.cost.gbSeconds / t.reports).toFixed(2)} GB-s** (time in each function × its memory in the catalogue); DynamoDB **${(t.cost.requests.dynamoItemWrites / t.reports).toFixed(0)} item writes** (${(t.cost.requests.dynamoTransactionalWrites / t.reports).toFixed(0)} of them in transactions, billed twice) and **${(t.cost.requests.dynamoReads / t.reports).toFixed(0)} reads**; S3 **${(t.cost.requests.s3Requests / t.reports + 1).toFixed(0)} requests** (the browser's PUT and what the functions asked). [docs/scaling.md](scaling.md) turns these into money and limits.`,
  ].join('\n');
}

/** Runs the upload benchmark, prints its figures and returns the section's text. */
export async function uploadsSection(dynamoEndpoint: string, runs: number): Promise<string> {
  const timings = await uploadBench(dynamoEndpoint, Math.max(runs, 7));
  const body = uploadSection(
    timings,
    `Load average ${loadavg()[0].toFixed(1)} on 2 cores when it ended (other work on the machine makes these wall times noisy).`,
  );
  process.stdout.write(`${body}\n`);
  return body;
}
