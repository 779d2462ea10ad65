import { buildReview } from '../../src/domain/reviews';
// File by file, so this suite needs no Nest module graph.
import { BedrockReviewWording, DEFAULT_REVIEW_WORDING_PROMPT, REVIEW_WORDING_PROMPT_KEY } from '../../src/modules/reviews/review-wording';
import { FakeBedrockClient } from '../fakes/fake-bedrock';

const content = buildReview({
  kind: 'MANUAL',
  testDate: '2026-11-20',
  elements: [
    {
      elementId: 'alkalinity',
      name: 'Alkalinity',
      category: 'major',
      unit: 'dKH',
      value: 6.1,
      status: 'LOW',
      range: { source: 'CUSTOM', low: 7, high: 9 },
    },
  ],
  history: [],
  compareScope: 'LAST_3',
});

const config = () => {
  const keys: string[] = [];
  return { keys, repo: { textSeeded: async (key: string, fallback: string) => (keys.push(key), fallback) } };
};

describe('BedrockReviewWording (shared Bedrock fake)', () => {
  it('sends the review with the seeded prompt and keeps only rewrites that keep the numbers', async () => {
    const bedrock = new FakeBedrockClient().replyWithJson({
      title: '1 element needs a look: alkalinity',
      findings: { 'finding#alkalinity': 'Your alkalinity reads 6.1 dKH, under the 7–9 dKH you set.' },
      summary: 'Made-up summary with 12 numbers',
    });
    const { keys, repo } = config();
    const sut = new BedrockReviewWording(bedrock, 'model-x', repo);

    const worded = await sut.reword(content);

    expect(keys).toEqual([REVIEW_WORDING_PROMPT_KEY]);
    expect(bedrock.lastPrompt()).toContain(DEFAULT_REVIEW_WORDING_PROMPT.slice(0, 40));
    expect(bedrock.lastPrompt()).toContain('finding#alkalinity');
    expect(worded.title).toBe('1 element needs a look: alkalinity');
    expect(worded.findings[0].text).toBe('Your alkalinity reads 6.1 dKH, under the 7–9 dKH you set.');
    expect(worded.summary).toBe(content.summary);
  });

  it('keeps the rules’ words when the call fails or the answer is unreadable', async () => {
    const bedrock = new FakeBedrockClient().failWith(new Error('ThrottlingException')).replyWith('I cannot help with that.');
    const sut = new BedrockReviewWording(bedrock, 'model-x', config().repo);
    expect(await sut.reword(content)).toEqual(content);
    expect(await sut.reword(content)).toEqual(content);
  });
});
