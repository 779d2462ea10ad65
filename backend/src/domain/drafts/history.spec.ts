import type { DoseDay, DoseEntry } from '../dosing';
import type { DraftSuggestion } from './draft-types';
import { dose, reading } from './drafts.factory';
import { type ActivatedDraft, type DraftSourceReading, priorDraftOutcomes, recentDailyAverages, sourceReadings } from './history';
import { draftProgram } from './draft-program';
import { draftInput } from './drafts.factory';

const entry = (entryId: string, elementId: string, amount: number, source: DoseEntry['source'] = 'PROGRAM', unit = 'ml'): DoseEntry => ({
  entryId,
  elementId,
  amount,
  unit,
  source,
  recordedAt: '2026-11-01T01:00:00.000Z',
});
const day = (date: string, ...entries: DoseEntry[]): DoseDay => ({ date, entries: Object.fromEntries(entries.map((e) => [e.entryId, e])) });

describe('recentDailyAverages', () => {
  it('averages per element and unit over the whole window, leaving ICP corrections out', () => {
    const sut = recentDailyAverages(
      [
        day(
          '2026-11-01',
          entry('program#p#iodine', 'iodine', 2),
          entry('icp#t#iodine#0', 'iodine', 50, 'ICP_CORRECTION'),
          entry('manual#iron', 'iron', 1, 'MANUAL'),
        ),
        day('2026-11-03', entry('program#p#iodine', 'iodine', 2), entry('manual#iron', 'iron', 3, 'MANUAL', 'drops')),
        day('2026-11-05', entry('program#p#iodine', 'iodine', 3)),
      ],
      28,
    );

    expect(sut).toEqual([
      { elementId: 'iodine', unit: 'ml', dailyAverage: 0.25 },
      { elementId: 'iron', unit: 'drops', dailyAverage: 0.107 },
      { elementId: 'iron', unit: 'ml', dailyAverage: 0.036 },
    ]);
  });

  it('is empty without doses', () => {
    expect(recentDailyAverages([], 28)).toEqual([]);
  });
});

describe('sourceReadings', () => {
  it('keeps the reading behind each suggested canonical, with its target (or mid-range)', () => {
    const elements = [reading('iodine', 40), reading('calcium', 380), reading('magnesium', 1350), reading('selenium', 0.1)];
    const plan = draftProgram(draftInput({ activeProgram: { elements: [dose('iodine', 2), dose('calcium', 10)] }, elements }));

    expect(sourceReadings(plan, elements)).toEqual([
      { canonical: 'Calcium', elementId: 'calcium', value: 380, unit: 'mg/l', target: 430 },
      { canonical: 'Iodine', elementId: 'iodine', value: 40, unit: 'µg/l', target: 60 },
    ]);
    expect(sourceReadings({ elements: [], suggestions: [{ canonical: 'Selenium', elementId: 'x' } as DraftSuggestion] }, elements)).toEqual(
      [{ canonical: 'Selenium', elementId: 'selenium', value: 0.1, unit: 'µg/l', target: 0.25 }],
    );
  });
});

describe('priorDraftOutcomes', () => {
  const raised: DraftSuggestion = {
    elementId: 'iodine',
    canonical: 'Iodine',
    current: { amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
    suggested: { amount: 2.5, unit: 'ml', weekdays: [1, 3, 5] },
    changed: true,
    reason: '',
    origin: 'RULES',
  };
  const then: DraftSourceReading = { canonical: 'Iodine', elementId: 'iodine', value: 40, unit: 'µg/l', target: 60 };
  const previous = (overrides: Partial<ActivatedDraft> = {}): ActivatedDraft => ({
    suggestions: [raised],
    readings: [then],
    activated: [dose('iodine', 2.5)],
    ...overrides,
  });

  it.each<[string, ActivatedDraft, ReturnType<typeof reading>[], ReturnType<typeof priorDraftOutcomes>]>([
    [
      'an increase that moved closer',
      previous(),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: true }],
    ],
    ['an increase that did not', previous(), [reading('iodine', 38)], [{ elementId: 'iodine', change: 'INCREASED', movedCloser: false }]],
    [
      'an increase that overshot further than it started',
      previous(),
      [reading('iodine', 85)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: false }],
    ],
    [
      'the same value is not closer',
      previous(),
      [reading('iodine', 40)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: false }],
    ],
    [
      'a keeper who kept the old amount',
      previous({ activated: [dose('iodine', 2)] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'UNCHANGED', movedCloser: true }],
    ],
    [
      'a keeper who dosed on fewer days',
      previous({ activated: [dose('iodine', 2.5, [1])] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'DECREASED', movedCloser: true }],
    ],
    [
      'a new element counts as an increase',
      previous({ suggestions: [{ ...raised, current: null }] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: true }],
    ],
    ['not measured now', previous(), [], [{ elementId: 'iodine', change: 'INCREASED', movedCloser: null }]],
    ['not detected now', previous(), [reading('iodine', null)], [{ elementId: 'iodine', change: 'INCREASED', movedCloser: null }]],
    [
      'no reading kept from then',
      previous({ readings: [] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: null }],
    ],
    [
      'then in another unit',
      previous({ readings: [{ ...then, value: 0.04, unit: 'mg/l', target: 0.06 }] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: true }],
    ],
    [
      'an element the keeper added by hand is left out',
      previous({ activated: [dose('iodine', 2.5), dose('iron', 1)] }),
      [reading('iodine', 52)],
      [{ elementId: 'iodine', change: 'INCREASED', movedCloser: true }],
    ],
  ])('%s', (_, draft, now, expected) => {
    expect(priorDraftOutcomes(draft, now)).toEqual(expected);
  });
});
