import { buildReview } from './build-review';
import { acceptableRewrite, applyWording, parseWordingReply, wordingRequest } from './review-wording';

const content = buildReview({
  kind: 'ICP',
  testDate: '2026-11-20',
  lab: 'OCEAMO',
  elements: [
    {
      elementId: 'calcium',
      name: 'Calcium',
      category: 'major',
      unit: 'mg/l',
      value: 380,
      status: 'LOW',
      range: { source: 'METHOD', low: 400, high: 460, target: 430 },
      correction: { kind: 'DOSE', deficit: 50, totalMl: 764.1, days: 3, dailyMl: 254.7, dailyRiseMgL: 16.7 },
    },
  ],
  history: [],
  compareScope: 'LAST_3',
});

describe('review wording', () => {
  it('shows the model every text with its id and the facts behind findings', () => {
    const request = wordingRequest(content);
    expect(request.findings).toEqual([
      expect.objectContaining({ id: 'finding#calcium', facts: expect.objectContaining({ value: 380, unit: 'mg/l', status: 'LOW' }) }),
    ]);
    expect(request.actions.map((a) => a.id)).toEqual(['correction#calcium']);
  });

  it('keeps a rewrite that states the same numbers, in any order', () => {
    const reworded = applyWording(content, {
      findings: { 'finding#calcium': 'At 380 mg/l your calcium sits under its 400–460 mg/l band.' },
      actions: { 'correction#calcium': 'Over 3 days, add 254.7 ml a day of the calcium stock — 764.1 ml altogether.' },
      title: 'One element needs your attention',
    });
    expect(reworded.findings[0].text).toBe('At 380 mg/l your calcium sits under its 400–460 mg/l band.');
    expect(reworded.actions[0].text).toContain('254.7 ml a day');
    expect(reworded.severity).toBe(content.severity);
  });

  it.each([
    ['a changed dose', 'Add 300 ml a day of calcium for 3 days (764.1 ml in all).'],
    ['a dropped number', 'Add some calcium every day for a few days.'],
    ['an added number', 'Add 254.7 ml a day for 3 days (764.1 ml in all), then retest in 7 days.'],
    ['markup', 'Add <b>254.7</b> ml a day for 3 days (764.1 ml in all).'],
    ['an empty text', '   '],
    ['not a string', 42],
  ])('rejects %s and keeps the rules’ words', (_, rewrite) => {
    expect(acceptableRewrite(content.actions[0].text, rewrite)).toBe(false);
    expect(applyWording(content, { actions: { 'correction#calcium': rewrite as string } }).actions[0].text).toBe(content.actions[0].text);
  });

  it('ignores ids the review does not have', () => {
    expect(applyWording(content, { findings: { 'finding#copper': 'Copper is fine.' } })).toEqual(content);
  });

  it('reads the first JSON object of an answer, and refuses an answer without one', () => {
    expect(parseWordingReply('Sure!\n```json\n{"title": "Better"}\n```')).toEqual({ title: 'Better' });
    expect(() => parseWordingReply('no idea')).toThrow(/no JSON/);
  });
});
