export { DosingDataModule, DosingModule } from './dosing.module';
export { DraftActivationListener, type DraftActivation } from './draft-activation.listener';
export type { BackfillMessage, CorrectionDoseMessage, DailyDoseMessage } from './dosing-messages';
