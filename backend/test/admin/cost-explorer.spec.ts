import type { LocalRuntime } from '../../src/local/runtime';
import { AwsCostExplorer } from '../../src/modules/admin';
import { CostsService } from '../../src/modules/admin/costs.service';
import { ConfigStoreRepository } from '../../src/modules/admin/read-model/config-store.repository';
import { IcpTestReader } from '../../src/modules/admin/read-model/icp-test.reader';
import { UsageEventReader } from '../../src/modules/admin/read-model/usage-event.reader';
import { FakeCostExplorer } from '../fakes/fake-cost-explorer';
import { startTestRuntime } from '../support/test-runtime';

const spend = {
  byService: { 'AWS Lambda': 3.214, 'Amazon DynamoDB': 1.1, 'Amazon Simple Storage Service': 0.004 },
  byModule: { testing: 2.5, dosing: 1.2, untagged: 0.618 },
};

describe('AwsCostExplorer with the shared fake', () => {
  it('asks for unblended cost filtered by the Environment tag, grouped by service and by Module', async () => {
    const explorer = new FakeCostExplorer(spend);

    const sut = await new AwsCostExplorer(explorer).actuals({ from: '2026-11-01', to: '2026-12-01' }, 'prod');

    expect(explorer.requests).toHaveLength(2);
    expect(explorer.requests[0]).toMatchObject({
      TimePeriod: { Start: '2026-11-01', End: '2026-12-01' },
      Granularity: 'MONTHLY',
      Metrics: ['UnblendedCost'],
      Filter: { Tags: { Key: 'Environment', Values: ['prod'], MatchOptions: ['EQUALS'] } },
    });
    expect(explorer.requests.map((r) => r.GroupBy)).toEqual([[{ Type: 'DIMENSION', Key: 'SERVICE' }], [{ Type: 'TAG', Key: 'Module' }]]);
    expect(sut).toEqual({
      available: true,
      actuals: {
        period: { from: '2026-11-01', to: '2026-12-01' },
        byService: [
          { key: 'AWS Lambda', usd: 3.21 },
          { key: 'Amazon DynamoDB', usd: 1.1 },
        ],
        byModule: [
          { key: 'testing', usd: 2.5 },
          { key: 'dosing', usd: 1.2 },
          { key: 'untagged', usd: 0.62 },
        ],
        totalUsd: 4.31,
      },
    });
  });

  it('follows the next-page token', async () => {
    const explorer = new FakeCostExplorer(spend, true);

    const sut = await new AwsCostExplorer(explorer).actuals({ from: '2026-11-01', to: '2026-12-01' }, 'dev');

    expect(explorer.requests).toHaveLength(4);
    expect(sut.available && sut.actuals.byModule.map((l) => l.key)).toEqual(['testing', 'dosing', 'untagged']);
  });
});

describe('CostsService caching Cost Explorer answers (each call is billed)', () => {
  let runtime: LocalRuntime;
  let now: Date;
  const clock = { now: () => now };

  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.stop());

  const service = (explorer: FakeCostExplorer) =>
    new CostsService(new AwsCostExplorer(explorer), new ConfigStoreRepository(), new UsageEventReader(), new IcpTestReader(), clock);

  it('asks for last month and month to date by default, then answers from the cache for six hours', async () => {
    const explorer = new FakeCostExplorer(spend);
    now = new Date('2026-12-10T08:00:00Z');

    const first = await service(explorer).costs({});
    now = new Date('2026-12-10T13:59:00Z');
    const cached = await service(explorer).costs({});

    // Both periods are asked at once, so their requests may interleave.
    expect(explorer.requests.map((r) => `${r.TimePeriod?.Start}…${r.TimePeriod?.End}`).sort()).toEqual([
      '2026-11-01…2026-12-01',
      '2026-11-01…2026-12-01',
      '2026-12-01…2026-12-11',
      '2026-12-01…2026-12-11',
    ]);
    expect(cached.periods).toEqual(first.periods!.map((p) => ({ ...p, cachedAt: '2026-12-10T08:00:00.000Z' })));
  });

  it('asks again once the cached answer is older than six hours', async () => {
    const explorer = new FakeCostExplorer(spend);
    now = new Date('2027-01-05T08:00:00Z');
    await service(explorer).costs({ from: '2027-01-01', to: '2027-01-04' });
    now = new Date('2027-01-05T14:01:00Z');

    await service(explorer).costs({ from: '2027-01-01', to: '2027-01-04' });

    expect(explorer.requests).toHaveLength(4);
    expect(explorer.requests[0].TimePeriod).toEqual({ Start: '2027-01-01', End: '2027-01-05' });
  });

  it('keeps the last answer when Cost Explorer fails, and says so when there is none', async () => {
    now = new Date('2027-02-03T08:00:00Z');
    await service(new FakeCostExplorer(spend)).costs({ from: '2027-02-01', to: '2027-02-02' });
    now = new Date('2027-02-03T20:00:00Z');
    const failing = new FakeCostExplorer(spend).failWith(Object.assign(new Error('Rate exceeded'), { name: 'LimitExceededException' }));

    const stale = await service(failing).costs({ from: '2027-02-01', to: '2027-02-02' });
    const none = await service(failing).costs({ from: '2027-03-01', to: '2027-03-02' });

    expect(stale.periods![0]).toMatchObject({ available: true, cachedAt: '2027-02-03T08:00:00.000Z' });
    expect(none.periods![0]).toEqual({ available: false, reason: 'Cost Explorer did not answer: LimitExceededException' });
  });
});
