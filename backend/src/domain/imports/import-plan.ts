import { normaliseUnit } from '../canon/unit-conversion';
import type { ConvertToUnit } from '../canon/keeper-units';
import { type PlausibleRange, isImplausible, plausibleText } from '../corrections/plausibility';
import type { DecimalMark } from '../extraction/printed-number';
import type { DateOrder } from '../extraction/printed-date';
import { withoutUndefined } from '../extraction/without-undefined';
import type { FileReading, ImportLayout, ReadingFile } from './reading-file';

/**
 * At most this many tests from one file: each is saved and evaluated like one typed in, one after
 * the other (100 took 34.5 s on a heavily loaded two-core machine; the API allows 29 s).
 */
export const MAX_IMPORT_TESTS = 50;

/** An element a test of the tank can hold, in the unit its history uses. */
export interface ImportElement {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
}

export interface ImportCatalogue {
  /** What a manual test of this tank holds: the kits first, then the tank lab's elements. */
  readonly manual: readonly ImportElement[];
  /** Each ICP lab's panel, by lab id (`OCEAMO`, `FAUNA_MARIN`, …). */
  readonly labs: Readonly<Record<string, readonly ImportElement[]>>;
}

/** The rules the plan applies, passed in so the plan stays pure. */
export interface ImportRules {
  /** The canonical element for a name as written; with a panel, that lab's spellings first. */
  readonly canonicalOf: (name: string, panel?: string) => string | undefined;
  readonly convert: ConvertToUnit;
  /** What a reef tank can hold of the element, in the element's unit (#15's plausibility bounds). */
  readonly plausibleFor: (element: ImportElement) => PlausibleRange | undefined;
  /** The keeper's today, YYYY-MM-DD: no test is dated after it. */
  readonly today: string;
}

export interface PlannedReading {
  readonly line: number;
  readonly elementId: string;
  /** In the element's unit; null for a non-detect of a lab report. */
  readonly value: number | null;
  readonly notDetected?: true;
  readonly detectionLimit?: number;
}

export interface PlannedTest {
  readonly kind: 'MANUAL' | 'ICP';
  readonly date: string;
  readonly lab?: string;
  readonly analysisNumber?: string;
  readonly readings: readonly PlannedReading[];
}

/** One reading of the file as the preview shows it: what was read, what it becomes, or why not. */
export interface PreviewRow {
  readonly line: number;
  readonly element: string;
  readonly date?: string;
  readonly value?: number | null;
  readonly unit?: string;
  readonly status: 'ok' | 'error';
  readonly problem?: string;
  readonly elementId?: string;
  readonly name?: string;
  /** The value in the element's unit, as it will be saved. */
  readonly saved?: { readonly value: number | null; readonly unit: string };
  /** Index into `tests`. */
  readonly test?: number;
}

export interface ImportPlan {
  readonly layout: ImportLayout;
  readonly decimal: DecimalMark;
  readonly dateOrder: DateOrder;
  readonly ignoredColumns: readonly string[];
  readonly rows: readonly PreviewRow[];
  readonly tests: readonly PlannedTest[];
  /** Set when the file cannot be imported at all (nothing is saved). */
  readonly refused?: string;
}

const labKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The ICP lab a cell names ("Oceamo", "Fauna Marin", "ATI Lab"), if it is one RaM reads. */
function labOf(text: string | undefined, labs: readonly string[]): string | undefined {
  if (!text) return undefined;
  const k = labKey(text);
  return labs.find((lab) => k.startsWith(labKey(lab)));
}

function elementFor(
  reading: FileReading,
  candidates: readonly ImportElement[],
  rules: ImportRules,
  panel: string,
): ImportElement | undefined {
  const byId = reading.elementId && candidates.find((e) => e.elementId === reading.elementId);
  if (byId) return byId;
  const canonical = rules.canonicalOf(reading.element, panel);
  return canonical === undefined ? undefined : candidates.find((e) => e.canonical === canonical);
}

function inElementUnit(
  value: number,
  unit: string | undefined,
  element: ImportElement,
  convert: ConvertToUnit,
): { value: number } | { problem: string } {
  if (!unit || normaliseUnit(unit) === normaliseUnit(element.unit)) return { value };
  try {
    const converted = convert(value, unit, element.unit, element.canonical);
    if (Number.isFinite(converted)) return { value: Number(converted.toPrecision(6)) };
  } catch {
    // falls through to the problem: the units measure different things
  }
  return { problem: `unit "${unit}" does not convert to ${element.unit} for ${element.name}` };
}

type Checked = { ok: true; element: ImportElement; reading: PlannedReading } | { ok: false; problem: string; element?: ImportElement };

function check(
  reading: FileReading,
  kind: PlannedTest['kind'],
  candidates: readonly ImportElement[],
  panel: string,
  rules: ImportRules,
): Checked {
  if (reading.element === '' && !reading.elementId) return { ok: false, problem: 'no element' };
  const element = elementFor(reading, candidates, rules, panel);
  if (reading.problem) return { ok: false, problem: reading.problem, element };
  if (!element)
    return {
      ok: false,
      problem: kind === 'ICP' ? `${panel} reports no element "${reading.element}"` : `unknown element "${reading.element}"`,
    };
  if (reading.date! > rules.today) return { ok: false, element, problem: `${reading.date} is in the future` };
  const value = reading.value!;
  if (value.nonDetect) {
    if (kind === 'MANUAL') return { ok: false, element, problem: 'a kit reading needs a number, not a non-detect' };
    const limit =
      value.detectionLimit === undefined ? undefined : inElementUnit(value.detectionLimit, reading.unit, element, rules.convert);
    if (limit && 'problem' in limit) return { ok: false, element, problem: limit.problem };
    return {
      ok: true,
      element,
      reading: withoutUndefined({
        line: reading.line,
        elementId: element.elementId,
        value: null,
        notDetected: true as const,
        detectionLimit: limit?.value,
      }),
    };
  }
  const converted = inElementUnit(value.value!, reading.unit, element, rules.convert);
  if ('problem' in converted) return { ok: false, element, problem: converted.problem };
  const bounds = rules.plausibleFor(element);
  if (isImplausible(converted.value, bounds))
    return {
      ok: false,
      element,
      problem: `${converted.value} ${element.unit} is more than a reef tank can hold (${plausibleText(bounds!)}): check the value or the unit`,
    };
  return { ok: true, element, reading: { line: reading.line, elementId: element.elementId, value: converted.value } };
}

/**
 * Matches a file's readings to the tank's elements and groups them into tests: one test per day
 * (per day, lab and analysis number when the file names an ICP lab; per test id in RaM's own
 * export). Each reading is converted into its element's unit and checked against what a reef tank
 * can hold; a reading that fails keeps its problem and is left out, the others are saved.
 *
 * @example planImport(file, catalogue, rules).rows.filter((r) => r.status === 'error').map((r) => r.problem)
 * // ['unknown element "Unobtainium"']
 */
export function planImport(file: ReadingFile, catalogue: ImportCatalogue, rules: ImportRules): ImportPlan {
  const labs = Object.keys(catalogue.labs);
  const tests: { key: string; test: PlannedTest & { readings: PlannedReading[] } }[] = [];
  const rows: PreviewRow[] = file.readings.map((reading) => {
    const lab = labOf(reading.lab, labs);
    const kind: PlannedTest['kind'] = lab ? 'ICP' : 'MANUAL';
    const said = withoutUndefined({
      line: reading.line,
      element: reading.element,
      date: reading.date,
      value: reading.value?.value,
      unit: reading.unit,
    });
    if (reading.kind?.toUpperCase() === 'ICP' && !lab)
      return { ...said, status: 'error' as const, problem: `an ICP reading needs its lab (${labs.join(', ')})` };
    const checked = check(reading, kind, lab ? catalogue.labs[lab]! : catalogue.manual, lab ?? 'MANUAL', rules);
    const named = checked.element ? { elementId: checked.element.elementId, name: checked.element.name } : {};
    if (!checked.ok) return { ...said, ...named, status: 'error' as const, problem: checked.problem };

    const key = reading.group ?? [kind, reading.date, lab ?? '', reading.analysis ?? ''].join('|');
    let index = tests.findIndex((t) => t.key === key);
    if (index < 0) {
      index =
        tests.push({
          key,
          test: withoutUndefined({ kind, date: reading.date!, lab, analysisNumber: lab ? reading.analysis : undefined, readings: [] }),
        }) - 1;
    }
    const test = tests[index]!.test;
    const twin = test.readings.find((r) => r.elementId === checked.reading.elementId);
    if (twin)
      return {
        ...said,
        ...named,
        status: 'error' as const,
        problem: `${checked.element.name} is already in this test (line ${twin.line})`,
      };
    test.readings.push(checked.reading);
    return { ...said, ...named, status: 'ok' as const, saved: { value: checked.reading.value, unit: checked.element.unit }, test: index };
  });
  const planned = tests.map((t) => t.test);
  const base = {
    layout: file.layout,
    decimal: file.decimal,
    dateOrder: file.dateOrder,
    ignoredColumns: file.ignoredColumns,
    rows,
    tests: planned,
  };
  if (planned.length === 0) return { ...base, refused: 'No reading in the file can be imported: see the problem on each line.' };
  if (planned.length > MAX_IMPORT_TESTS)
    return { ...base, refused: `The file holds ${planned.length} tests; import at most ${MAX_IMPORT_TESTS} at a time.` };
  return base;
}

/**
 * The plan without one of its tests, whose readings all take the problem (a lab report the lab's
 * rules refuse, for example one that misses elements the lab always reports).
 *
 * @example withoutTest(plan, 0, 'Oceamo reports always hold Sodium').tests.length // one fewer
 */
export function withoutTest(plan: ImportPlan, index: number, problem: string): ImportPlan {
  const rows = plan.rows.map((row): PreviewRow => {
    if (row.test === undefined) return row;
    if (row.test === index) return withoutUndefined({ ...row, status: 'error', problem, saved: undefined, test: undefined });
    return row.test > index ? { ...row, test: row.test - 1 } : row;
  });
  const tests = plan.tests.filter((_, i) => i !== index);
  const refused = tests.length === 0 ? 'No reading in the file can be imported: see the problem on each line.' : plan.refused;
  return withoutUndefined({ ...plan, rows, tests, refused });
}

/** A test the tank already has, as far as a repeated import is concerned. */
export interface ExistingTest {
  readonly testId: string;
  readonly kind: PlannedTest['kind'];
  readonly date: string;
  /** Values by element id, in the element's unit (null for a non-detect). */
  readonly values: ReadonlyMap<string, number | null>;
}

const same = (a: number | null | undefined, b: number | null) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

/**
 * The tank's test a planned test repeats, if any: same kind and day, and every reading of the plan
 * already there with the same value. Importing a file twice then adds nothing the second time.
 *
 * @example repeatedIn(planned, [{ testId: 't1', kind: 'MANUAL', date: '2026-03-02', values: new Map([['calcium', 420]]) }])?.testId // 't1'
 */
export function repeatedIn(test: PlannedTest, existing: readonly ExistingTest[]): ExistingTest | undefined {
  return existing.find(
    (e) =>
      e.kind === test.kind &&
      e.date === test.date &&
      test.readings.every((r) => e.values.has(r.elementId) && same(e.values.get(r.elementId), r.value)),
  );
}
