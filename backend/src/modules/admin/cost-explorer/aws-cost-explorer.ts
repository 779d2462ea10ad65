import { CostExplorerClient, GetCostAndUsageCommand, type GetCostAndUsageCommandOutput } from '@aws-sdk/client-cost-explorer';
import { type CostActuals, type CostExplorerAnswer, CostExplorerPort, type CostLine, type CostPeriod } from './cost-explorer.port';
import { sdkClient } from '../../../shared/aws/sdk-client';

/** The subset of the SDK client used here, so tests can hand in the shared fake. */
export type CostExplorerSender = Pick<CostExplorerClient, 'send'>;

const round = (usd: number) => Math.round(usd * 100) / 100;

/** Sums one grouped answer per group key; a `Module$…` tag key becomes its value. */
function lines(outputs: readonly GetCostAndUsageCommandOutput[]): CostLine[] {
  const sums = new Map<string, number>();
  for (const output of outputs) {
    for (const result of output.ResultsByTime ?? []) {
      for (const group of result.Groups ?? []) {
        const raw = group.Keys?.[0] ?? 'unknown';
        const key = raw.includes('$') ? raw.slice(raw.indexOf('$') + 1) || 'untagged' : raw;
        sums.set(key, (sums.get(key) ?? 0) + Number(group.Metrics?.UnblendedCost?.Amount ?? 0));
      }
    }
  }
  return [...sums.entries()]
    .map(([key, usd]) => ({ key, usd: round(usd) }))
    .filter((l) => l.usd !== 0)
    .sort((a, b) => b.usd - a.usd || a.key.localeCompare(b.key));
}

/**
 * AWS Cost Explorer (us-east-1, its only endpoint): unblended cost of one period filtered by the
 * `Environment` tag, grouped by service and by the `Module` cost-allocation tag. Each request is
 * billed, so callers cache the answer.
 */
export class AwsCostExplorer extends CostExplorerPort {
  constructor(private readonly client: CostExplorerSender = sdkClient(CostExplorerClient, { region: 'us-east-1' })) {
    super();
  }

  async actuals(period: CostPeriod, environment: string): Promise<CostExplorerAnswer> {
    const grouped = async (group: { Type: 'DIMENSION' | 'TAG'; Key: string }) => {
      const outputs: GetCostAndUsageCommandOutput[] = [];
      let NextPageToken: string | undefined;
      do {
        const output = await this.client.send(
          new GetCostAndUsageCommand({
            TimePeriod: { Start: period.from, End: period.to },
            Granularity: 'MONTHLY',
            Metrics: ['UnblendedCost'],
            Filter: { Tags: { Key: 'Environment', Values: [environment], MatchOptions: ['EQUALS'] } },
            GroupBy: [group],
            NextPageToken,
          }),
        );
        outputs.push(output);
        NextPageToken = output.NextPageToken;
      } while (NextPageToken);
      return lines(outputs);
    };
    const [byService, byModule] = await Promise.all([
      grouped({ Type: 'DIMENSION', Key: 'SERVICE' }),
      grouped({ Type: 'TAG', Key: 'Module' }),
    ]);
    const actuals: CostActuals = { period, byService, byModule, totalUsd: round(byService.reduce((n, l) => n + l.usd, 0)) };
    return { available: true, actuals };
  }
}
