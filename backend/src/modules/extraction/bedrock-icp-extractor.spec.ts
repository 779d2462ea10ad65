import { anOceamoText, aModelJson } from '../../domain/extraction/extraction.factory';
import { ModelOutputError, UnrecognisedLayoutError } from '../../domain/extraction';
import { FakeBedrockClient } from '../../../test/fakes/fake-bedrock';
import { BedrockIcpExtractor, TokenUsage } from './bedrock-icp-extractor';

const anExtractor = (bedrock: FakeBedrockClient, overrides: { promptTemplate?: string; onUsage?: (u: TokenUsage) => void } = {}) =>
  new BedrockIcpExtractor({ client: bedrock, modelId: 'eu.anthropic.claude-test', ...overrides });

describe('BedrockIcpExtractor', () => {
  it('asks the model once, deterministically, with the prompt from config', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson(aModelJson());
    const sut = anExtractor(bedrock, { promptTemplate: 'Lab {{lab}}. Report:\n{{text}}' });
    await sut.extract({ text: anOceamoText() });
    expect(bedrock.requests).toHaveLength(1);
    expect(bedrock.requests[0]).toMatchObject({ modelId: 'eu.anthropic.claude-test', inferenceConfig: { temperature: 0 } });
    expect(bedrock.lastPrompt()).toBe(`Lab OCEAMO. Report:\n${anOceamoText()}`);
  });

  it('maps the answer through the canon and takes the metadata from the text', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson(aModelJson({ analysisNumber: 'OC-99-00000', sampleDate: '2025-03-19' }));
    const sut = await anExtractor(bedrock).extract({ text: anOceamoText(), labHint: 'TRITON' });
    expect(sut).toMatchObject({ lab: 'OCEAMO', analysisNumber: 'OC-25-04817', sampleDate: '2025-03-14' });
    expect(sut.elements.map((e) => e.elementId)).toEqual(['copper', 'copper-ro']);
  });

  it('uses the keeper’s lab choice when the text names no lab', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson({ elements: [{ name: 'Copper', value: 1.2, printed: '1.2', unit: 'µg/l' }] });
    const sut = await anExtractor(bedrock).extract({ text: 'Nordsee Wasserlabor\nCopper\t1.2\tµg/l', labHint: 'ATI' });
    expect(sut).toMatchObject({ lab: 'ATI', elements: [{ elementId: 'copper', value: 1.2 }] });
  });

  it('does not call the model when neither the text nor the choice names a lab it knows', async () => {
    const bedrock = new FakeBedrockClient();
    await expect(anExtractor(bedrock).extract({ text: 'Nordsee Wasserlabor', labHint: 'Nordsee' })).rejects.toBeInstanceOf(
      UnrecognisedLayoutError,
    );
    expect(bedrock.requests).toHaveLength(0);
  });

  it('reports the tokens of each call', async () => {
    const usage: TokenUsage[] = [];
    const bedrock = new FakeBedrockClient().replyWith(JSON.stringify(aModelJson()), { inputTokens: 3000, outputTokens: 1200 });
    await anExtractor(bedrock, { onUsage: (u) => usage.push(u) }).extract({ text: anOceamoText() });
    expect(usage).toEqual([{ inputTokens: 3000, outputTokens: 1200 }]);
  });

  it.each([
    ['garbage', () => new FakeBedrockClient().replyWith('Sorry, I cannot help with that.')],
    ['an answer cut off at the token limit', () => new FakeBedrockClient().replyWith('{"elements": [', { stopReason: 'max_tokens' })],
    ['an empty answer', () => new FakeBedrockClient().replyWith('  ')],
  ])('refuses %s with a typed error', async (_, bedrock) => {
    await expect(anExtractor(bedrock()).extract({ text: anOceamoText() })).rejects.toBeInstanceOf(ModelOutputError);
  });

  it('lets a failed Bedrock call through as it is', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const bedrock = new FakeBedrockClient().failWith(throttled);
    await expect(anExtractor(bedrock).extract({ text: anOceamoText() })).rejects.toBe(throttled);
  });
});
