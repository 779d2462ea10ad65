import { datesInText, nonDetectText, numberText } from '../../../shared/format';
import {
  ATTENTION_STATUSES,
  attentionCount,
  ElementResult,
  needsAttention,
  ElementStatus,
  TargetRange,
  TestDetail,
  TrendAssessment,
} from '../../../shared/tests/test-result';

/** One section of element cards on the ICP page. */
export interface ElementGroup {
  readonly category: string;
  readonly title: string;
  readonly elements: readonly ElementResult[];
  /** Osmose (RO/DI) water: shown last and set apart, never corrected. */
  readonly osmose: boolean;
}

const CATEGORY_ORDER = ['base', 'major', 'minor', 'trace', 'pollutant', 'nutrient'];
const CATEGORY_TITLES: Record<string, string> = {
  base: 'Basics',
  major: 'Major elements',
  minor: 'Minor elements',
  trace: 'Trace elements',
  pollutant: 'Pollutants',
  nutrient: 'Nutrients',
  osmose: 'Osmose water (RO/DI)',
};
const OSMOSE = 'osmose';

const categoryOf = (element: ElementResult): string =>
  element.status === 'RO' ? OSMOSE : (element.category || 'other').toLowerCase();

const rank = (category: string): number => {
  if (category === OSMOSE) return Number.MAX_SAFE_INTEGER;
  const known = CATEGORY_ORDER.indexOf(category);
  return known === -1 ? CATEGORY_ORDER.length : known;
};

/**
 * The test's elements in sections: basics, major, minor, trace, pollutants, nutrients, any other
 * category, and the osmose (RO water) readings last. Elements keep the API's order within a section.
 *
 * @example groupElements([{ category: 'trace', … }, { category: 'major', … }]).map((g) => g.category);
 * // ['major', 'trace']
 */
export function groupElements(elements: readonly ElementResult[]): ElementGroup[] {
  const groups = new Map<string, ElementResult[]>();
  for (const element of elements) {
    const category = categoryOf(element);
    groups.set(category, [...(groups.get(category) ?? []), element]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, members]) => ({
      category,
      title: CATEGORY_TITLES[category] ?? category[0].toUpperCase() + category.slice(1),
      elements: members,
      osmose: category === OSMOSE,
    }));
}

/** In range, but its trend heads out of the range (soon or later): worth a look, not an action. */
export function toWatch(element: ElementResult): boolean {
  const severity = element.trendAssessment?.severity;
  return element.status === 'OK' && (severity === 'WATCH' || severity === 'ALERT');
}

/** How urgent a reading is on the page: 0 comes first. */
function urgencyRank(element: ElementResult): number {
  if (element.status === 'CRITICAL') return 0;
  if (needsAttention(element.status)) return 1;
  if (toWatch(element)) return 2;
  if (element.status === 'OK') return 3;
  if (element.status === 'PENDING') return 4;
  return 5;
}

/**
 * The tank-water readings most urgent first: critical, then low or high, then in range but to
 * watch, then in range, then those RaM cannot judge (no range, missing from the report); within
 * each, by category as {@link groupElements} orders them, then in the API's order. RO water is
 * left out: it is never judged, and the page lists it apart.
 *
 * @example byUrgency([calciumOk, iodineLow, copperCritical]).map((e) => e.elementId);
 * // ['copper', 'iodine', 'calcium']
 */
export function byUrgency(elements: readonly ElementResult[]): ElementResult[] {
  return elements
    .filter((element) => element.status !== 'RO')
    .map((element, index) => ({ element, index }))
    .sort(
      (a, b) =>
        urgencyRank(a.element) - urgencyRank(b.element) ||
        rank(categoryOf(a.element)) - rank(categoryOf(b.element)) ||
        a.index - b.index,
    )
    .map(({ element }) => element);
}

/** One count of the summary strip, e.g. `{ key: 'LOW', label: 'Low', count: 2 }`. */
export interface StatusCount {
  readonly key: ElementStatus | 'WATCH';
  readonly label: string;
  readonly count: number;
}

const COUNTED: readonly (ElementStatus | 'WATCH')[] = [
  'CRITICAL',
  'LOW',
  'HIGH',
  'WATCH',
  'OK',
  'NO_RANGE',
  'MISSING',
  'PENDING',
];

/**
 * The tank-water readings counted by status for the summary strip, most urgent first and only the
 * statuses that occur. An in-range reading to watch is counted as "To watch", not twice.
 *
 * @example statusCounts([low, ok, ok]); // [{ key: 'LOW', label: 'Low', count: 1 }, { key: 'OK', label: 'In range', count: 2 }]
 */
export function statusCounts(elements: readonly ElementResult[]): StatusCount[] {
  const keyOf = (element: ElementResult) => (toWatch(element) ? 'WATCH' : element.status);
  const measured = elements.filter((element) => element.status !== 'RO');
  return COUNTED.map((key) => ({
    key,
    label: key === 'WATCH' ? 'To watch' : statusLook(key).label,
    count: measured.filter((element) => keyOf(element) === key).length,
  })).filter(({ count }) => count > 0);
}

/**
 * How a status looks: its word, an icon (so LOW and HIGH differ without colour), the badge and the
 * card's edge.
 */
export interface StatusLook {
  readonly label: string;
  readonly icon: string;
  readonly badge: string;
  readonly card: string;
}

export const ELEMENT_STATUS_LOOKS: Readonly<Record<ElementStatus, StatusLook>> = {
  OK: {
    label: 'In range',
    icon: '✓',
    badge: 'bg-emerald-100 text-emerald-900',
    card: 'border-emerald-200',
  },
  LOW: { label: 'Low', icon: '↓', badge: 'bg-sky-200 text-sky-950', card: 'border-sky-400' },
  HIGH: {
    label: 'High',
    icon: '↑',
    badge: 'bg-amber-200 text-amber-950',
    card: 'border-amber-300',
  },
  CRITICAL: {
    label: 'Critical',
    icon: '!',
    badge: 'bg-coral-600 text-white',
    card: 'border-coral-500 ring-1 ring-coral-500',
  },
  MISSING: {
    label: 'Missing',
    icon: '–',
    badge: 'bg-reef-100 text-reef-700',
    card: 'border-dashed border-reef-300 bg-reef-50',
  },
  NO_RANGE: {
    label: 'No target range',
    icon: '?',
    badge: 'bg-reef-100 text-reef-800',
    card: 'border-dashed border-reef-300',
  },
  RO: {
    label: 'RO water',
    icon: '◌',
    badge: 'bg-sky-100 text-sky-900',
    card: 'border-sky-200 bg-sky-50',
  },
  PENDING: {
    label: 'Evaluating',
    icon: '…',
    badge: 'bg-reef-100 text-reef-700',
    card: 'border-reef-100',
  },
};

/** A status the page does not know yet still gets a neutral look. */
export function statusLook(status: string): StatusLook {
  return (
    ELEMENT_STATUS_LOOKS[status as ElementStatus] ?? {
      label: status,
      icon: '•',
      badge: 'bg-reef-100 text-reef-700',
      card: 'border-reef-100',
    }
  );
}

/** A lab reading or bound: four significant digits, whole numbers from 1,000 on. */
const readingText = (value: number) => numberText(value, 'significant');

/**
 * The reading as the page shows it: value and unit in the keeper's locale; a non-detect in words
 * (`below 0.5 µg/l`, `not detected`), never the lab's notation; or why there is none.
 */
export function valueText(element: ElementResult): string {
  if (element.status === 'MISSING') return 'Not on the report';
  if (element.value === null || element.nonDetect) {
    return nonDetectText(element.printed, element.unit);
  }
  return `${readingText(element.value)} ${element.unit}`;
}

const SOURCE_NOTES: Partial<Record<TargetRange['source'], string>> = {
  CUSTOM: 'your range',
  HAZARD_FALLBACK: 'safety limit',
};

/**
 * The target range in words with who says so, e.g. `400–450 mg/l, aim 420 (Moonshiners method)` or
 * `at most 5 µg/l (safety limit)` (without who says so when `withSource` is false); null when
 * there is no range.
 */
export function rangeText(
  range: TargetRange | undefined,
  unit: string,
  { withSource = true }: { readonly withSource?: boolean } = {},
): string | null {
  if (!range || range.source === 'NONE') return null;
  const { low, high, target } = range;
  let text: string;
  if (low !== undefined && high !== undefined) {
    text = `${readingText(low)}–${readingText(high)} ${unit}`;
  } else if (low !== undefined) {
    text = `at least ${readingText(low)} ${unit}`;
  } else if (high !== undefined) {
    text = `at most ${readingText(high)} ${unit}`;
  } else if (target !== undefined) {
    text = `${readingText(target)} ${unit}`;
  } else {
    return null;
  }
  if (target !== undefined && (low !== undefined || high !== undefined)) {
    text += `, aim ${readingText(target)}`;
  }
  if (!withSource) return text;
  const note =
    range.source === 'CUSTOM'
      ? SOURCE_NOTES.CUSTOM
      : (range.sourceName ?? SOURCE_NOTES[range.source]);
  return note ? `${text} (${note})` : text;
}

/** The card's compact trend line: an arrow, the API's short signal, and how loud to show it. */
export interface TrendView {
  readonly arrow: string;
  readonly text: string;
  readonly severity: TrendAssessment['severity'];
  /** Spoken instead of the arrow. */
  readonly directionWords: string;
}

const ARROWS: Record<TrendAssessment['direction'], { arrow: string; words: string }> = {
  UP: { arrow: '↑', words: 'Rising' },
  DOWN: { arrow: '↓', words: 'Falling' },
  STEADY: { arrow: '→', words: 'Steady' },
  FIRST: { arrow: '•', words: 'First reading' },
};

export function trendView(trend: TrendAssessment | undefined): TrendView | null {
  if (!trend) return null;
  const { arrow, words } = ARROWS[trend.direction] ?? ARROWS.STEADY;
  // The signal often starts with its own arrow ("↑ 8% since …"); the card shows one arrow.
  const text = datesInText(trend.signal.replace(/^[↑↓→•]\s*/, '').trim()) || words;
  return { arrow, text, severity: trend.severity, directionWords: words };
}

/** How far evaluation has got: elements done of those expected, or null when unknown. */
export function evaluationProgress(
  test: TestDetail,
): { readonly evaluated: number; readonly expected: number } | null {
  if (test.expectedElements !== undefined && test.expectedElements > 0) {
    return {
      evaluated: Math.min(test.evaluatedElements ?? 0, test.expectedElements),
      expected: test.expectedElements,
    };
  }
  const measured = test.elements.filter(
    (element) => element.status !== 'RO' && element.status !== 'MISSING',
  );
  if (measured.length === 0) return null;
  return {
    evaluated: measured.filter((element) => element.status !== 'PENDING').length,
    expected: measured.length,
  };
}

/**
 * One sentence on what needs attention, e.g.
 * `3 elements need attention: 1 critical, 2 low. 1 expected element is missing from the report.`
 * It never says every element is in range while one has no range to be judged by.
 */
export function attentionSummary(elements: readonly ElementResult[]): string {
  const count = (status: ElementStatus) =>
    elements.filter((element) => element.status === status).length;
  const parts = ATTENTION_STATUSES.map(
    (status) => [count(status), status.toLowerCase()] as const,
  ).filter(([n]) => n > 0);
  const off = attentionCount(elements);
  const missing = count('MISSING');
  const unranged = count('NO_RANGE');
  const sentences = [
    off === 0
      ? unranged === 0
        ? 'Every measured element is within its target range.'
        : 'No element with a target range is out of it.'
      : `${off} ${off === 1 ? 'element needs' : 'elements need'} attention: ${parts.map(([n, word]) => `${n} ${word}`).join(', ')}.`,
  ];
  if (unranged > 0) {
    sentences.push(
      `${unranged} ${unranged === 1 ? 'reading has' : 'readings have'} no target range, so RaM cannot judge ${unranged === 1 ? 'it' : 'them'}.`,
    );
  }
  if (missing > 0) {
    sentences.push(
      `${missing} expected ${missing === 1 ? 'element is' : 'elements are'} missing from the report.`,
    );
  }
  return sentences.join(' ');
}
