import { Injectable } from '@nestjs/common';
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
 * Hook for the Reef Review work: told after a RaM draft is activated, so the review that suggested
 * it can mark its draft action applied (with accepted or overridden values). Provide another class
 * for this token to do so; the default does nothing. A failing listener never undoes the activation.
 */
export abstract class DraftActivationListener {
  abstract onDraftActivated(activation: DraftActivation): Promise<void>;
}

@Injectable()
export class NoopDraftActivationListener extends DraftActivationListener {
  async onDraftActivated(): Promise<void> {
    // Reef Review marks its draft action applied here once it exists.
  }
}
