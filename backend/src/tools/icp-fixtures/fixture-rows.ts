import { convert } from '../../domain/canon';
import type { ExtractedElement, ReferenceRange } from '../../domain/extraction';
import { bundledSeedFiles } from '../../domain/reference/bundled-seeds';
import type { TestElementSeed } from '../../domain/reference/seed-types';
import type { LabStyle } from './lab-styles';
import { compactFigure, Figure, printFigure } from './printed-figures';
import type { SeededRandom } from './seeded-random';

/** What a test may force on one element row, by element id. */
export type ValueOverride = number | 'not-detected' | { readonly below: number } | 'omitted';

export interface RowOptions {
  readonly values?: Readonly<Record<string, ValueOverride>>;
  /** Print these elements in another unit than the panel's (say iodine in mg/l). */
  readonly printedUnits?: Readonly<Record<string, string>>;
  /** Print this element's row twice. */
  readonly duplicate?: string;
}

/** One printed row: its cells and the element the parser must read from it. */
export interface FixtureRow {
  readonly cells: {
    readonly name: string;
    readonly symbol: string;
    readonly value: string;
    readonly unit: string;
    readonly range: readonly string[];
  };
  readonly expected: ExtractedElement;
}

interface Plan {
  readonly typical: readonly [number, number];
  readonly band?: ReferenceRange;
  readonly nonDetectChance: number;
}

const GERMAN = { Aluminium: 'Aluminium' } as Readonly<Record<string, string>>;

function printedName(seed: TestElementSeed, style: LabStyle): string {
  if (seed.source === 'rodi') {
    const mark = style.language === 'de' ? /\s*\(Osmose\)$/ : /\s*\(RO\)$/;
    return (seed.aliases.find((a) => mark.test(a)) ?? seed.name).replace(mark, '');
  }
  const words = seed.aliases.filter((a) => a !== seed.symbol && a !== seed.name && a.length > 2);
  return style.language === 'de' ? (GERMAN[seed.canonical] ?? words[words.length - 1] ?? seed.name) : seed.name;
}

// Typical values and lab bands from the Moonshiners targets and alarm levels in the seeds.
function planFor(seed: TestElementSeed): Plan {
  const { corrections } = bundledSeedFiles();
  const target = corrections.flatMap((c) => c.elements).find((e) => e.elementId === seed.elementId);
  const alarm = corrections.flatMap((c) => c.hazardousFallbacks).find((h) => h.elementId === seed.elementId);
  const micro = seed.unit === '\u00b5g/l';
  if (seed.source === 'rodi') return { typical: micro ? [0.1, 2] : [0.01, 0.3], band: { high: micro ? 1 : 0.5 }, nonDetectChance: 0.75 };
  if (target?.range) {
    const { low, high } = target.range;
    return { typical: [low - 0.1 * (high - low), high + 0.15 * (high - low)], band: { low, high }, nonDetectChance: low === 0 ? 0.3 : 0 };
  }
  if (alarm) return { typical: [0.05 * alarm.upper, 0.6 * alarm.upper], band: { high: alarm.upper }, nonDetectChance: 0.7 };
  return { typical: [0.1, 1], nonDetectChance: 0.5 };
}

interface Units {
  /** Panel unit → printed unit, and printed figure → panel unit. */
  readonly toPrinted: (v: number) => number;
  readonly fromPrinted: (v: number) => number;
  readonly printed: string;
}

function unitsFor(seed: TestElementSeed, options: RowOptions): Units {
  const printed = options.printedUnits?.[seed.elementId];
  if (!printed) return { toPrinted: (v) => v, fromPrinted: (v) => v, printed: seed.unit };
  const panel = seed.reportedAs ? `${seed.unit} ${seed.reportedAs}` : seed.unit;
  return {
    toPrinted: (v) => convert(v, panel, printed, seed.canonical),
    fromPrinted: (v) => Number(convert(v, printed, panel, seed.canonical).toPrecision(12)),
    printed,
  };
}

function printedBand(band: ReferenceRange | undefined, style: LabStyle, units: Units) {
  if (!band) return { cells: [] as string[], expected: undefined };
  const low = band.low === undefined ? undefined : compactFigure(units.toPrinted(band.low), style);
  const high = band.high === undefined ? undefined : compactFigure(units.toPrinted(band.high), style);
  const expected = {
    ...(low ? { low: units.fromPrinted(low.value) } : {}),
    ...(high ? { high: units.fromPrinted(high.value) } : {}),
  };
  if (style.rangeColumns === 'min-max') return { cells: [low?.text ?? '-', high?.text ?? '-'], expected };
  const cell = low && high ? style.band(low.text, high.text) : high ? style.upTo(high.text) : '';
  return { cells: cell ? [cell] : [], expected };
}

type Reading = { printed: string; value: number | null; nonDetect: boolean; detectionLimit?: number };

function reading(seed: TestElementSeed, plan: Plan, style: LabStyle, units: Units, rng: SeededRandom, override?: ValueOverride): Reading {
  const limit = (value: number): Reading => {
    const figure = compactFigure(value, style);
    return { printed: style.nonDetect.below(figure.text), value: null, nonDetect: true, detectionLimit: units.fromPrinted(figure.value) };
  };
  const notDetected = (): Reading => {
    const { words, belowShare } = style.nonDetect;
    if (words.length === 0 || rng.chance(belowShare))
      return limit(units.toPrinted(rng.pick(seed.unit === 'mg/l' ? [0.01, 0.05] : [0.1, 0.2, 0.5, 1])));
    return { printed: rng.pick(words), value: null, nonDetect: true };
  };
  const detected = (value: number): Reading => {
    const figure: Figure = printFigure(units.toPrinted(value), style);
    return { printed: figure.text, value: units.fromPrinted(figure.value), nonDetect: false };
  };
  if (typeof override === 'number') return detected(override);
  if (override === 'not-detected') return notDetected();
  if (typeof override === 'object') return limit(units.toPrinted(override.below));
  if (rng.chance(plan.nonDetectChance)) return notDetected();
  const [low, high] = plan.typical;
  return detected(Math.max(rng.between(low, high), high / 50));
}

function rowFor(seed: TestElementSeed, style: LabStyle, rng: SeededRandom, options: RowOptions): FixtureRow {
  const plan = planFor(seed);
  const units = unitsFor(seed, options);
  const band = printedBand(plan.band, style, units);
  const { printed, ...read } = reading(seed, plan, style, units, rng, options.values?.[seed.elementId]);
  const name = printedName(seed, style);
  return {
    cells: { name, symbol: seed.symbol, value: printed, unit: style.unitText(units.printed), range: band.cells },
    expected: {
      printedName: name,
      elementId: seed.elementId,
      canonical: seed.canonical,
      category: seed.category,
      source: seed.source,
      displayName: seed.name,
      value: read.value,
      printed,
      unit: seed.unit,
      nonDetect: read.nonDetect,
      ...(read.detectionLimit === undefined ? {} : { detectionLimit: read.detectionLimit }),
      ...(band.expected ? { referenceRange: band.expected } : {}),
    },
  };
}

/**
 * The element rows of one report, block by block in the lab's order, each with the element the
 * parser must read from it.
 *
 * @example fixtureRows(LAB_STYLES.OCEAMO, seededRandom(1), {}).get('Spurenelemente')?.[0].cells.name // 'Iod'
 */
export function fixtureRows(style: LabStyle, rng: SeededRandom, options: RowOptions): Map<string, FixtureRow[]> {
  const panel = bundledSeedFiles().testPanels.find((p) => p.panel === style.panel);
  const seeds = [...(panel?.elements ?? [])].sort((a, b) => a.displayOrder - b.displayOrder);
  const blocks = new Map<string, FixtureRow[]>();
  for (const block of style.blocks) {
    const rows: FixtureRow[] = [];
    for (const seed of seeds.filter((s) => block.categories.includes(s.category))) {
      const row = rowFor(seed, style, rng, options);
      if (options.values?.[seed.elementId] === 'omitted') continue;
      rows.push(row, ...(options.duplicate === seed.elementId ? [row] : []));
    }
    if (rows.length > 0) blocks.set(block.heading, rows);
  }
  return blocks;
}
