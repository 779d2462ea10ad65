import type { DosingProgram, DraftElementChange } from '../../domain/dosing';

/** A RaM draft program the keeper has just activated. */
export interface DraftActivation {
  readonly program: DosingProgram;
  /** What the keeper changed before activating; empty when the suggestion was accepted as it was. */
  readonly changes: readonly DraftElementChange[];
  /** The feedback row written for the changes, if any. */
  readonly feedbackId?: string;
  readonly activatedAt: string;
}

/**
 * Told after a RaM draft is activated, so the Reef Review that suggested it can mark its daily
 * adjustments applied (accepted or overridden). Reef Review provides the implementation; a failing
 * listener never undoes the activation.
 */
export abstract class DraftActivationListener {
  abstract onDraftActivated(activation: DraftActivation): Promise<void>;
}
