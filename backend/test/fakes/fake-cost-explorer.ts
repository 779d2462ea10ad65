import type { GetCostAndUsageCommand, GetCostAndUsageCommandInput, GetCostAndUsageCommandOutput } from '@aws-sdk/client-cost-explorer';
import type { CostExplorerSender } from '../../src/modules/admin';

/** A month of spend as AWS would group it: service name or `Module` tag value → USD. */
export interface FakeSpend {
  readonly byService: Readonly<Record<string, number>>;
  readonly byModule: Readonly<Record<string, number>>;
}

/**
 * The one stand-in for AWS Cost Explorer in tests: answers GetCostAndUsage like the real API
 * (groups keyed `SERVICE` names or `Module$<value>`, amounts as strings, optional second page) and
 * records every request, so a test can count billed calls and check the filter.
 *
 * @example
 * const explorer = new FakeCostExplorer({ byService: { 'AWS Lambda': 1.2 }, byModule: { testing: 1.2 } });
 * await new AwsCostExplorer(explorer).actuals({ from: '2026-11-01', to: '2026-12-01' }, 'dev');
 * expect(explorer.requests).toHaveLength(2);
 */
export class FakeCostExplorer implements CostExplorerSender {
  readonly requests: GetCostAndUsageCommandInput[] = [];
  private failure?: Error;

  constructor(
    private readonly spend: FakeSpend,
    /** Split each answer over two pages, as AWS does for long group lists. */
    private readonly paged = false,
  ) {}

  /** The next calls fail (throttling, access denied, Cost Explorer not enabled, …). */
  failWith(error: Error): this {
    this.failure = error;
    return this;
  }

  send(command: GetCostAndUsageCommand): Promise<GetCostAndUsageCommandOutput>;
  async send(command: { input: unknown }): Promise<unknown> {
    const input = command.input as GetCostAndUsageCommandInput;
    this.requests.push(input);
    if (this.failure) throw this.failure;
    const byTag = input.GroupBy?.[0]?.Type === 'TAG';
    const entries = Object.entries(byTag ? this.spend.byModule : this.spend.byService).map(([key, usd]) => ({
      Keys: [byTag ? `Module$${key === 'untagged' ? '' : key}` : key],
      Metrics: { UnblendedCost: { Amount: usd.toFixed(10), Unit: 'USD' } },
    }));
    const half = Math.ceil(entries.length / 2);
    const groups = !this.paged ? entries : input.NextPageToken ? entries.slice(half) : entries.slice(0, half);
    return {
      $metadata: { httpStatusCode: 200 },
      ResultsByTime: [
        { TimePeriod: { Start: input.TimePeriod?.Start, End: input.TimePeriod?.End }, Total: {}, Groups: groups, Estimated: true },
      ],
      ...(this.paged && !input.NextPageToken ? { NextPageToken: 'page-2' } : {}),
    };
  }
}
