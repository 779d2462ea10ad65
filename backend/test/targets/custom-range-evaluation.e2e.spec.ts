import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { postApi } from '../support/test-runtime';
import { keeperRuntime, uploadIcpAndWait } from './keeper-runtime';

describe('icp-evaluate judges an upload against the custom ranges saved before it', () => {
  const ctx = keeperRuntime();

  const upload = async (seed: number): Promise<Record<string, Record<string, unknown>>> => {
    const testId = await uploadIcpAndWait(ctx, { seed, values: { calcium: 380, magnesium: 1300 } });
    const { Items = [] } = await ctx.doc.send(
      new QueryCommand({
        TableName: ctx.table('test-history'),
        KeyConditionExpression: 'test_id = :t',
        ExpressionAttributeValues: { ':t': testId },
      }),
    );
    return Object.fromEntries(Items.map((r) => [String(r.element_id), r]));
  };

  it('turns a LOW reading OK under a lower custom band, and corrects towards the custom target', async () => {
    const before = await upload(31);
    expect(before.calcium).toMatchObject({ eval_status: 'LOW', target_range: { source: 'METHOD', low: 400, high: 460 } });
    expect(before.magnesium).toMatchObject({ eval_status: 'OK' });

    for (const range of [
      { elementId: 'calcium', low: 350, high: 400, target: 380 },
      { elementId: 'magnesium', low: 1350, high: 1450, target: 1400 },
    ]) {
      expect((await postApi(ctx.runtime, '/user/target-ranges', { action: 'SAVE', tankId: ctx.tankId, ...range }, ctx.keeper)).status).toBe(
        200,
      );
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
