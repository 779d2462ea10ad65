import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { type AiDraftSuggestion, AiDraftReplyError, parseAiDraftReply } from '../../domain/drafts';
import { logger } from '../../shared/observability';
import type { ConverseClient } from '../extraction';
import type { AppConfigRepository } from '../platform/app-config.repository';
import { SeededPrompt } from '../platform/seeded-prompt';
import { type UsageEvent, type UsageEventRepository, priced } from '../platform/usage-event.repository';
import { DAILY_DOSE_DRAFT_PROMPT_KEY, DEFAULT_DAILY_DOSE_DRAFT_PROMPT, renderDailyDoseDraftPrompt } from './daily-dose-draft-prompt';
import { type DraftSuggestionContext, DraftSuggestionPort } from './draft-suggestion.port';

export interface BedrockDraftSuggestionsOptions {
  readonly client: ConverseClient;
  readonly modelId: string;
  /** Reads the prompt (`bedrock_prompt_daily_dose_draft`) and seeds the default when it is missing. */
  readonly config: Pick<AppConfigRepository, 'textSeeded'>;
  /** Records the tokens of each call against the test, best effort. */
  readonly usage?: Pick<UsageEventRepository, 'record'>;
  readonly maxTokens?: number;
}

/**
 * Daily-dose proposals from a Bedrock model through the Converse API. The prompt template is read
 * from app-config once per container (an admin's edit applies from the next cold start); a
 * failed read does not stick, and until it succeeds the built-in default is used. Errors and
 * malformed answers are thrown for the caller to log and ignore.
 */
export class BedrockDraftSuggestions extends DraftSuggestionPort {
  private readonly prompt: SeededPrompt;

  constructor(private readonly options: BedrockDraftSuggestionsOptions) {
    super();
    this.prompt = new SeededPrompt(options.config, DAILY_DOSE_DRAFT_PROMPT_KEY, DEFAULT_DAILY_DOSE_DRAFT_PROMPT);
  }

  async suggest(context: DraftSuggestionContext): Promise<AiDraftSuggestion[]> {
    const prompt = renderDailyDoseDraftPrompt(await this.prompt.text(), context);
    const response = await this.options.client.send(
      new ConverseCommand({
        modelId: this.options.modelId,
        messages: [{ role: 'user', content: [{ text: prompt }] }],
        inferenceConfig: { maxTokens: this.options.maxTokens ?? 2000, temperature: 0 },
      }),
    );
    await this.recordUsage(context, response.usage?.inputTokens ?? 0, response.usage?.outputTokens ?? 0);
    if (response.stopReason === 'max_tokens') throw new AiDraftReplyError('the model ran out of tokens');
    return parseAiDraftReply((response.output?.message?.content ?? []).map((block) => block.text ?? '').join(''));
  }

  private async recordUsage(context: DraftSuggestionContext, inputTokens: number, outputTokens: number): Promise<void> {
    if (!this.options.usage) return;
    const event = (resourceType: UsageEvent['resourceType'], quantity: number): UsageEvent => ({
      userId: context.userId,
      tankId: context.tankId,
      correlationId: context.testId,
      resourceType,
      operation: 'daily-dose-draft',
      ...priced(resourceType, quantity),
    });
    await this.options.usage
      .record([event('BEDROCK_INPUT_TOKENS', inputTokens), event('BEDROCK_OUTPUT_TOKENS', outputTokens)], new Date())
      .catch((error: unknown) => logger.warn('Usage events of a daily-dose draft not recorded', { error: error as Error }));
  }
}
