import { addDays, localDateOf } from '../domain/dosing';
import { generateIcpFixture } from '../tools/icp-fixtures';

/**
 * Gives the local demo keeper a tank with five months of life, produced the way a keeper would:
 * through the HTTP API and the identity endpoints of the running runtime, so every row comes out of
 * the real handlers (upload → convert → evaluate → draft → review, program backfill, corrections).
 * Runs once: a demo tank that already has tests is left alone.
 */

export interface DemoAccount {
  readonly email: string;
  readonly password: string;
}

export interface DemoHistoryReport {
  readonly created: boolean;
  readonly icpTests: number;
  readonly manualTests: number;
  readonly doseDays: number;
  readonly ms: number;
}

type Json = Record<string, unknown>;

const TIMEZONE = 'Europe/Berlin';
/** Days before today of each ICP sample, oldest first, with what the lab found. */
const ICP_PLAN: readonly { daysAgo: number; seed: number; values: Record<string, number> }[] = [
  { daysAgo: 126, seed: 301, values: { calcium: 428, magnesium: 1340, potassium: 395, strontium: 7.9, iodine: 55, copper: 1.2 } },
  { daysAgo: 98, seed: 302, values: { calcium: 418, magnesium: 1325, potassium: 388, strontium: 7.4, iodine: 48, copper: 1.4 } },
  { daysAgo: 70, seed: 303, values: { calcium: 404, magnesium: 1310, potassium: 380, strontium: 7.0, iodine: 41, copper: 6.8 } },
  { daysAgo: 42, seed: 304, values: { calcium: 412, magnesium: 1330, potassium: 386, strontium: 7.6, iodine: 52, copper: 2.1 } },
  { daysAgo: 4, seed: 305, values: { calcium: 392, magnesium: 1300, potassium: 372, strontium: 7.1, iodine: 44, copper: 1.8 } },
];
/** Manual tests every two weeks: alkalinity drifts down slowly, nutrients wander. */
const MANUAL_EVERY_DAYS = 14;
const MANUAL_TESTS = 10;

class DemoClient {
  private token = '';

  constructor(private readonly baseUrl: string) {}

  async signIn(account: DemoAccount): Promise<void> {
    const response = await fetch(`${this.baseUrl}/auth/sign-in`, { method: 'POST', body: JSON.stringify(account) });
    if (!response.ok) throw new Error(`demo sign-in failed: ${response.status}`);
    this.token = ((await response.json()) as { idToken: string }).idToken;
  }

  async post(path: string, body: Json): Promise<Json> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`demo ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as Json) : {};
  }

  async until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`demo history: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export async function seedDemoHistory(baseUrl: string, account: DemoAccount, now = new Date()): Promise<DemoHistoryReport> {
  const started = Date.now();
  const api = new DemoClient(baseUrl);
  await api.signIn(account);
  const profile = await api.post('/user', {});
  const tank = (profile.tanks as Json[])[0];
  const tankId = String(tank.tankId);
  const existing = (await api.post('/test/history/list', { tankId })).tests as Json[];
  if (existing.length > 0) return { created: false, icpTests: 0, manualTests: 0, doseDays: 0, ms: Date.now() - started };

  await api.post('/user/save', {
    displayName: 'Demo keeper',
    tanks: [
      { tankId, name: 'Demo mixed reef', volume: 400, volumeUnit: 'L', dosingMethod: 'CUSTOM', defaultLab: 'OCEAMO', timezone: TIMEZONE },
    ],
  });
  const today = localDateOf(now, TIMEZONE);

  // The program the keeper has run for five months; its past doses come from the backfill queue.
  const everyDay = [0, 1, 2, 3, 4, 5, 6];
  await api.post('/program/history/save', {
    tankId,
    name: 'Balling with trace support',
    status: 'active',
    startDate: addDays(today, -150),
    elements: [
      { elementId: 'calcium', amount: 45, unit: 'ml', weekdays: everyDay },
      { elementId: 'alkalinity', amount: 45, unit: 'ml', weekdays: everyDay },
      { elementId: 'magnesium', amount: 12, unit: 'ml', weekdays: everyDay },
      { elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [1, 4] },
      { elementId: 'strontium', amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
    ],
  });

  // Manual tests between the lab reports.
  let manualTests = 0;
  for (let i = MANUAL_TESTS - 1; i >= 0; i--) {
    const date = addDays(today, -(i * MANUAL_EVERY_DAYS + 2));
    const wave = Math.sin(i / 2);
    await api.post('/test/history/save', {
      tankId,
      date,
      notes: i === 0 ? 'After the water change' : undefined,
      elements: [
        { elementId: 'alkalinity', value: round(7.9 - (MANUAL_TESTS - i) * 0.06 + wave * 0.15, 1) },
        { elementId: 'calcium', value: Math.round(425 - (MANUAL_TESTS - i) * 2 + wave * 6) },
        { elementId: 'magnesium', value: Math.round(1335 + wave * 25) },
        { elementId: 'nitrate', value: round(6 + wave * 3, 1) },
        { elementId: 'phosphate', value: round(0.06 + wave * 0.03, 2) },
      ],
    });
    manualTests++;
  }

  // The lab reports, uploaded exactly as the app does it, each waited for until DONE.
  let icpTests = 0;
  const icpIds: string[] = [];
  for (const report of ICP_PLAN) {
    const fixture = await generateIcpFixture('OCEAMO', {
      seed: report.seed,
      sampleDate: addDays(today, -report.daysAgo),
      values: report.values,
    });
    const upload = await api.post('/test', { tankId, lab: 'OCEAMO', fileName: fixture.fileName, fileSize: fixture.bytes.length });
    const put = await fetch(String(upload.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    if (!put.ok) throw new Error(`demo upload PUT answered ${put.status}`);
    const testId = String(upload.testId);
    const status = await api.until(`ICP ${testId} to finish`, async () => {
      const tests = (await api.post('/test/history/list', { tankId })).tests as Json[];
      const test = tests.find((t) => t.id === testId);
      return test && (test.status === 'DONE' || test.status === 'ERROR') ? String(test.status) : undefined;
    });
    if (status !== 'DONE') throw new Error(`demo ICP ${testId} ended ${status}`);
    icpTests++;
    icpIds.push(testId);
  }

  // The keeper applied the iodine and strontium corrections of the third report, then closed older reviews.
  const third = await api.post('/test/history/icp', { tankId, testId: icpIds[2] });
  const correctable = ((third.corrections as Json[] | undefined) ?? []).map((c) => String(c.elementId)).slice(0, 2);
  // The history is filled after the fact: the later reports now supersede these corrections, which the
  // keeper applied back then, before those reports existed.
  if (correctable.length > 0)
    await api.post('/corrections', {
      tankId,
      testId: icpIds[2],
      elementIds: correctable,
      startDate: addDays(today, -69),
      confirmSuperseded: true,
    });
  const { reviews } = (await api.post('/user/reef-reviews', { action: 'LIST', tankId })) as { reviews: Json[] };
  const latest = new Set([icpIds[icpIds.length - 1]]);
  for (const review of reviews) {
    if (latest.has(String(review.testId))) continue;
    await api.post('/user/reef-reviews', { action: 'COMPLETE', tankId, reviewId: review.reviewId });
  }

  // Older RaM drafts were left unused; the keeper removed them and kept the newest.
  const { programs } = (await api.post('/program/history/list', { tankId })) as { programs: Json[] };
  const newest = `draft-${icpIds[icpIds.length - 1]}`;
  for (const program of programs) {
    if (program.status === 'draft' && program.programId !== newest)
      await api.post('/program/history/delete', { tankId, programId: program.programId });
  }

  // A few doses the keeper logged by hand.
  for (const daysAgo of [20, 13, 6]) {
    await api.post('/dose/history/save', {
      tankId,
      date: addDays(today, -daysAgo),
      entries: [{ elementId: 'potassium', amount: 4, unit: 'ml' }],
    });
  }
  const doseDays = await api.until('the program backfill', async () => {
    const list = await api.post('/dose/history/list', { tankId, limit: 200 });
    const days = (list.days as Json[] | undefined) ?? [];
    return days.length >= 140 ? days.length : undefined;
  });
  return { created: true, icpTests, manualTests, doseDays, ms: Date.now() - started };
}
