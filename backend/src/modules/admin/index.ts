export { AdminModule } from './admin.module';
export { AwsCostExplorer, type CostExplorerSender } from './cost-explorer/aws-cost-explorer';
export {
  type CostActuals,
  type CostExplorerAnswer,
  CostExplorerPort,
  type CostPeriod,
  UnavailableCostExplorer,
} from './cost-explorer/cost-explorer.port';
