import type { Provider } from '@nestjs/common';
import { AwsCostExplorer } from './aws-cost-explorer';
import { CostExplorerPort, UnavailableCostExplorer } from './cost-explorer.port';

/**
 * The real Cost Explorer in AWS; the local runtime sets `RAM_COST_EXPLORER=off` (there is no bill
 * to read on this machine).
 */
export const costExplorerProvider: Provider = {
  provide: CostExplorerPort,
  useFactory: (): CostExplorerPort => (process.env.RAM_COST_EXPLORER === 'off' ? new UnavailableCostExplorer() : new AwsCostExplorer()),
};
