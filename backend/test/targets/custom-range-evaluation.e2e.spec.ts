import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { generateIcpFixture } from '../../src/tools/icp-fixtures';
import { eventually, postApi } from '../support/test-runtime';
import { keeperRuntime } from './keeper-runtime';

describe('icp-evaluate judges an upload against the custom ranges saved before it', () => {
  const ctx = keeperRuntime();

  const header = async (testId: string) => (await ctx.doc.send(new GetCommand({ TableName: ctx.table('test-history'), Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }))).Item!;
  const elementRows = async (testId: string) =>
    ((await ctx.doc.send(new QueryCommand({ TableName: ctx.table('test-history'), KeyConditionExpression: 'test_id = :t', ExpressionAttributeValues: { ':t': testId } }))).Items ?? []) as Record<string, unknown>[];

  async function upload(seed: number): Promise<Record<string, Record<string, unknown>>> {
    const fixture = await generateIcpFixture('OCEAMO', { seed, values: { calcium: 380, magnesium: 1300 } });
    const started = await postApi(ctx.runtime, '/test', { tankId: ctx.tankId, fileName: fixture.fileName, fileSize: fixture.bytes.length }, ctx.keeper);
    await fetch(String(started.body.uploadUrl), { method: 'PUT', body: Buffer.from(fixture.bytes), headers: { 'content-type': 'application/pdf' } });
    const testId = String(started.body.testId);
    await eventually(async () => ((await header(testId)).status === 'DONE' ? true : undefined), 20_000, 'the test to reach DONE');
    return Object.fromEntries((await elementRows(testId)).map((r) => [String(r.element_id), r]));
  }

  it('turns a LOW reading OK under a lower custom band, and corrects towards the custom target', async () => {
    const before = await upload(31);
    expect(before.calcium).toMatchObject({ eval_status: 'LOW', target_range: { source: 'METHOD', low: 400, high: 460 } });
    expect(before.magnesium).toMatchObject({ eval_status: 'OK' });

    for (const range of [
      { elementId: 'calcium', low: 350, high: 400, target: 380 },
      { elementId: 'magnesium', low: 1350, high: 1450, target: 1400 },
    ]) {
      expect((await postApi(ctx.runtime, '/user/target-ranges', { action: 'SAVE', tankId: ctx.tankId, ...range }, ctx.keeper)).status).toBe(200);
    }
    const after = await upload(32);

    expect(after.calcium).toMatchObject({
      eval_status: 'OK',
      target_range: { source: 'CUSTOM', low: 350, high: 400, target: 380 },
      message: 'Calcium 380 mg/l is within 350–400 mg/l.',
      correction: { kind: 'NONE' },
    });
    // 1300 → 1400 mg/l in 300 L at 30 mg/l a day with an 11.96 mg/ml stock: 2508.4 ml over 4 days.
    expect(after.magnesium).toMatchObject({
      eval_status: 'LOW',
      target_range: { source: 'CUSTOM', low: 1350, high: 1450, target: 1400 },
      correction: { kind: 'DOSE', days: 4, totalMl: 2508.4 },
    });
    // Elements without a custom range keep their method default.
    expect(after.potassium).toMatchObject({ target_range: { source: 'METHOD', low: 380, high: 440 } });
  });
});
