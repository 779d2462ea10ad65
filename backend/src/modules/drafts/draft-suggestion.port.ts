import { Injectable } from '@nestjs/common';
import type { ProgramElement } from '../../domain/dosing';
import type {
  AiDraftSuggestion,
  DoseProduct,
  DraftPlan,
  EvaluatedElementForDraft,
  PriorDraftOutcome,
  RecentDose,
} from '../../domain/drafts';

/** The ICP test a draft is for, and whose tank. */
export interface DraftTestRef {
  readonly userId: string;
  readonly tankId: string;
  readonly testId: string;
  /** The ICP sample date, YYYY-MM-DD. */
  readonly testDate: string;
}

/** Everything an AI may look at to propose the next daily dosing, including what the rules alone would do. */
export interface DraftSuggestionContext extends DraftTestRef {
  readonly volumeLitres: number;
  readonly dosingMethod: string;
  readonly elements: readonly EvaluatedElementForDraft[];
  readonly activeProgram: readonly ProgramElement[];
  readonly catalog: readonly DoseProduct[];
  readonly recentDoses: readonly RecentDose[];
  readonly priorOutcomes: readonly PriorDraftOutcome[];
  readonly rulesPlan: DraftPlan;
}

/**
 * Where AI daily-dose proposals come from. A proposal is only ever input to the guardrails of
 * `draftProgram`; an implementation may throw or answer undefined, and the rules then decide alone.
 */
export abstract class DraftSuggestionPort {
  abstract suggest(context: DraftSuggestionContext): Promise<AiDraftSuggestion[] | undefined>;
}

/** No model configured: the rules decide alone. */
@Injectable()
export class NoopDraftSuggestions extends DraftSuggestionPort {
  async suggest(): Promise<undefined> {
    return undefined;
  }
}
