import { DeterministicIcpExtractor, ExtractedReport, FallbackIcpExtractor, ModelOutputError } from '../../src/domain/extraction';
import { BedrockIcpExtractor, extractPdfText } from '../../src/modules/extraction';
import { generateBrokenIcpFixture } from '../../src/tools/icp-fixtures';
import { FakeBedrockClient } from '../fakes/fake-bedrock';

// What a model would answer for the report: every row as printed, with metadata it got wrong.
const modelAnswerFor = (expected: ExtractedReport) => ({
  analysisNumber: 'NS/2025/999',
  sampleDate: '2024-12-24',
  tank: { name: 'Some tank', volumeLitres: 9999, salinityPpt: null, alkalinityDkh: null },
  elements: expected.elements.map((e) => ({
    name: e.printedName,
    source: e.source,
    value: e.source === 'rodi' ? 99 : e.value,
    printed: e.printed,
    unit: e.unit,
    detectionLimit: e.detectionLimit ?? null,
    low: e.referenceRange?.low ?? null,
    high: e.referenceRange?.high ?? null,
  })),
});

async function unknownLayout() {
  const fixture = await generateBrokenIcpFixture('unknown-layout');
  const { text } = await extractPdfText(fixture.bytes);
  return { text, expected: fixture.expected as ExtractedReport };
}

const aModelExtractor = (bedrock: FakeBedrockClient) => new BedrockIcpExtractor({ client: bedrock, modelId: 'test-model' });
const anExtractor = (bedrock: FakeBedrockClient) => new FallbackIcpExtractor(new DeterministicIcpExtractor(), aModelExtractor(bedrock));

describe('the Bedrock extractor, for reports the layout-tolerant reader cannot read', () => {
  it('reads every element through the model, with metadata, tank and RO rows from the PDF text', async () => {
    const { text, expected } = await unknownLayout();
    const bedrock = new FakeBedrockClient().replyWithJson(modelAnswerFor(expected));
    const sut = await aModelExtractor(bedrock).extract({ text, labHint: 'TRITON' });
    expect(sut).toEqual(expected);
    expect(bedrock.requests).toHaveLength(1);
  });

  it('asks the model only when the reader finds no element table', async () => {
    const text = 'Triton Lab\nAnalysis ID: TR-1\nDate of sampling: 2025-03-14\nResults: see the attached scan of our table';
    const bedrock = new FakeBedrockClient().replyWithJson({ analysisNumber: 'TR-1', sampleDate: '2025-03-14', tank: null, elements: [] });
    await expect(anExtractor(bedrock).extract({ text })).resolves.toMatchObject({ lab: 'TRITON', elements: [] });
    expect(bedrock.requests).toHaveLength(1);
  });

  it('never asks the model about a layout the reader can read, even one no lab profile knows', async () => {
    const { text } = await unknownLayout();
    const bedrock = new FakeBedrockClient();
    await expect(anExtractor(bedrock).extract({ text, labHint: 'TRITON' })).resolves.toMatchObject({ lab: 'TRITON' });
    expect(bedrock.requests).toHaveLength(0);
  });

  it('never asks the model about a layout a parser knows', async () => {
    const { bytes } = await generateBrokenIcpFixture('no-sample-date');
    const { text } = await extractPdfText(bytes);
    const bedrock = new FakeBedrockClient();
    await expect(anExtractor(bedrock).extract({ text })).resolves.toMatchObject({ lab: 'OCEAMO' });
    expect(bedrock.requests).toHaveLength(0);
  });

  it('fails with a typed error when the model answers garbage', async () => {
    const { text } = await unknownLayout();
    const bedrock = new FakeBedrockClient().replyWith('{"elements": "see attached"}');
    await expect(aModelExtractor(bedrock).extract({ text, labHint: 'TRITON' })).rejects.toBeInstanceOf(ModelOutputError);
  });

  it('drops a row the model invented', async () => {
    const { text, expected } = await unknownLayout();
    const answer = modelAnswerFor(expected);
    const invented = {
      name: 'Zinc',
      source: 'tank',
      value: 123.4,
      printed: '123.4',
      unit: 'µg/l',
      detectionLimit: null,
      low: null,
      high: null,
    };
    const bedrock = new FakeBedrockClient().replyWithJson({ ...answer, elements: [...answer.elements, invented] });
    const sut = await aModelExtractor(bedrock).extract({ text, labHint: 'TRITON' });
    expect(sut.elements).toEqual(expected.elements);
    expect(sut.skippedRows).toEqual(['Zinc 123.4 µg/l (not in the text)']);
  });
});
