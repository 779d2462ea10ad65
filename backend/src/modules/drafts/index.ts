export { DraftsModule } from './drafts.module';
export { draftSuggestionPortFor } from './draft-suggestions.provider';
export { DailyDoseDraftProgramService, type DraftOutcome, type EnsureDraftInput, draftProgramId } from './daily-dose-draft-program.service';
export { DraftSuggestionPort, NoopDraftSuggestions, type DraftSuggestionContext, type DraftTestRef } from './draft-suggestion.port';
export { BedrockDraftSuggestions, type BedrockDraftSuggestionsOptions } from './bedrock-draft-suggestions';
export { DAILY_DOSE_DRAFT_PROMPT_KEY, DEFAULT_DAILY_DOSE_DRAFT_PROMPT } from './daily-dose-draft-prompt';
export type { DraftSuggestion, EvaluatedElementForDraft } from '../../domain/drafts';
export { toDoseProduct } from './dose-products';
