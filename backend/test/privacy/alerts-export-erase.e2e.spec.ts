import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { unzipSync, strFromU8 } from 'fflate';
import { KEEPER_ROWS, TABLE_NAMES } from '../../src/catalogue';
import { eventually, postApi, signUpAndIn } from '../support/test-runtime';
import { type KeeperRuntime, keeperRuntime, uploadIcpAndWait } from '../targets/keeper-runtime';
import { leftoversIn } from './leftovers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The mails of the runtime's outbox (the same folder `/_local/outbox.json` reads). */
async function outbox(ctx: KeeperRuntime): Promise<Json[]> {
  const res = await fetch(`${ctx.runtime.url}/_local/outbox.json`);
  return ((await res.json()) as { mails: Json[] }).mails;
}

describe('keeper alerts, export and account deletion', () => {
  const ctx = keeperRuntime('TRIAL');
  const alerts = (body: Json, user = ctx.keeper) => postApi(ctx.runtime, '/user/alerts', { tankId: ctx.tankId, ...body }, user);

  beforeAll(async () => {
    await postApi(
      ctx.runtime,
      '/user/save',
      {
        tanks: [
          {
            tankId: ctx.tankId,
            name: 'Reef 300',
            volume: 300,
            volumeUnit: 'L',
            dosingMethod: 'CUSTOM',
            defaultLab: 'OCEAMO',
            timezone: 'UTC',
          },
        ],
      },
      ctx.keeper,
    );
  });

  describe('alert preferences', () => {
    it('starts a new keeper with critical alerts on and everything else off', async () => {
      const sut = await alerts({ action: 'GET' });
      expect([sut.status, sut.body.preferences]).toEqual([
        200,
        { tankId: ctx.tankId, saved: false, reportFinished: false, critical: true, outOfRange: false, weeklySummary: false },
      ]);
    });

    it('refuses another keeper’s tank with 404, and a SAVE without preferences or with bad ones with 400', async () => {
      const other = await signUpAndIn(ctx.runtime);
      expect((await alerts({ action: 'GET' }, other)).status).toBe(404);
      expect((await alerts({ action: 'SAVE' })).body.message).toContain('preferences are required');
      expect(
        (await alerts({ action: 'SAVE', preferences: { reportFinished: 'yes', critical: true, outOfRange: true, weeklySummary: false } }))
          .status,
      ).toBe(400);
      expect((await alerts({ action: 'DELETE' })).status).toBe(400);
    });
  });

  describe('a critical reading', () => {
    let testId: string;

    beforeAll(async () => {
      testId = await uploadIcpAndWait(ctx, { seed: 24, values: { copper: 12, calcium: 380 } });
    });

    it('puts one critical mail with the reading and a link in the outbox within seconds of DONE', async () => {
      const mails = await eventually(
        async () => {
          const found = (await outbox(ctx)).filter((m) => m.to === ctx.keeper.email && m.kind === 'alert-critical');
          return found.length > 0 ? found : undefined;
        },
        10_000,
        'the critical alert mail',
      );
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Reef 300: Copper is critical');
      expect(mails[0].text).toMatch(/- Copper 12 µg\/l \(CRITICAL/);
      expect(mails[0].text).toContain(`/app/tests/icp/${testId}`);
      expect(mails[0].sentAt).toEqual(expect.any(String));
      // Defaults: nothing about calcium being low.
      expect((await outbox(ctx)).filter((m) => m.kind === 'alert-out-of-range')).toEqual([]);
    });

    it('mails nothing twice when the stream delivers the DONE record again', async () => {
      const header = {
        test_id: { S: testId },
        item: { S: 'HEADER' },
        status: { S: 'DONE' },
        user_id: { S: ctx.keeper.userId },
        tank_id: { S: ctx.tankId },
        kind: { S: 'ICP' },
        test_date: { S: '2026-03-01' },
      };
      const record = {
        eventID: '1',
        eventName: 'MODIFY',
        dynamodb: { SequenceNumber: '1', NewImage: header, OldImage: { ...header, status: { S: 'IN_PROGRESS' } } },
      };
      const result = await ctx.runtime.functions.invoke('alert-notify', { Records: [record] });
      expect(result).toEqual({ batchItemFailures: [] });
      expect((await outbox(ctx)).filter((m) => m.kind === 'alert-critical')).toHaveLength(1);
    });

    it('serves the outbox as HTML to this origin and refuses cross-site requests', async () => {
      const page = await fetch(`${ctx.runtime.url}/_local/outbox`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('Reef 300: Copper is critical');
      expect((await fetch(`${ctx.runtime.url}/_local/outbox.json`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
      expect((await fetch(`${ctx.runtime.url}/_local/outbox.json`, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
      expect((await fetch(`${ctx.runtime.url}/_local/outbox.json`, { method: 'POST', body: '{}' })).status).toBe(405);
    });
  });

  describe('the weekly summary', () => {
    it('mails keepers who asked for it once per week, from the schedule', async () => {
      const saved = await alerts({
        action: 'SAVE',
        preferences: { reportFinished: true, critical: true, outOfRange: true, weeklySummary: true },
      });
      expect(saved.body.preferences).toMatchObject({ saved: true, weeklySummary: true, outOfRange: true });
      await ctx.runtime.scheduler.fireNow('weekly-summary');
      await ctx.runtime.scheduler.fireNow('weekly-summary');
      const summaries = (await outbox(ctx)).filter((m) => m.kind === 'weekly-summary');
      expect(summaries).toHaveLength(1);
      expect(summaries[0].subject).toMatch(/^Reef 300: your week \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
      expect(summaries[0].text).toContain('Dose days logged:');
    });
  });

  describe('export', () => {
    it('exports tests with their elements, and every other kind, as JSON', async () => {
      await postApi(
        ctx.runtime,
        '/user/template/save',
        { tankId: ctx.tankId, type: 'TEST', name: 'Kits', elements: [{ elementId: 'calcium' }] },
        ctx.keeper,
      );
      const sut = await postApi(ctx.runtime, '/user/export', { format: 'json' }, ctx.keeper);
      expect(sut.status).toBe(200);
      expect(Object.keys(sut.body)).toEqual(
        expect.arrayContaining(['tests', 'doses', 'programs', 'reviews', 'targets', 'templates', 'profile', 'tanks', 'alerts']),
      );
      const test = (sut.body.tests as Json[])[0];
      expect(test).toMatchObject({ kind: 'ICP', status: 'DONE' });
      expect(test.elements.find((e: Json) => e.element_id === 'copper')).toMatchObject({ value: 12, eval_status: 'CRITICAL' });
      expect(sut.body.reviews).toHaveLength(1);
      expect((sut.body.templates as Json[])[0]).toMatchObject({ name: 'Kits' });
      expect(sut.body.profile).toMatchObject({ email: ctx.keeper.email });
    });

    it('exports a ZIP of one CSV per kind, readings as date, element, value, unit', async () => {
      const sut = await postApi(ctx.runtime, '/user/export', { format: 'csv' }, ctx.keeper);
      expect(sut.body).toMatchObject({
        format: 'csv',
        contentType: 'application/zip',
        fileName: expect.stringMatching(/^reef-a-matic-export-\d{4}-\d{2}-\d{2}\.zip$/),
      });
      const files = unzipSync(Buffer.from(String(sut.body.base64), 'base64'));
      expect(Object.keys(files).sort()).toEqual([
        'alerts.csv',
        'dashboards.csv',
        'doses.csv',
        'profile.csv',
        'programs.csv',
        'reviews.csv',
        'tanks.csv',
        'targets.csv',
        'templates.csv',
        'tests.csv',
      ]);
      const tests = strFromU8(files['tests.csv']).split('\r\n');
      expect(tests[0]).toBe('date,element,value,unit,element_id,status,test_id,test_kind,lab,tank_id');
      expect(tests.some((l) => /^\d{4}-\d{2}-\d{2},Copper,12,µg\/l,copper,CRITICAL,/.test(l))).toBe(true);
    });

    it('refuses an unknown format with 400', async () => {
      expect((await postApi(ctx.runtime, '/user/export', { format: 'xml' }, ctx.keeper)).status).toBe(400);
    });
  });

  describe('account deletion', () => {
    it('deletes nothing when confirmEmail is wrong', async () => {
      const sut = await postApi(ctx.runtime, '/user/delete', { confirmEmail: 'someone-else@reef.test' }, ctx.keeper);
      expect(sut.status).toBe(400);
      expect(sut.body.message).toContain('nothing was deleted');
      expect((await postApi(ctx.runtime, '/user', {}, ctx.keeper)).status).toBe(200);
    });

    it('removes every row in every catalogue table, the PDFs and the identity; old tokens get 401 and sign-in fails', async () => {
      const bystander = await signUpAndIn(ctx.runtime);
      await postApi(ctx.runtime, '/user', {}, bystander);
      const sut = await postApi(ctx.runtime, '/user/delete', { confirmEmail: ctx.keeper.email.toUpperCase() }, ctx.keeper);
      expect(sut.status).toBe(200);
      expect(sut.body).toMatchObject({ deleted: true, subscription: 'none', filesDeleted: 1 });
      expect(sut.body.rowsDeleted).toBeGreaterThan(20);

      for (const table of TABLE_NAMES)
        expect({ table, leftovers: await leftoversIn(ctx, table, ctx.keeper) }).toEqual({ table, leftovers: [] });
      const pdfs = await fetch(
        `${ctx.runtime.s3Endpoint}/${ctx.runtime.env}-reef-a-matic-upload?list-type=2&prefix=uploads/${ctx.keeper.userId}/`,
      );
      expect(await pdfs.text()).not.toContain('<Key>');

      expect((await postApi(ctx.runtime, '/user', {}, ctx.keeper)).status).toBe(401);
      expect((await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).status).toBe(401);
      expect((await postApi(ctx.runtime, '/dose/history/list', { tankId: ctx.tankId }, ctx.keeper)).status).toBe(401);
      // The profile read re-creates a missing profile for a live keeper; for a deleted one it creates nothing.
      for (const table of ['user', 'user-tank'] as const)
        expect({ table, leftovers: await leftoversIn(ctx, table, ctx.keeper) }).toEqual({ table, leftovers: [] });
      const signIn = await fetch(`${ctx.runtime.url}/auth/sign-in`, {
        method: 'POST',
        body: JSON.stringify({ email: ctx.keeper.email, password: 'CoralReef-42' }),
      });
      expect(signIn.status).toBe(400);

      const audit = ((await ctx.doc.send(new ScanCommand({ TableName: ctx.table('account-erasure') }))).Items ?? []) as Json[];
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        erasure_id: sut.body.erasureId,
        rows_deleted: sut.body.rowsDeleted,
        files_deleted: 1,
        identity_deleted: true,
      });
      expect(JSON.stringify(audit[0])).not.toContain(ctx.keeper.userId);

      // The other keeper keeps everything.
      expect((await postApi(ctx.runtime, '/user', {}, bystander)).status).toBe(200);
      const theirTanks = await ctx.doc.send(
        new QueryCommand({
          TableName: ctx.table('user-tank'),
          KeyConditionExpression: 'user_id = :u',
          ExpressionAttributeValues: { ':u': bystander.userId },
        }),
      );
      expect(theirTanks.Items).toHaveLength(1);
    });

    it('declares for every catalogue table how a keeper’s rows are found', () => {
      for (const table of TABLE_NAMES) expect(KEEPER_ROWS[table]).toBeDefined();
      expect(TABLE_NAMES.filter((t) => KEEPER_ROWS[t].by === 'none')).toEqual([
        'app-config',
        'test-element',
        'element-correction',
        'dose-element',
        'account-erasure',
        'revoked-identity',
      ]);
    });
  });
});
