import type { ResolvedRange } from '../corrections/target-range';
import { type DatedValue, type TrendAssessment, assessTrend, withoutWarning } from './index';

const calcium: ResolvedRange = { source: 'METHOD', low: 400, high: 460, target: 430 };
const copper: ResolvedRange = { source: 'HAZARD_FALLBACK', high: 5 };
const none: ResolvedRange = { source: 'NONE' };

const at = (date: string, value: number | null): DatedValue => ({ date, value });

describe('assessTrend', () => {
  it.each<[string, DatedValue, DatedValue[], ResolvedRange, Partial<TrendAssessment>]>([
    [
      'a first reading inside the range',
      at('2026-10-01', 430),
      [],
      calcium,
      { direction: 'FIRST', severity: 'NONE', signal: 'First reading' },
    ],
    ['a first reading outside the range', at('2026-10-01', 380), [], calcium, { direction: 'FIRST', severity: 'WATCH' }],
    [
      'a change under 5% inside the range',
      at('2026-10-01', 432),
      [at('2026-09-01', 420)],
      calcium,
      { direction: 'STEADY', severity: 'NONE', signal: '→ steady since 2026-09-01', changePercent: 2.9 },
    ],
    [
      'a rise that stays in range for months',
      at('2026-10-01', 420),
      [at('2026-07-01', 400)],
      calcium,
      { direction: 'UP', severity: 'NONE', signal: '↑ 5% since 2026-07-01', changePercent: 5 },
    ],
    [
      'a fall that leaves the range within 30 days',
      at('2026-10-01', 410),
      [at('2026-09-14', 440)],
      calcium,
      {
        direction: 'DOWN',
        severity: 'ALERT',
        signal: '↓ 6.8% since 2026-09-14',
        previousValue: 440,
        previousDate: '2026-09-14',
        changePercent: -6.8,
      },
    ],
    [
      'a fall that leaves the range within 90 days',
      at('2026-10-01', 440),
      [at('2026-08-02', 470)],
      calcium,
      { direction: 'DOWN', severity: 'WATCH' },
    ],
    [
      'low and still falling',
      at('2026-10-01', 370),
      [at('2026-09-01', 395)],
      calcium,
      { direction: 'DOWN', severity: 'ALERT', previousValue: 395 },
    ],
    ['low but coming back', at('2026-10-01', 395), [at('2026-09-01', 360)], calcium, { direction: 'UP', severity: 'WATCH' }],
    ['low and steady', at('2026-10-01', 380), [at('2026-09-01', 382)], calcium, { direction: 'STEADY', severity: 'WATCH' }],
    [
      'high and still rising',
      at('2026-10-01', 8),
      [at('2026-09-01', 6)],
      copper,
      { direction: 'UP', severity: 'ALERT', signal: '↑ 33% since 2026-09-01' },
    ],
    [
      'below a ceiling-only range and rising slowly',
      at('2026-10-01', 1.1),
      [at('2026-09-01', 1)],
      copper,
      { direction: 'UP', severity: 'NONE' },
    ],
    [
      'no range at all',
      at('2026-10-01', 30),
      [at('2026-09-01', 10)],
      none,
      { direction: 'UP', severity: 'NONE', signal: '↑ 200% since 2026-09-01' },
    ],
    [
      'a rise from zero',
      at('2026-10-01', 2),
      [at('2026-09-01', 0)],
      none,
      { direction: 'UP', signal: '↑ from 0 since 2026-09-01', previousValue: 0 },
    ],
    ['a huge rise', at('2026-10-01', 200), [at('2026-09-01', 1)], none, { signal: '↑ >999% since 2026-09-01', changePercent: 19900 }],
    [
      'a non-detect after a reading',
      at('2026-10-01', null),
      [at('2026-09-01', 3)],
      none,
      { direction: 'DOWN', signal: '↓ not detected since 2026-09-01', previousValue: 3 },
    ],
    [
      'a reading after a non-detect',
      at('2026-10-01', 3),
      [at('2026-09-01', null)],
      none,
      { direction: 'UP', signal: '↑ from not detected since 2026-09-01' },
    ],
    ['a non-detect under a floor', at('2026-10-01', null), [at('2026-09-01', null)], calcium, { direction: 'STEADY', severity: 'WATCH' }],
  ])('%s', (_, current, previous, range, expected) => {
    const sut = assessTrend({ current, previous, range, projections: false });

    expect(sut).toMatchObject(expected);
    expect(sut.signal.length).toBeLessThanOrEqual(40);
    expect(sut.projection).toBeUndefined();
  });

  it('compares with the newest earlier reading only', () => {
    const sut = assessTrend({
      current: at('2026-10-01', 430),
      previous: [at('2026-09-20', 428), at('2026-01-01', 300)],
      range: calcium,
      projections: false,
    });

    expect(sut).toMatchObject({ direction: 'STEADY', previousDate: '2026-09-20' });
  });

  it('leaves changePercent and previousValue out where they have no number', () => {
    const sut = assessTrend({ current: at('2026-10-01', 3), previous: [at('2026-09-01', null)], range: none, projections: false });

    expect(sut).not.toHaveProperty('changePercent');
    expect(sut).not.toHaveProperty('previousValue');
  });

  describe('projection', () => {
    it('extends the least-squares line through the last five readings 30 days past the test', () => {
      const previous = [at('2026-09-21', 425), at('2026-09-11', 420), at('2026-09-01', 415), at('2026-08-22', 410), at('2026-01-01', 100)];

      const sut = assessTrend({ current: at('2026-10-01', 430), previous, range: calcium, projections: true });

      // 0.5 mg/l a day through the five newest readings; the January outlier is beyond the window.
      expect(sut.projection).toEqual({ date: '2026-10-31', value: 445 });
    });

    it('is absent when projections are not allowed, even with enough readings', () => {
      expect(
        assessTrend({ current: at('2026-10-01', 430), previous: [at('2026-09-01', 400)], range: calcium, projections: false }),
      ).not.toHaveProperty('projection');
    });

    it('needs two numeric readings on different dates', () => {
      expect(assessTrend({ current: at('2026-10-01', 430), previous: [], range: calcium, projections: true })).not.toHaveProperty(
        'projection',
      );
      expect(
        assessTrend({ current: at('2026-10-01', 430), previous: [at('2026-10-01', 400)], range: calcium, projections: true }),
      ).not.toHaveProperty('projection');
      expect(
        assessTrend({ current: at('2026-10-01', 430), previous: [at('2026-09-01', null)], range: calcium, projections: true }),
      ).not.toHaveProperty('projection');
    });

    it('never projects below zero', () => {
      const sut = assessTrend({ current: at('2026-10-01', 1), previous: [at('2026-09-21', 5)], range: none, projections: true });

      expect(sut.projection).toEqual({ date: '2026-10-31', value: 0 });
    });
  });
});

describe('withoutWarning', () => {
  it.each<[string, TrendAssessment]>([
    [
      'an alert falling out of range',
      {
        direction: 'DOWN',
        severity: 'ALERT',
        signal: '↓ 6.8% since 2026-09-14',
        previousValue: 440,
        previousDate: '2026-09-14',
        changePercent: -6.8,
      },
    ],
    [
      'a watch with its projection',
      {
        direction: 'UP',
        severity: 'WATCH',
        signal: '↑ 8% since 2026-09-14',
        changePercent: 8,
        projection: { date: '2026-10-31', value: 12 },
      },
    ],
    ['a first reading', { direction: 'FIRST', severity: 'WATCH', signal: 'First reading' }],
  ])('keeps the history of %s and drops its warning', (_case, assessment) => {
    const { projection: _projection, ...history } = assessment;
    expect(withoutWarning(assessment)).toEqual({ ...history, severity: 'NONE' });
  });
});
