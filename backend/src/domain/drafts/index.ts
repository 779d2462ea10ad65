export * from './draft-types';
export { DRAFT_GUARDRAILS, neverDosedReason } from './guardrails';
export { dayNames, draftProgram, upStepAfter } from './draft-program';
export { type ActivatedDraft, type DraftSourceReading, priorDraftOutcomes, recentDailyAverages, sourceReadings } from './history';
export { AiDraftReplyError, parseAiDraftReply } from './ai-reply';
