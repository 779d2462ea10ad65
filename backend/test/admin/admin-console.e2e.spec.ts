import WebSocket from 'ws';
import { ROUTES } from '../../src/catalogue';
import type { LocalRuntime } from '../../src/local/runtime';
import { UsageEventRepository, priced } from '../../src/modules/platform/usage-event.repository';
import { recordFailure } from '../../src/shared/errors/support-reference';
import { keeperWithTank, shiftDate, todayIn } from '../dosing/dosing.factory';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { basicSubscriberWithUpload, finishedIcpTest, signInAdmin } from './admin.factory';
import { draftService, keeperOnPlan, newTestId, saveProgram } from '../drafts/drafts.factory';
import { reading } from '../../src/domain/drafts/drafts.factory';

interface UserRow {
  userId: string;
  email: string;
  tier: string;
  live: boolean;
  lastSeenAt?: string;
  tanks: { tankId: string; name: string; tests: number; doseDays: number; programs: number }[];
}

describe('the admin console API on the local runtime', () => {
  let runtime: LocalRuntime;
  let admin: SignedInUser;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    admin = await signInAdmin(runtime);
  });
  afterAll(() => runtime.stop());

  const asAdmin = (path: string, body: unknown = {}) => postApi(runtime, path, body, admin);

  it('refuses every admin route to a keeper, friend access included, with 403', async () => {
    const keeper = await signUpAndIn(runtime);
    await asAdmin('/user/billing/friend-access', { action: 'GRANT', email: keeper.email });
    const adminRoutes = ROUTES.filter((r) => r.auth === 'admin');

    const answers = await Promise.all(adminRoutes.map((r) => postApi(runtime, r.path, {}, keeper)));

    expect(adminRoutes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/user/admin/overview',
        '/user/admin/costs',
        '/user/admin/config',
        '/user/admin/config/save',
        '/user/admin/errors',
        '/user/admin/errors/clear',
        '/user/admin/feedback',
        '/user/billing/friend-access',
      ]),
    );
    expect(answers.map((a) => a.status)).toEqual(adminRoutes.map(() => 403));
    expect(answers[0].body.message).toBe('Only the administrator can do this');
  });

  describe('overview', () => {
    let keeper: Awaited<ReturnType<typeof keeperWithTank>>;

    beforeAll(async () => {
      keeper = await keeperWithTank(runtime);
      await postApi(
        runtime,
        '/test/history/save',
        { tankId: keeper.tankId, date: todayIn('UTC'), elements: [{ elementId: 'alkalinity', value: 8.1 }] },
        keeper.keeper,
      );
      await new UsageEventRepository().record(
        [
          {
            userId: keeper.keeper.userId,
            tankId: keeper.tankId,
            correlationId: 'upload-today',
            resourceType: 'LAMBDA_GB_SECONDS',
            operation: 'upload-convert',
            ...priced('LAMBDA_GB_SECONDS', 3),
          },
        ],
        new Date(),
      );
    });

    it('counts today’s manual tests, uploads and active keepers in the usage patterns (the first overview of the run; later ones read it from a five-minute cache)', async () => {
      const { body } = await asAdmin('/user/admin/overview');

      const usage = body.usage as {
        days: { day: string; uploads: number; manualTests: number; activeKeepers: number }[];
        activeKeepers7d: number;
      };
      expect(usage.days.at(-1)).toMatchObject({ day: new Date().toISOString().slice(0, 10), uploads: 1, manualTests: 1 });
      expect(usage.activeKeepers7d).toBeGreaterThanOrEqual(1);
    });

    it('finds a keeper by part of their email, with tanks, counts, plan and effective tier', async () => {
      const sut = await asAdmin('/user/admin/overview', { search: keeper.keeper.email.slice(0, 12).toUpperCase() });

      expect(sut.status).toBe(200);
      const row = (sut.body.users as { items: UserRow[] }).items.find((u) => u.userId === keeper.keeper.userId)!;
      expect(row).toMatchObject({ email: keeper.keeper.email, tier: 'TRIAL', live: false });
      const tank = row.tanks.find((t) => t.tankId === keeper.tankId)!;
      expect(tank).toMatchObject({ tests: 1, doseDays: 0, programs: 0 });
      expect(row.tanks).toHaveLength(2);
    });

    it('shows a keeper with the app open as live, and when they were last seen', async () => {
      const socket = new WebSocket(`${runtime.wsUrl}?token=${keeper.keeper.idToken}`);
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      try {
        const row = await eventually(
          async () => {
            const { body } = await asAdmin('/user/admin/overview', { search: keeper.keeper.email });
            const found = (body.users as { items: UserRow[] }).items[0];
            return found?.live ? found : undefined;
          },
          5000,
          'the live dot',
        );

        expect(Date.now() - Date.parse(row.lastSeenAt!)).toBeLessThan(60_000);
      } finally {
        socket.close();
      }
    });

    it('pages through keepers without repeating one', async () => {
      await Promise.all([signUpAndIn(runtime), signUpAndIn(runtime)]);
      const first = await asAdmin('/user/admin/overview', { limit: 2 });
      const cursor = (first.body.users as { cursor: string }).cursor;

      const second = await asAdmin('/user/admin/overview', { limit: 2, cursor });

      const ids = (page: typeof first) => (page.body.users as { items: UserRow[] }).items.map((u) => u.userId);
      expect(ids(first)).toHaveLength(2);
      expect(ids(second).length).toBeGreaterThan(0);
      expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    });

    it('carries the build, the release notes and the summaries', async () => {
      const { body } = await asAdmin('/user/admin/overview');

      expect(body.build).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), environment: runtime.env });
      expect((body.build as { commit: string }).commit).not.toBe('');
      expect((body.releases as { version: string; notes: string[] }[])[0]?.notes.length).toBeGreaterThan(0);
      expect(body.errors).toMatchObject({ total: expect.any(Number), byOperation: expect.any(Array) });
      expect(body.feedback).toMatchObject({ drafts: expect.any(Number), byElement: expect.any(Array) });
    });

    it('answers 400 for a cursor it did not hand out', async () => {
      const sut = await asAdmin('/user/admin/overview', { cursor: 'bm90LWEtY3Vyc29y' });

      expect(sut.status).toBe(400);
      expect(sut.body.message).toBe('cursor is not a cursor this list handed out');
    });
  });

  describe('config', () => {
    it('lists every setting with its description, type and bounds', async () => {
      const { status, body } = await asAdmin('/user/admin/config');

      expect(status).toBe(200);
      const keys = (body.settings as { key: string }[]).map((s) => s.key);
      expect(keys).toEqual([
        'basic_upload_window_minutes',
        'bedrock_prompt_icp_extraction',
        'bedrock_prompt_reef_review_interpretation',
        'bedrock_prompt_daily_dose_draft',
      ]);
      expect((body.settings as object[])[0]).toMatchObject({ type: 'integer', unit: 'minutes', min: 60, max: 129600, defaultValue: 10080 });
    });

    it('saves the Basic window, records who and when, and a Basic keeper’s allowance follows it', async () => {
      const keeper = await signUpAndIn(runtime, undefined, 'BASIC');
      await basicSubscriberWithUpload(runtime, keeper.userId, 120);
      expect(((await postApi(runtime, '/user', {}, keeper)).body.entitlements as { uploads: object }).uploads).toMatchObject({
        allowed: false,
        reason: 'BASIC_UPLOAD_WINDOW',
      });

      const sut = await asAdmin('/user/admin/config/save', { key: 'basic_upload_window_minutes', value: 60 });

      expect(sut.status).toBe(200);
      expect(sut.body.setting).toMatchObject({
        key: 'basic_upload_window_minutes',
        value: 60,
        updatedBy: admin.email,
        updatedAt: expect.any(String),
      });
      expect(((await postApi(runtime, '/user', {}, keeper)).body.entitlements as { uploads: object }).uploads).toMatchObject({
        allowed: true,
        remaining: 1,
      });
      await asAdmin('/user/admin/config/save', { key: 'basic_upload_window_minutes', value: 10080 });
    });

    it.each([
      ['an unknown key', { key: 'free_beer', value: 1 }, 'free_beer is not a setting RaM knows'],
      [
        'a window out of bounds',
        { key: 'basic_upload_window_minutes', value: 5 },
        'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes',
      ],
      [
        'a prompt without its placeholder',
        { key: 'bedrock_prompt_reef_review_interpretation', value: 'Please reword this review for the keeper in plain words.' },
        'bedrock_prompt_reef_review_interpretation must keep the placeholder {{review}}',
      ],
      ['no value', { key: 'basic_upload_window_minutes' }, 'value is required'],
    ])('answers 400 naming the key for %s, and stores nothing', async (_label, body, message) => {
      const sut = await asAdmin('/user/admin/config/save', body);

      expect(sut.status).toBe(400);
      expect(sut.body.message).toContain(message);
      const settings = (await asAdmin('/user/admin/config')).body.settings as { key: string; value: unknown }[];
      expect(settings.find((s) => s.key === 'basic_upload_window_minutes')?.value).not.toBe(5);
    });
  });

  describe('errors', () => {
    let references: string[];

    beforeAll(async () => {
      references = [];
      for (const operation of ['upload-convert', 'dose-save-dose-history-apigw', 'upload-convert']) {
        references.push(
          (
            await recordFailure(new Error(`boom in ${operation}`), {
              operation,
              userId: 'u-support',
              apiRequestId: 'api-req-1',
              lambdaRequestId: 'lambda-req-1',
            })
          ).referenceId,
        );
      }
    });

    it('lists errors newest first and pages through them', async () => {
      const first = await asAdmin('/user/admin/errors', { limit: 2 });
      const second = await asAdmin('/user/admin/errors', { limit: 2, cursor: first.body.cursor });

      const ids = [...(first.body.errors as { referenceId: string }[]), ...(second.body.errors as { referenceId: string }[])].map(
        (e) => e.referenceId,
      );
      expect(ids.slice(0, 3)).toEqual([...references].reverse());
    });

    it('filters by operation and by keeper', async () => {
      const byOperation = await asAdmin('/user/admin/errors', { operation: 'upload-convert' });
      const byUser = await asAdmin('/user/admin/errors', { userId: 'u-nobody' });

      expect((byOperation.body.errors as { referenceId: string }[]).map((e) => e.referenceId)).toEqual([references[2], references[0]]);
      expect(byUser.body.errors).toEqual([]);
    });

    it('finds one reference id as a keeper reads it, with request ids and stack', async () => {
      const sut = await asAdmin('/user/admin/errors', { referenceId: references[1].toLowerCase() });

      expect(sut.status).toBe(200);
      expect((sut.body.errors as object[])[0]).toMatchObject({
        referenceId: references[1],
        operation: 'dose-save-dose-history-apigw',
        apiRequestId: 'api-req-1',
        lambdaRequestId: 'lambda-req-1',
        errorMessage: 'boom in dose-save-dose-history-apigw',
        stack: expect.stringContaining('Error: boom'),
      });
      expect((await asAdmin('/user/admin/errors', { referenceId: 'RAM-ZZZZ-ZZZZ' })).status).toBe(404);
    });

    it('acknowledges the selected references and counts unknown ones as not found', async () => {
      const sut = await asAdmin('/user/admin/errors/clear', { referenceIds: [references[0], 'RAM-NOPE-NOPE'] });

      expect(sut.status).toBe(200);
      expect(sut.body).toEqual({ cleared: [references[0]], notFound: ['RAM-NOPE-NOPE'] });
      expect((await asAdmin('/user/admin/errors', { referenceId: references[0] })).status).toBe(404);
      expect((await asAdmin('/user/admin/errors/clear', { referenceIds: [] })).status).toBe(400);
    });
  });

  describe('costs', () => {
    it('says Cost Explorer is not available here and still shows per-PDF costs from usage events', async () => {
      const tank = await keeperWithTank(runtime);
      await new UsageEventRepository().record(
        [
          {
            userId: tank.keeper.userId,
            tankId: tank.tankId,
            correlationId: 'pdf-1',
            resourceType: 'LAMBDA_GB_SECONDS',
            operation: 'upload-convert',
            ...priced('LAMBDA_GB_SECONDS', 4.5),
          },
          {
            userId: tank.keeper.userId,
            tankId: tank.tankId,
            correlationId: 'pdf-1',
            resourceType: 'S3_STORAGE_GB_MONTH',
            operation: 'upload-convert',
            ...priced('S3_STORAGE_GB_MONTH', 0.0002),
          },
        ],
        new Date(),
      );

      const { status, body } = await asAdmin('/user/admin/costs');

      expect(status).toBe(200);
      expect(body.periods).toEqual([
        { available: false, reason: 'Cost Explorer is not available on this machine' },
        { available: false, reason: 'Cost Explorer is not available on this machine' },
      ]);
      const pdf = (body.pdfs as { items: { correlationId: string; basis: string; totalUsd: number; resources: object[] }[] }).items.find(
        (p) => p.correlationId === 'pdf-1',
      )!;
      expect(pdf).toMatchObject({
        basis: 'METERED',
        resources: [
          { resourceType: 'LAMBDA_GB_SECONDS', quantity: 4.5, usd: 0.00006 },
          { resourceType: 'S3_STORAGE_GB_MONTH', quantity: 0.0002, usd: 0.0000049 },
        ],
      });
      expect(pdf.totalUsd).toBeCloseTo(0.0000649, 9);
    });

    it('estimates an older report from its stored record, and answers 404 for an unknown test', async () => {
      const tank = await keeperWithTank(runtime);
      const testId = await finishedIcpTest(runtime, { userId: tank.keeper.userId, tankId: tank.tankId }, '2025-03-01', [
        { elementId: 'calcium', canonical: 'Calcium', value: 420, unit: 'mg/l', range: { low: 400, high: 450 } },
      ]);

      const sut = await asAdmin('/user/admin/costs', { testId });

      expect(sut.body.pdf).toMatchObject({ correlationId: testId, basis: 'ESTIMATED', userId: tank.keeper.userId });
      expect((await asAdmin('/user/admin/costs', { testId: 'no-such-test' })).status).toBe(404);
    });

    it.each([
      [{ from: '2026-02-30' }, 'from and to must be real dates'],
      [{ from: '2026-05-01', to: '2026-04-01' }, 'to must not be before from'],
      [{ from: '2024-01-01', to: '2026-01-01' }, 'from and to must be at most 366 days apart'],
      [{ from: 'yesterday' }, 'from must be a date written YYYY-MM-DD'],
    ])('answers 400 for the period %j', async (body, message) => {
      const sut = await asAdmin('/user/admin/costs', body);

      expect(sut.status).toBe(400);
      expect(sut.body.message).toContain(message);
    });
  });

  describe('RaM feedback', () => {
    it('shows what the keeper changed in an activated draft and how the next ICP test turned out', async () => {
      const rules = await draftService();
      try {
        const today = todayIn('UTC');
        const tank = await keeperOnPlan(runtime, 'TRIAL');
        await saveProgram(runtime, tank, {
          startDate: shiftDate(today, -40),
          elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] }],
        });
        const outcome = await rules.sut.ensureDraft({
          userId: tank.keeper.userId,
          tankId: tank.tankId,
          testId: newTestId(),
          testDate: shiftDate(today, -1),
          elements: [reading('iodine', 40)],
        });
        if (outcome.kind !== 'DRAFTED') throw new Error(`expected a draft, got ${outcome.kind}`);
        // The keeper activates the draft with a quarter of the suggested amount.
        await saveProgram(runtime, tank, {
          programId: outcome.program.programId,
          name: outcome.program.name,
          status: 'active',
          startDate: today,
          elements: [{ elementId: 'iodine', amount: 0.625, unit: 'ml', weekdays: [1, 3, 5] }],
        });
        await finishedIcpTest(runtime, { userId: tank.keeper.userId, tankId: tank.tankId }, shiftDate(today, 1), [
          { elementId: 'iodine', canonical: 'Iodine', value: 55, unit: 'µg/l', range: { low: 55, high: 65, target: 60 } },
        ]);

        const sut = await asAdmin('/user/admin/feedback', { limit: 5 });

        expect(sut.status).toBe(200);
        const item = (
          sut.body.items as {
            programId: string;
            drift: object[];
            largeEdits: number;
            outcome: { elapsedDays: number; averageImprovementPct: number; elements: object[] };
          }[]
        ).find((i) => i.programId === outcome.program.programId)!;
        expect(item.drift).toEqual([
          expect.objectContaining({
            elementId: 'iodine',
            kind: 'changed',
            suggestedAmount: 2.5,
            activatedAmount: 0.625,
            weeklyExposureChangePct: -75,
            large: true,
          }),
        ]);
        expect(item.largeEdits).toBe(1);
        expect(item.outcome).toMatchObject({
          elapsedDays: 1,
          elements: [expect.objectContaining({ elementId: 'iodine', before: 40, after: 55 })],
        });
        expect(item.outcome.averageImprovementPct).toBeGreaterThan(0);
        const overview = await asAdmin('/user/admin/overview');
        expect(overview.body.feedback).toMatchObject({ drafts: expect.any(Number), largeEdits: expect.any(Number) });
        expect((overview.body.feedback as { byElement: { elementId: string }[] }).byElement.map((e) => e.elementId)).toContain('iodine');
      } finally {
        await rules.close();
      }
    });
  });
});
