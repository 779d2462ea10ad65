import { elementResultFactory, icpTestResponseFactory } from '../../../../testing/icp-factories';
import { needsAttention } from '../../../shared/tests/test-result';
import * as apiRule from '../../../../../../backend/src/domain/attention/needs-attention';
import {
  attentionSummary,
  byUrgency,
  evaluationProgress,
  groupElements,
  rangeText,
  statusCounts,
  statusLook,
  toWatch,
  trendView,
  valueText,
} from './element-view';

describe('groupElements', () => {
  it('orders sections major, minor, trace, pollutants, nutrients, others, and osmose last', () => {
    const groups = groupElements(
      ['osmose', 'nutrient', 'exotic', 'pollutant', 'trace', 'minor', 'major'].map((category) =>
        elementResultFactory({ elementId: category, category }),
      ),
    );

    expect(groups.map((group) => [group.category, group.title, group.osmose])).toEqual([
      ['major', 'Major elements', false],
      ['minor', 'Minor elements', false],
      ['trace', 'Trace elements', false],
      ['pollutant', 'Pollutants', false],
      ['nutrient', 'Nutrients', false],
      ['exotic', 'Exotic', false],
      ['osmose', 'Osmose water (RO/DI)', true],
    ]);
  });

  it('puts RO readings with the osmose water whatever their category, keeping the API’s order', () => {
    const groups = groupElements([
      elementResultFactory({ elementId: 'mg', category: 'major' }),
      elementResultFactory({ elementId: 'cu-ro', category: 'pollutant', status: 'RO' }),
      elementResultFactory({ elementId: 'ca', category: 'major' }),
    ]);

    expect(groups.map((group) => group.elements.map((element) => element.elementId))).toEqual([
      ['mg', 'ca'],
      ['cu-ro'],
    ]);
  });
});

describe('valueText', () => {
  it('shows a value with its unit, a non-detect as printed, and a missing element in words', () => {
    expect(valueText(elementResultFactory({ value: 1350 }))).toBe('1,350 mg/l');
    expect(valueText(elementResultFactory({ value: 0.04531, unit: 'mg/l' }))).toBe('0.04531 mg/l');
    expect(
      valueText(
        elementResultFactory({ value: null, printed: '< 0.5', nonDetect: true, unit: 'µg/l' }),
      ),
    ).toBe('below 0.5 µg/l');
    expect(
      valueText(
        elementResultFactory({ value: null, printed: 'n.n.', nonDetect: true, unit: 'µg/l' }),
      ),
    ).toBe('not detected');
    expect(valueText(elementResultFactory({ value: null, status: 'MISSING' }))).toBe(
      'Not on the report',
    );
  });
});

describe('rangeText', () => {
  it('writes a band with its aim, one-sided limits, and where a range came from', () => {
    expect(rangeText({ low: 400, high: 450, target: 420, source: 'METHOD' }, 'mg/l')).toBe(
      '400–450 mg/l, aim 420',
    );
    expect(rangeText({ high: 5, source: 'HAZARD_FALLBACK' }, 'µg/l')).toBe(
      'at most 5 µg/l (safety limit)',
    );
    expect(rangeText({ low: 8, source: 'CUSTOM' }, 'dKH')).toBe('at least 8 dKH (your range)');
    expect(rangeText({ source: 'NONE' }, 'mg/l')).toBeNull();
  });
});

describe('trendView', () => {
  it('shows one arrow and the API’s signal without its own arrow', () => {
    expect(
      trendView({ direction: 'DOWN', severity: 'ALERT', signal: '↓ 31% since 2026-02-01' }),
    ).toEqual({
      arrow: '↓',
      text: '31% since 1 Feb 2026',
      severity: 'ALERT',
      directionWords: 'Falling',
    });
    expect(trendView({ direction: 'FIRST', severity: 'NONE', signal: '' })?.text).toBe(
      'First reading',
    );
    expect(trendView(undefined)).toBeNull();
  });
});

describe('evaluationProgress', () => {
  it('uses the header counts when the API passes them on', () => {
    const { test } = icpTestResponseFactory({
      test: { status: 'IN_PROGRESS', expectedElements: 40, evaluatedElements: 12 },
    });

    expect(evaluationProgress(test)).toEqual({ evaluated: 12, expected: 40 });
  });

  it('else counts the measured elements that are no longer pending', () => {
    const { test } = icpTestResponseFactory({
      test: {
        status: 'IN_PROGRESS',
        elements: [
          elementResultFactory({ status: 'OK' }),
          elementResultFactory({ status: 'PENDING' }),
          elementResultFactory({ status: 'RO' }),
          elementResultFactory({ status: 'MISSING' }),
        ],
      },
    });

    expect(evaluationProgress(test)).toEqual({ evaluated: 1, expected: 2 });
  });
});

describe('attentionSummary', () => {
  it('counts what is off target and what is missing', () => {
    expect(
      attentionSummary(
        ['CRITICAL', 'LOW', 'LOW', 'OK', 'MISSING'].map((status) =>
          elementResultFactory({ status: status as 'OK' }),
        ),
      ),
    ).toBe(
      '3 elements need attention: 1 critical, 2 low. 1 expected element is missing from the report.',
    );
    expect(attentionSummary([elementResultFactory()])).toBe(
      'Every measured element is within its target range.',
    );
  });
});

describe('readings without a range, and LOW against HIGH', () => {
  it('never sums up a test as all in range while a reading has no range', () => {
    expect(
      attentionSummary([elementResultFactory(), elementResultFactory({ status: 'NO_RANGE' })]),
    ).toBe(
      'No element with a target range is out of it. 1 reading has no target range, so RaM cannot judge it.',
    );
    expect(needsAttention('NO_RANGE')).toBe(false);
    expect(needsAttention('HIGH')).toBe(true);
  });

  it('counts with the API’s own rule, so the page and Reef Review agree', () => {
    expect(needsAttention).toBe(apiRule.needsAttention);
    const healthy = ['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK'].map((status) =>
      elementResultFactory({ status: status as 'OK' }),
    );
    expect(attentionSummary(healthy)).toBe('Every measured element is within its target range.');
    const trending = elementResultFactory({
      status: 'OK',
      trendAssessment: { direction: 'UP', severity: 'ALERT', signal: '↑ 16% since 2026-11-29' },
    });
    expect(attentionSummary([trending])).toBe('Every measured element is within its target range.');
  });

  it.each([
    ['NO_RANGE', 'No target range', '?'],
    ['LOW', 'Low', '↓'],
    ['HIGH', 'High', '↑'],
    ['OK', 'In range', '✓'],
  ])('shows %s as “%s” with the icon %s', (status, label, icon) => {
    expect(statusLook(status)).toMatchObject({ label, icon });
  });

  it('gives LOW and HIGH different colours as well', () => {
    expect(statusLook('LOW').badge).not.toBe(statusLook('HIGH').badge);
  });

  it('names the source of a default range', () => {
    expect(
      rangeText(
        { source: 'REFERENCE', sourceName: 'Natural seawater (Pilson 2013)', low: 7.8, high: 8.5 },
        'pH',
      ),
    ).toBe('7.8–8.5 pH (Natural seawater (Pilson 2013))');
    expect(rangeText({ source: 'CUSTOM', sourceName: 'Your own range', low: 7 }, 'dKH')).toBe(
      'at least 7 dKH (your range)',
    );
  });
});

describe('byUrgency', () => {
  const reading = (
    elementId: string,
    status: string,
    category = 'major',
    trend?: 'WATCH' | 'ALERT',
  ) =>
    elementResultFactory({
      elementId,
      category,
      status: status as never,
      trendAssessment: trend
        ? { direction: 'DOWN', severity: trend, signal: 'falling' }
        : undefined,
    });

  it('puts critical first, then low and high alike, to watch, in range, and the unjudged last', () => {
    const sut = byUrgency([
      reading('ok', 'OK'),
      reading('no-range', 'NO_RANGE'),
      reading('high', 'HIGH', 'trace'),
      reading('missing', 'MISSING', 'base'),
      reading('watch', 'OK', 'nutrient', 'WATCH'),
      reading('critical', 'CRITICAL', 'pollutant'),
      reading('low', 'LOW', 'minor'),
      reading('ro', 'RO'),
    ]);

    expect(sut.map((element) => element.elementId)).toEqual([
      'critical',
      'low',
      'high',
      'watch',
      'ok',
      'missing',
      'no-range',
    ]);
  });

  it('orders equally urgent readings by category, then as the API listed them', () => {
    const sut = byUrgency([
      reading('iodine', 'LOW', 'trace'),
      reading('strontium', 'HIGH', 'minor'),
      reading('boron', 'LOW', 'trace'),
      reading('calcium', 'LOW', 'major'),
    ]);

    expect(sut.map((element) => element.elementId)).toEqual([
      'calcium',
      'strontium',
      'iodine',
      'boron',
    ]);
  });

  it('calls only an in-range reading heading out of range one to watch', () => {
    expect(toWatch(reading('a', 'OK', 'major', 'ALERT'))).toBe(true);
    expect(toWatch(reading('b', 'OK', 'major', 'WATCH'))).toBe(true);
    expect(toWatch(reading('c', 'OK'))).toBe(false);
    expect(toWatch(reading('d', 'LOW', 'major', 'ALERT'))).toBe(false);
  });
});

describe('statusCounts', () => {
  it('counts tank readings by status, most urgent first, a reading to watch only once', () => {
    const elements = icpTestResponseFactory().test.elements;
    expect(statusCounts(elements)).toEqual([
      { key: 'LOW', label: 'Low', count: 1 },
      { key: 'OK', label: 'In range', count: 2 },
      { key: 'MISSING', label: 'Missing', count: 1 },
    ]);
    expect(
      statusCounts([
        elementResultFactory({
          trendAssessment: { direction: 'UP', severity: 'WATCH', signal: '↑' },
        }),
        elementResultFactory({ status: 'NO_RANGE' }),
      ]),
    ).toEqual([
      { key: 'WATCH', label: 'To watch', count: 1 },
      { key: 'NO_RANGE', label: 'No target range', count: 1 },
    ]);
  });
});

describe('rangeText without its source', () => {
  it('gives the band alone for a compact column', () => {
    const range = { low: 1, high: 5, source: 'CUSTOM' } as const;
    expect(rangeText(range, 'µg/l')).toBe('1–5 µg/l (your range)');
    expect(rangeText(range, 'µg/l', { withSource: false })).toBe('1–5 µg/l');
  });
});
