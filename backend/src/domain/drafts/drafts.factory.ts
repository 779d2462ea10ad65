import type { ProgramElement } from '../dosing';
import type { DoseProduct, DraftInput, EvaluatedElementForDraft } from './draft-types';

/** Readings shaped like icp-evaluate's, with the Moonshiners ranges of the seed. */
const RANGES: Record<string, Pick<EvaluatedElementForDraft, 'elementId' | 'canonical' | 'category' | 'unit' | 'range'>> = {
  calcium: {
    elementId: 'calcium',
    canonical: 'Calcium',
    category: 'major',
    unit: 'mg/l',
    range: { source: 'METHOD', low: 400, high: 460, target: 430 },
  },
  magnesium: {
    elementId: 'magnesium',
    canonical: 'Magnesium',
    category: 'major',
    unit: 'mg/l',
    range: { source: 'METHOD', low: 1280, high: 1420, target: 1350 },
  },
  potassium: {
    elementId: 'potassium',
    canonical: 'Potassium',
    category: 'major',
    unit: 'mg/l',
    range: { source: 'METHOD', low: 380, high: 440, target: 410 },
  },
  iodine: {
    elementId: 'iodine',
    canonical: 'Iodine',
    category: 'trace',
    unit: 'µg/l',
    range: { source: 'METHOD', low: 50, high: 80, target: 60 },
  },
  iron: { elementId: 'iron', canonical: 'Iron', category: 'trace', unit: 'µg/l', range: { source: 'METHOD', low: 1, high: 5, target: 3 } },
  copper: {
    elementId: 'copper',
    canonical: 'Copper',
    category: 'trace',
    unit: 'µg/l',
    range: { source: 'METHOD', low: 0.5, high: 3, target: 1.5 },
  },
  'copper-ro': { elementId: 'copper-ro', canonical: 'Copper', category: 'osmose', unit: 'µg/l', range: { source: 'NONE' } },
  lead: { elementId: 'lead', canonical: 'Lead', category: 'pollutant', unit: 'µg/l', range: { source: 'HAZARD_FALLBACK', high: 2 } },
  nitrate: {
    elementId: 'nitrate',
    canonical: 'Nitrogen',
    category: 'nutrient',
    unit: 'mg/l',
    range: { source: 'METHOD', low: 2, high: 10, target: 5 },
  },
  phosphorus: {
    elementId: 'phosphorus',
    canonical: 'Phosphorus',
    category: 'nutrient',
    unit: 'µg/l',
    range: { source: 'METHOD', low: 10, high: 40, target: 20 },
  },
  phosphate: {
    elementId: 'phosphate',
    canonical: 'Phosphorus',
    category: 'nutrient',
    unit: 'mg/l',
    range: { source: 'METHOD', low: 0.03, high: 0.12, target: 0.06 },
  },
  selenium: {
    elementId: 'selenium',
    canonical: 'Selenium',
    category: 'trace',
    unit: 'µg/l',
    range: { source: 'METHOD', low: 0, high: 0.5 },
  },
};

const NEVER_CORRECTED = new Set(['nitrate', 'phosphorus', 'phosphate', 'selenium', 'lead']);

/** One evaluated reading; the status is worked out from the range unless given. */
export function reading(
  elementId: keyof typeof RANGES,
  value: number | null,
  overrides: Partial<EvaluatedElementForDraft> = {},
): EvaluatedElementForDraft {
  const base = RANGES[elementId];
  const { low, high } = base.range;
  const status =
    value === null
      ? 'OK'
      : high !== undefined && value > high * 3
        ? 'CRITICAL'
        : low !== undefined && value < low
          ? 'LOW'
          : high !== undefined && value > high
            ? 'HIGH'
            : 'OK';
  return {
    ...base,
    value,
    status,
    ...(NEVER_CORRECTED.has(elementId) ? { correction: { kind: 'NONE', reason: 'NEVER_CORRECTED' } } : {}),
    ...overrides,
  };
}

/** The CUSTOM ("no method") catalog: keeper-mixed stocks with checked strengths, plus products without. */
export const CUSTOM_CATALOG: readonly DoseProduct[] = [
  { elementId: 'calcium', canonical: 'Calcium', unit: 'ml', strength: { element: 'Calcium', amountPer1mlPer100L: 0.1963, unit: 'mg/l' } },
  {
    elementId: 'alkalinity',
    canonical: 'Alkalinity',
    unit: 'ml',
    strength: { element: 'Alkalinity', amountPer1mlPer100L: 0.0273, unit: 'dKH' },
  },
  {
    elementId: 'magnesium',
    canonical: 'Magnesium',
    unit: 'ml',
    strength: { element: 'Magnesium', amountPer1mlPer100L: 0.1196, unit: 'mg/l' },
  },
  {
    elementId: 'potassium',
    canonical: 'Potassium',
    unit: 'ml',
    strength: { element: 'Potassium', amountPer1mlPer100L: 0.5, unit: 'mg/l' },
  },
  { elementId: 'iodine', canonical: 'Iodine', unit: 'ml', strength: { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' } },
  { elementId: 'iron', canonical: 'Iron', unit: 'ml', strength: { element: 'Iron', amountPer1mlPer100L: 10, unit: 'µg/l' } },
  { elementId: 'nitrate', canonical: 'Nitrogen', unit: 'ml' },
  { elementId: 'phosphate', canonical: 'Phosphorus', unit: 'ml' },
  { elementId: 'trace-element-blend', canonical: 'Trace Element Blend', unit: 'ml' },
];

/** Triton-style: single-element products without published strengths. */
export const TRITON_CATALOG: readonly DoseProduct[] = [
  { elementId: 'core7-base-elements-2', canonical: 'Calcium', unit: 'ml' },
  { elementId: 'core7-base-elements-3a', canonical: 'Alkalinity', unit: 'ml' },
  { elementId: 'iodine', canonical: 'Iodine', unit: 'ml' },
  { elementId: 'iron', canonical: 'Iron', unit: 'ml' },
];

export function dose(elementId: string, amount: number, weekdays: ProgramElement['weekdays'] = [1, 3, 5]): ProgramElement {
  return { elementId, amount, unit: 'ml', weekdays };
}

export function draftInput(overrides: Partial<DraftInput> = {}): DraftInput {
  return { catalog: CUSTOM_CATALOG, volumeLitres: 300, elements: [], ...overrides };
}
