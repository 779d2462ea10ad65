import { draftProgram } from '../../src/domain/drafts';
import { draftInput, dose, reading } from '../../src/domain/drafts/drafts.factory';
// Imported file by file, not through the module's index, so this suite needs no Nest module graph.
import { BedrockDraftSuggestions } from '../../src/modules/drafts/bedrock-draft-suggestions';
import { DAILY_DOSE_DRAFT_PROMPT_KEY, DEFAULT_DAILY_DOSE_DRAFT_PROMPT } from '../../src/modules/drafts/daily-dose-draft-prompt';
import { type DraftSuggestionContext, NoopDraftSuggestions } from '../../src/modules/drafts/draft-suggestion.port';
import { draftSuggestionPortFor } from '../../src/modules/drafts/draft-suggestions.provider';
import { toDoseProduct } from '../../src/modules/drafts/dose-products';
import type { AppConfigRepository } from '../../src/modules/platform/app-config.repository';
import type { UsageEventRepository } from '../../src/modules/platform/usage-event.repository';
import { FakeBedrockClient } from '../fakes/fake-bedrock';

function context(): DraftSuggestionContext {
  const input = draftInput({ activeProgram: { elements: [dose('iodine', 2)] }, elements: [reading('iodine', 40)] });
  return {
    userId: 'u-1',
    tankId: 't-1',
    testId: 'test-1',
    testDate: '2026-11-20',
    volumeLitres: input.volumeLitres,
    dosingMethod: 'CUSTOM',
    elements: input.elements,
    activeProgram: input.activeProgram!.elements,
    catalog: input.catalog,
    recentDoses: [],
    priorOutcomes: [],
    rulesPlan: draftProgram(input),
  };
}

/** An app-config stand-in that counts reads and can fail. */
function config(answers: (() => Promise<string>)[]) {
  const calls: string[] = [];
  const repo: Pick<AppConfigRepository, 'textSeeded'> = {
    textSeeded: (key) => {
      calls.push(key);
      return (answers.shift() ?? (() => Promise.resolve('Template {{context}}')))();
    },
  };
  return { repo, calls };
}

describe('BedrockDraftSuggestions', () => {
  it('asks once with the app-config prompt, the context filled in, and reads the answer', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson({
      suggestions: [{ elementId: 'iodine', amount: 2.4, reason: 'Iodine is low.' }],
    });
    const { repo, calls } = config([() => Promise.resolve('Keeper tank: {{context}}')]);
    const sut = new BedrockDraftSuggestions({ client: bedrock, modelId: 'model-x', config: repo });

    const answer = await sut.suggest(context());

    expect(answer).toEqual([{ elementId: 'iodine', amount: 2.4, reason: 'Iodine is low.' }]);
    expect(calls).toEqual([DAILY_DOSE_DRAFT_PROMPT_KEY]);
    expect(bedrock.requests[0]).toMatchObject({ modelId: 'model-x', inferenceConfig: { temperature: 0 } });
    expect(bedrock.lastPrompt()).toMatch(/^Keeper tank: \{"tank":\{"volumeLitres":300,"dosingMethod":"CUSTOM"\}/);
    expect(bedrock.lastPrompt()).toContain('"rulesPlan":[{"elementId":"iodine"');
  });

  it('reads the prompt once per container', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson({ suggestions: [] }).replyWithJson({ suggestions: [] });
    const { repo, calls } = config([]);
    const sut = new BedrockDraftSuggestions({ client: bedrock, modelId: 'model-x', config: repo });

    await sut.suggest(context());
    await sut.suggest(context());

    expect(calls).toHaveLength(1);
  });

  it('uses the default prompt while app-config cannot be read, and tries again next time', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson({ suggestions: [] }).replyWithJson({ suggestions: [] });
    const { repo, calls } = config([() => Promise.reject(new Error('AccessDenied')), () => Promise.resolve('Edited {{context}}')]);
    const sut = new BedrockDraftSuggestions({ client: bedrock, modelId: 'model-x', config: repo });

    await sut.suggest(context());
    const first = bedrock.lastPrompt();
    await sut.suggest(context());

    expect(first.startsWith(DEFAULT_DAILY_DOSE_DRAFT_PROMPT.split('{{context}}')[0])).toBe(true);
    expect(bedrock.lastPrompt()).toMatch(/^Edited \{/);
    expect(calls).toHaveLength(2);
  });

  it('appends the context to a template edited without the placeholder', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson([]);
    const sut = new BedrockDraftSuggestions({
      client: bedrock,
      modelId: 'model-x',
      config: config([() => Promise.resolve('Be careful.')]).repo,
    });

    await sut.suggest(context());

    expect(bedrock.lastPrompt()).toMatch(/^Be careful\.\n\nContext:\n\{"tank"/);
  });

  it('records the tokens against the test, and a failing record does not fail the proposal', async () => {
    const recorded: unknown[] = [];
    const usage: Pick<UsageEventRepository, 'record'> = {
      record: async (events) => {
        recorded.push(...events);
        throw new Error('usage table down');
      },
    };
    const bedrock = new FakeBedrockClient().replyWith('{"suggestions":[]}', { inputTokens: 1000, outputTokens: 100 });
    const sut = new BedrockDraftSuggestions({ client: bedrock, modelId: 'model-x', config: config([]).repo, usage });

    await expect(sut.suggest(context())).resolves.toEqual([]);
    expect(recorded).toEqual([
      expect.objectContaining({
        userId: 'u-1',
        tankId: 't-1',
        correlationId: 'test-1',
        operation: 'daily-dose-draft',
        resourceType: 'BEDROCK_INPUT_TOKENS',
        quantity: 1000,
      }),
      expect.objectContaining({ resourceType: 'BEDROCK_OUTPUT_TOKENS', quantity: 100 }),
    ]);
  });

  it.each<[string, (fake: FakeBedrockClient) => FakeBedrockClient, RegExp]>([
    ['a failed call', (fake) => fake.failWith(new Error('ThrottlingException')), /ThrottlingException/],
    ['a reply without JSON', (fake) => fake.replyWith('Raise iodine.'), /no JSON/],
    ['a reply cut off', (fake) => fake.replyWith('{"suggestions":[', { stopReason: 'max_tokens' }), /ran out of tokens/],
  ])('throws on %s, for the service to log and ignore', async (_, answer, error) => {
    const sut = new BedrockDraftSuggestions({ client: answer(new FakeBedrockClient()), modelId: 'model-x', config: config([]).repo });

    await expect(sut.suggest(context())).rejects.toThrow(error);
  });
});

describe('draftSuggestionPortFor', () => {
  const repo = {} as AppConfigRepository;
  const usage = {} as UsageEventRepository;

  it('proposes nothing without BEDROCK_MODEL_ID', async () => {
    const sut = draftSuggestionPortFor(undefined, repo, usage);

    expect(sut).toBeInstanceOf(NoopDraftSuggestions);
    await expect(sut.suggest(context())).resolves.toBeUndefined();
  });

  it('asks Bedrock when a model is configured', () => {
    expect(draftSuggestionPortFor('eu.anthropic.claude', repo, usage)).toBeInstanceOf(BedrockDraftSuggestions);
  });
});

describe('toDoseProduct', () => {
  const row = { method: 'CUSTOM', elementId: 'iodine', name: 'Iodine', canonical: 'Iodine', unit: 'ml' };

  it.each<[unknown, unknown]>([
    [
      { element: 'Iodine', amount_per_1ml_per_100l: 10, unit: 'µg/l' },
      { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' },
    ],
    [
      { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' },
      { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' },
    ],
    [undefined, undefined],
  ])('reads the stored strength %j', (strength, expected) => {
    expect(toDoseProduct({ ...row, strength }).strength).toEqual(expected);
  });
});
