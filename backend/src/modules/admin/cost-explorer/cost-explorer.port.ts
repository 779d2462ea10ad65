/** A period Cost Explorer reports on: `from` inclusive, `to` exclusive (YYYY-MM-DD), as AWS takes it. */
export interface CostPeriod {
  readonly from: string;
  readonly to: string;
}

export interface CostLine {
  /** An AWS service name, or a `Module` tag value ("untagged" when a cost carries none). */
  readonly key: string;
  readonly usd: number;
}

export interface CostActuals {
  readonly period: CostPeriod;
  readonly byService: readonly CostLine[];
  readonly byModule: readonly CostLine[];
  readonly totalUsd: number;
}

export type CostExplorerAnswer =
  { readonly available: true; readonly actuals: CostActuals } | { readonly available: false; readonly reason: string };

/** Actual spend from AWS Cost Explorer, filtered to one `Environment` tag. */
export abstract class CostExplorerPort {
  abstract actuals(period: CostPeriod, environment: string): Promise<CostExplorerAnswer>;
}

/** On this machine there is no AWS bill to read. */
export class UnavailableCostExplorer extends CostExplorerPort {
  async actuals(): Promise<CostExplorerAnswer> {
    return { available: false, reason: 'Cost Explorer is not available on this machine' };
  }
}
