export { PrivacyModule } from './privacy.module';
export { KEEPER_ROWS } from '../../catalogue/keeper-rows';
export { KeeperRowFinder, type KeeperRef } from './keeper-row-finder';
export { SubscriptionCanceller, type SubscriptionOutcome } from './subscription-canceller';
