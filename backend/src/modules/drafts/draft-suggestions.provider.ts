import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { Provider } from '@nestjs/common';
import { AppConfigRepository } from '../platform/app-config.repository';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { BedrockDraftSuggestions } from './bedrock-draft-suggestions';
import { DraftSuggestionPort, NoopDraftSuggestions } from './draft-suggestion.port';
import { sdkClient } from '../../shared/aws/sdk-client';

/**
 * Bedrock proposals when a model id is configured (the function then needs `bedrock: true` in the
 * catalogue), otherwise none.
 */
export function draftSuggestionPortFor(
  modelId: string | undefined,
  config: AppConfigRepository,
  usage: UsageEventRepository,
): DraftSuggestionPort {
  return modelId
    ? new BedrockDraftSuggestions({ client: sdkClient(BedrockRuntimeClient, {}), modelId, config, usage })
    : new NoopDraftSuggestions();
}

/** `BEDROCK_MODEL_ID` is read when the application context is built, once per container. */
export const draftSuggestionProvider: Provider = {
  provide: DraftSuggestionPort,
  inject: [AppConfigRepository, UsageEventRepository],
  useFactory: (config: AppConfigRepository, usage: UsageEventRepository) =>
    draftSuggestionPortFor(process.env.BEDROCK_MODEL_ID, config, usage),
};
