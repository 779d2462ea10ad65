import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { Provider } from '@nestjs/common';
import { type ReviewContent, applyWording, parseWordingReply, wordingRequest } from '../../domain/reviews';
import { logger } from '../../shared/observability';
import type { ConverseClient } from '../extraction';
import { AppConfigRepository } from '../platform/app-config.repository';
import { SeededPrompt } from '../platform/seeded-prompt';
import { sdkClient } from '../../shared/aws/sdk-client';

/** The app-config key of the prompt; admins edit it in the console. */
export const REVIEW_WORDING_PROMPT_KEY = 'bedrock_prompt_reef_review_interpretation';

export const DEFAULT_REVIEW_WORDING_PROMPT = [
  'You help reef aquarium keepers read a water-test review. Below, as JSON, are the texts a rules engine wrote',
  '(a title, a summary, findings with the facts behind them, and actions). Rewrite each text so it reads',
  'naturally and kindly for a hobbyist. Keep every number, unit, date and element exactly as given; do not',
  'add advice, values or doses that are not in the text. Answer with one JSON object only:',
  '{"title": "...", "summary": "...", "findings": {"<id>": "..."}, "actions": {"<id>": "..."}}.',
  '',
  '{{review}}',
].join('\n');

/** Rewords a review's texts; the default keeps the rules' words. */
export abstract class ReviewWordingPort {
  abstract reword(content: ReviewContent): Promise<ReviewContent>;
}

export class RulesWording extends ReviewWordingPort {
  async reword(content: ReviewContent): Promise<ReviewContent> {
    return content;
  }
}

/**
 * Bedrock (Converse) rewording. Only texts that keep every number survive ({@link applyWording});
 * a failed call or an unreadable answer leaves the review as the rules wrote it.
 */
export class BedrockReviewWording extends ReviewWordingPort {
  private readonly prompt: SeededPrompt;

  constructor(
    private readonly client: ConverseClient,
    private readonly modelId: string,
    config: Pick<AppConfigRepository, 'textSeeded'>,
  ) {
    super();
    this.prompt = new SeededPrompt(config, REVIEW_WORDING_PROMPT_KEY, DEFAULT_REVIEW_WORDING_PROMPT);
  }

  async reword(content: ReviewContent): Promise<ReviewContent> {
    try {
      const prompt = (await this.prompt.text()).replace('{{review}}', JSON.stringify(wordingRequest(content), null, 1));
      const response = await this.client.send(
        new ConverseCommand({
          modelId: this.modelId,
          messages: [{ role: 'user', content: [{ text: prompt }] }],
          inferenceConfig: { maxTokens: 2000, temperature: 0.2 },
        }),
      );
      const text = (response.output?.message?.content ?? []).map((block) => block.text ?? '').join('');
      return applyWording(content, parseWordingReply(text));
    } catch (error) {
      logger.warn('Reef Review wording kept as the rules wrote it', { error: error as Error });
      return content;
    }
  }
}

/** Bedrock wording when `BEDROCK_MODEL_ID` is set (read once per container), otherwise the rules' words. */
export const reviewWordingProvider: Provider = {
  provide: ReviewWordingPort,
  inject: [AppConfigRepository],
  useFactory: (config: AppConfigRepository) => {
    const modelId = process.env.BEDROCK_MODEL_ID;
    return modelId ? new BedrockReviewWording(sdkClient(BedrockRuntimeClient, {}), modelId, config) : new RulesWording();
  },
};
