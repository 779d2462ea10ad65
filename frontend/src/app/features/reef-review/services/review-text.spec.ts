import {
  adjustmentActionFactory,
  correctionActionFactory,
  findingFactory,
  reviewDetailFactory,
} from '../../../../testing/review-factories';
import { bySeverity, keepDecisions, reviewGlance, scheduleText } from './review-text';

describe('review text', () => {
  it('puts the most urgent findings first and keeps the order of equals', () => {
    const findings = [
      findingFactory({ findingId: 'a', severity: 'INFO' }),
      findingFactory({ findingId: 'b', severity: 'CRITICAL' }),
      findingFactory({ findingId: 'c', severity: 'OK' }),
      findingFactory({ findingId: 'd', severity: 'WARNING' }),
      findingFactory({ findingId: 'e', severity: 'CRITICAL' }),
    ];

    expect(bySeverity(findings).map((finding) => finding.findingId)).toEqual([
      'b',
      'e',
      'd',
      'a',
      'c',
    ]);
  });

  it('writes a daily dose with its days Monday first, and a full week as every day', () => {
    expect(scheduleText({ amount: 2.5, unit: 'ml', weekdays: [1, 4] })).toBe('2.5 ml on Mon, Thu');
    expect(scheduleText({ amount: 1, unit: 'ml', weekdays: [5, 0, 1, 3] })).toBe(
      '1 ml on Mon, Wed, Fri, Sun',
    );
    expect(scheduleText({ amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] })).toBe(
      '20 ml every day',
    );
  });

  describe('keepDecisions', () => {
    const decision = { choice: 'ACCEPTED' as const, decidedAt: '2026-09-17T10:00:00Z' };

    it('gives an action back the decision the recalculated answer left off', () => {
      const before = reviewDetailFactory({ actions: [adjustmentActionFactory({ decision })] });
      const next = reviewDetailFactory({ actions: [adjustmentActionFactory()] });

      expect(keepDecisions(next, before).actions[0].decision).toEqual(decision);
    });

    it('finds a renumbered action by its type and element', () => {
      const before = reviewDetailFactory({ actions: [adjustmentActionFactory({ decision })] });
      const next = reviewDetailFactory({
        actions: [adjustmentActionFactory({ actionId: 'action-alk-2' })],
      });

      expect(keepDecisions(next, before).actions[0].decision).toEqual(decision);
    });

    it('prefers the decision in the answer', () => {
      const newer = { choice: 'DISMISSED' as const, decidedAt: '2026-09-18T10:00:00Z' };
      const before = reviewDetailFactory({ actions: [adjustmentActionFactory({ decision })] });
      const next = reviewDetailFactory({
        actions: [adjustmentActionFactory({ decision: newer })],
      });

      expect(keepDecisions(next, before).actions[0].decision).toEqual(newer);
    });
  });
});

describe('reviewGlance', () => {
  it('counts findings by severity, names the critical and warning ones first, and what waits', () => {
    const sut = reviewGlance(
      reviewDetailFactory({
        findings: [
          findingFactory({ findingId: 'a', name: 'Alkalinity', severity: 'INFO' }),
          findingFactory({ findingId: 'i', name: 'Iodine', severity: 'WARNING' }),
          findingFactory({ findingId: 'c', name: 'Copper', severity: 'CRITICAL' }),
        ],
        actions: [
          correctionActionFactory(),
          correctionActionFactory({
            actionId: 'done',
            progress: { done: 3, total: 3, state: 'DONE' },
          }),
          adjustmentActionFactory(),
          adjustmentActionFactory({
            actionId: 'decided',
            decision: { choice: 'DISMISSED', decidedAt: '2026-09-17T10:00:00Z' },
          }),
        ],
      }),
    );

    expect(sut.counts).toEqual([
      { severity: 'CRITICAL', count: 1 },
      { severity: 'WARNING', count: 1 },
      { severity: 'INFO', count: 1 },
    ]);
    expect(sut.attention.map((finding) => finding.name)).toEqual(['Copper', 'Iodine']);
    expect(sut.adjustmentsToDecide).toBe(1);
    expect(sut.correctionsToApply).toBe(1);
  });

  it('leaves nothing to decide on a closed review', () => {
    const sut = reviewGlance(reviewDetailFactory({ status: 'DISMISSED' }));
    expect([sut.adjustmentsToDecide, sut.correctionsToApply]).toEqual([0, 0]);
  });
});
