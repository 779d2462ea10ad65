import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { handler as evaluateBatch } from '../../src/functions/icp-evaluate';
import type { LocalRuntime } from '../../src/local/runtime';
import { dynamo } from '../../src/shared/aws/clients';
import { generateIcpFixture } from '../../src/tools/icp-fixtures';
import { putIcpReport, testHistoryRows } from '../support/test-history-rows';
import { type SignedInUser, eventually, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { confirmFirstTank } from '../targets/keeper-runtime';

/**
 * `icp-evaluate` given whole batches by hand: the runtime's own consumer only collects what the
 * conversion queued, so each test decides which messages travel together.
 */
describe('icp-evaluate batches: a test’s messages evaluated together, failures per message', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  const queued = new Map<string, SQSRecord[]>();
  let seq = 0;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    runtime.functions.register('icp-evaluate', async (event: SQSEvent) => {
      for (const record of event.Records) {
        const testId = (JSON.parse(record.body) as { testId: string }).testId;
        queued.set(testId, [...(queued.get(testId) ?? []), record]);
      }
      return { batchItemFailures: [] };
    });
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const header = (testId: string) => testHistoryRows(runtime, doc).header(testId);
  const rows = (testId: string) => testHistoryRows(runtime, doc).rows(testId);
  const evaluated = async (testId: string) => (await rows(testId)).filter((r) => r.evaluated_at).map((r) => r.element_id);

  /** A new trial keeper uploads a report; waits until the conversion queued every element and returns the queued records. */
  async function uploaded(lab: 'OCEAMO' | 'ATI'): Promise<{ testId: string; records: SQSRecord[]; keeper: SignedInUser; tankId: string }> {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await confirmFirstTank(runtime, keeper);
    const fixture = await generateIcpFixture(lab, { seed: 300 + seq++ });
    const testId = await putIcpReport(runtime, keeper, tankId, fixture, lab);
    const expected = await eventually(
      async () => {
        const h = await header(testId);
        return h?.fanned_out_at && (queued.get(testId)?.length ?? 0) >= Number(h.expected_elements)
          ? Number(h.expected_elements)
          : undefined;
      },
      15_000,
      'every element queued',
    );
    const records = queued.get(testId)!;
    expect(records).toHaveLength(expected);
    expect(expected).toBeGreaterThan(20);
    return { testId, records, keeper, tankId };
  }

  const batch = (records: SQSRecord[]): SQSEvent => ({ Records: records });
  /** Counts the DynamoDB commands the evaluation sends, by kind (reads of a test's header apart). */
  function countCommands(): Map<string, number> {
    const counts = new Map<string, number>();
    const client = dynamo();
    const send = client.send.bind(client);
    jest.spyOn(client, 'send').mockImplementation(((
      command: { constructor: { name: string }; input: { Key?: { item?: unknown } } },
      ...rest: unknown[]
    ) => {
      const kind = `${command.constructor.name}${command.input.Key?.item === 'HEADER' ? ' of a header' : ''}`;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof client.send);
    return counts;
  }

  it('evaluates ten elements of one test in one transaction with one DONE check, then finishes the test', async () => {
    const { testId, records } = await uploaded('OCEAMO');
    const commands = countCommands();

    expect(await evaluateBatch(batch(records.slice(0, 10)))).toEqual({ batchItemFailures: [] });

    expect(commands.get('TransactWriteCommand')).toBe(1);
    expect(commands.get('BatchGetCommand')).toBe(1);
    expect(commands.get('GetCommand of a header')).toBe(1); // the DONE check
    expect((await header(testId)).evaluated_elements).toBe(10);
    expect((await header(testId)).status).toBe('IN_PROGRESS');
    expect((await evaluated(testId)).sort()).toEqual(
      records
        .slice(0, 10)
        .map((r) => JSON.parse(r.body).elementId)
        .sort(),
    );

    for (let i = 10; i < records.length; i += 10)
      expect(await evaluateBatch(batch(records.slice(i, i + 10)))).toEqual({ batchItemFailures: [] });
    const done = await header(testId);
    expect(done).toMatchObject({ status: 'DONE', evaluated_elements: records.length, expected_elements: records.length });
    expect(done.completed_at).toEqual(expect.any(String));
  });

  it('evaluates two tests in one batch, one transaction each', async () => {
    const first = await uploaded('ATI');
    const second = await uploaded('OCEAMO');
    const commands = countCommands();

    const mixed = [...first.records.slice(0, 4), ...second.records.slice(0, 6)];
    expect(await evaluateBatch(batch(mixed))).toEqual({ batchItemFailures: [] });

    expect(commands.get('TransactWriteCommand')).toBe(2);
    expect((await header(first.testId)).evaluated_elements).toBe(4);
    expect((await header(second.testId)).evaluated_elements).toBe(6);
  });

  it('reports only the bad messages as failed; the good ones of the batch are written and counted', async () => {
    const { testId, records, keeper, tankId } = await uploaded('ATI');
    const broken = { ...records[3], messageId: 'broken-json', body: '{"testId":' };
    const incomplete = { ...records[4], messageId: 'no-element', body: JSON.stringify({ testId, userId: keeper.userId, tankId }) };
    const good = records.slice(0, 8);

    const response = await evaluateBatch(batch([good[0], broken, ...good.slice(1, 4), incomplete, ...good.slice(4)]));

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'broken-json' }, { itemIdentifier: 'no-element' }] });
    expect((await header(testId)).evaluated_elements).toBe(8);
    expect((await evaluated(testId)).sort()).toEqual(good.map((r) => JSON.parse(r.body).elementId).sort());
  });

  it('changes nothing when a batch is delivered again, and counts an overlapping batch only for its new elements', async () => {
    const { testId, records } = await uploaded('OCEAMO');
    await evaluateBatch(batch(records.slice(0, 10)));
    const before = { header: await header(testId), rows: await rows(testId) };

    expect(await evaluateBatch(batch(records.slice(0, 10)))).toEqual({ batchItemFailures: [] });
    expect(await header(testId)).toEqual(before.header);
    expect(await rows(testId)).toEqual(before.rows);

    // Elements 5–14: five already evaluated, five new, one of them twice in the batch.
    const overlapping = [...records.slice(5, 15), { ...records[12], messageId: 'duplicate-of-12' }];
    expect(await evaluateBatch(batch(overlapping))).toEqual({ batchItemFailures: [] });
    expect((await header(testId)).evaluated_elements).toBe(15);
  });

  it('counts each element once when two deliveries of overlapping batches run at the same time', async () => {
    const { testId, records } = await uploaded('ATI');

    const responses = await Promise.all([evaluateBatch(batch(records.slice(0, 10))), evaluateBatch(batch(records.slice(5, 15)))]);

    expect(responses).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect((await header(testId)).evaluated_elements).toBe(15);
    expect(await evaluated(testId)).toHaveLength(15);
  });
});
