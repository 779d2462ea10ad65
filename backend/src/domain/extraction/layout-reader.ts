import { normaliseElementName, type Canon } from '../canon';
import type { TestElementSeed, TestPanelSeed } from '../reference/seed-types';
import type { PrintedRow } from './element-rows';
import { isConcentrationUnit, readElementRow } from './element-rows';
import type { ExtractedElement, IcpLab, ReferenceRange } from './extraction-types';
import { asPanelElement } from './panel-element';
import { type DecimalMark, parsePrintedNumber, readPrintedRange, readPrintedValue } from './printed-number';
import { splitCells } from './report-cells';
import { withoutUndefined } from './without-undefined';

// Column titles, in both languages. A value title marks the measured column; setpoint, reference,
// deviation, status and recommendation titles mark columns that are never a reading.
const VALUE_TITLE = /^(messwert|ergebnis|result|value|your value|ist-?wert|wert|measured|konzentration|concentration|gehalt)\b/i;
const UNIT_TITLE = /^(einheit|unit|units)\b/i;
const OTHER_TITLE =
  /^(soll|ideal|referenz|reference|recommended|target|richtwert|guide|ziel|norm|empf|abw|deviation|status|bewertung|rating|ampel|min|max|element|parameter|symbol)/i;
// Headings that switch between the tank water and an RO/osmosis-water block.
const RO_HEADING = /osmose|osmosis|umkehrosmose|\bRO\b|\bRO\/DI\b|\brodi\b/i;
const TANK_HEADING =
  /^(results? (of|for) )?(salt|sea|tank|aquarium) ?water\b|^(ergebnisse?:? )?(meerwasser|salzwasser|aquarienwasser|beckenwasser)\b/i;
// Section names of any lab (macro, trace, pollutants, nutrients, heavy metals, …).
const SECTION_WORD =
  /major|macro|minor|trace|base|mengen|haupt|makro|spuren|schad|pollut|heavy|schwermetall|n(ä|ae)hr|nutri|contamin|belast|toxi/i;
const VALUE_LINE = /^(?:your value|value|result|measured|messwert|ergebnis|ist-?wert|wert)\s*:\s*(.*)$/i;
const HEADING_UNIT = /(?:\(|\[|\bin\s)\s*(mg\/l|µg\/l|μg\/l|ug\/l|ppm|ppb|mg\/L|µg\/L)\s*(?:\)|\]|$)/i;
// An ion written as a name or formula: its value is the ion, not the element.
const ION_SPECIES: readonly [RegExp, string][] = [
  [/^(po4|phosphate?|orthophosphate?|total phosphate|gesamtphosphat|phosphat gesamt|phosphate \(total\))$/, 'PO4'],
  [/^(so4|sulfate?|sulphate)$/, 'SO4'],
  [/^(no3|nitrate?)$/, 'NO3'],
  [/^(sio2|silicate|silikat)$/, 'SiO2'],
];

/** One element row read off a report line, before it is mapped to a panel row. */
export interface ReadRow {
  readonly row: PrintedRow;
  readonly ro: boolean;
  readonly line: string;
}

export interface ReadRows {
  readonly rows: readonly ReadRow[];
  /** Lines shaped like an element row whose name is no element RaM knows ("Gold | Au | 0,1 | µg/l"). */
  readonly unknown: readonly string[];
}

interface Columns {
  readonly value?: number;
  readonly unit?: number;
  readonly count: number;
}

function columnsOf(cells: readonly string[]): Columns | undefined {
  if (cells.length < 3) return undefined;
  const value = cells.findIndex((c) => VALUE_TITLE.test(c));
  if (value < 0) return undefined;
  if (!cells.every((c) => VALUE_TITLE.test(c) || UNIT_TITLE.test(c) || OTHER_TITLE.test(c) || c.length < 30)) return undefined;
  const unit = cells.findIndex((c) => UNIT_TITLE.test(c));
  return withoutUndefined({ value, unit: unit < 0 ? undefined : unit, count: cells.length });
}

const isElementGroup = (name: string, canon: Canon) => {
  const group = canon.groupOf(name);
  return group?.kind === 'element' ? group : undefined;
};

/** The element a row's leading cells name: "Kupfer", "Cu | Kupfer", "Kupfer (Cu)", "Cu Copper" (boxed symbol). */
function elementAt(cells: readonly string[], canon: Canon): { name: string; used: number } | undefined {
  const first = cells[0]?.replace(/\s*:$/, '');
  if (!first) return undefined;
  const whole = isElementGroup(first, canon);
  if (whole) {
    const next = cells[1] && isElementGroup(cells[1], canon);
    // A symbol column beside the name ("Natrium | Na", "Na | Sodium"): the name is the longer one.
    if (next && next === whole) return { name: first.length >= cells[1].length ? first : cells[1], used: 2 };
    return { name: first, used: 1 };
  }
  const words = first.split(/\s+/);
  if (words.length >= 2) {
    const [head, ...rest] = words;
    const tail = rest.join(' ');
    const a = isElementGroup(head, canon);
    if (a && a === isElementGroup(tail, canon)) return { name: tail, used: 1 };
  }
  return undefined;
}

// "24,00 µg/l", "< 0,01 mg/l", "n.n. µg/l": a value cell with its unit run into it.
function valueWithUnit(cell: string, decimal: DecimalMark, canon: Canon) {
  const words = cell.trim().split(/\s+/);
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const unit = words.slice(cut).join(' ');
    const printed = words.slice(0, cut).join(' ');
    const reading = readPrintedValue(printed, decimal);
    if (reading && isConcentrationUnit(unit, canon)) return { printed, reading, unit };
  }
  const reading = readPrintedValue(cell, decimal);
  return reading ? { printed: cell.trim(), reading, unit: undefined } : undefined;
}

function speciesUnit(name: string, unit: string): string {
  if (/\s\S+$/.test(unit.trim())) return unit;
  const key = normaliseElementName(name).replace(/ \((.+)\)$/, '');
  const inner = /\((.+)\)$/.exec(normaliseElementName(name))?.[1];
  const hit = ION_SPECIES.find(([pattern]) => pattern.test(key) || (inner !== undefined && pattern.test(inner)));
  return hit ? `${unit} ${hit[1]}` : unit;
}

function rangeAfter(cells: readonly string[], decimal: DecimalMark): { range?: ReferenceRange; used: number } {
  const [a, b] = cells;
  if (a === undefined) return { used: 0 };
  const single = readPrintedRange([a], decimal);
  if (single) return { range: single, used: 1 };
  // Min and max in two columns, either of which may be a dash.
  const side = (c: string) => parsePrintedNumber(c, decimal) !== undefined || /^[-\u2013\u2014]{1,3}$/.test(c.trim());
  if (b !== undefined && side(a) && side(b)) return { range: readPrintedRange([a, b], decimal), used: 2 };
  return { used: 0 };
}

interface ReadState {
  readonly decimal: DecimalMark;
  readonly canon: Canon;
  columns?: Columns;
  sectionUnit?: string;
}

function readRow(cells: readonly string[], state: ReadState, aligned: boolean): { row: PrintedRow; end: number } | undefined {
  const { canon, decimal } = state;
  const columns = aligned ? state.columns : undefined;
  const element = elementAt(cells, canon);
  if (!element) return undefined;
  let at = -1;
  let found: ReturnType<typeof valueWithUnit>;
  // Aligned with a header: the value column says where the reading is.
  if (columns?.value !== undefined && cells.length <= columns.count && columns.value >= element.used) {
    found = cells[columns.value] === undefined ? undefined : valueWithUnit(cells[columns.value], decimal, canon);
    if (found) at = columns.value;
  }
  if (!found) {
    for (let i = element.used; i < cells.length; i++) {
      found = valueWithUnit(cells[i], decimal, canon);
      if (found) {
        at = i;
        break;
      }
      // A cell of words (a status, a label) before any value means this line holds no reading.
      if (!isElementGroup(cells[i], canon)) return undefined;
    }
  }
  if (!found) return undefined;
  let unit = found.unit;
  let next = at + 1;
  if (!unit && cells[next] && isConcentrationUnit(cells[next], canon)) unit = cells[next++];
  if (!unit && columns?.unit !== undefined && cells[columns.unit] && isConcentrationUnit(cells[columns.unit], canon))
    unit = cells[columns.unit];
  unit ??= state.sectionUnit;
  if (!unit) return undefined;
  const { range, used } = rangeAfter(cells.slice(next), decimal);
  const row = withoutUndefined({
    name: element.name,
    printed: found.printed,
    reading: found.reading,
    unit: speciesUnit(element.name, unit),
    range,
  });
  return { row, end: next + used };
}

// A line may hold more than one element (a report printed in two columns side by side).
function rowsOfLine(cells: readonly string[], state: ReadState): PrintedRow[] {
  const rows: PrintedRow[] = [];
  let rest = cells;
  while (rest.length > 0) {
    const read = readRow(rest, state, rows.length === 0);
    if (!read) break;
    rows.push(read.row);
    rest = rest.slice(read.end);
    while (rest.length > 0 && !elementAt(rest, state.canon)) rest = rest.slice(1);
  }
  return rows;
}

/**
 * Reads every element row of a report's lines, whatever the layout: rows are found by the element
 * dictionary (names and symbols in German and English, "Name (Symbol)", a symbol column on either
 * side), the value and unit wherever the row, its column header or its section heading puts them;
 * setpoint, reference, deviation, status and recommendation cells are never read as the value. A
 * heading naming RO or osmosis water turns the rows that follow into RO rows until a tank-water
 * heading; a repeated column header on a following page changes nothing.
 *
 * @example readReportRows(['Kupfer\tCu\t1,2\tµg/l'], 'comma', canon)[0].row.reading.value // 1.2
 */
export function readReportRows(lines: readonly string[], decimal: DecimalMark, canon: Canon, roHeadings: readonly string[] = []): ReadRows {
  const state: ReadState = { decimal, canon };
  const rows: ReadRow[] = [];
  const unknown: string[] = [];
  const knownRo = roHeadings.map(normaliseElementName);
  let ro = false;
  // Reports that split tank and RO water into blocks ("Results of Salt water") keep section
  // headings inside each block; others print the RO block as one more section.
  let waterBlocks = false;
  let pending: string | undefined;
  for (const line of lines) {
    const cells = splitCells(line);
    if (cells.length === 0) continue;
    const header = columnsOf(cells);
    if (header) {
      state.columns = header;
      continue;
    }
    // A card layout prints the element on a line of its own and its value on a labelled line below.
    const labelled = pending === undefined ? undefined : VALUE_LINE.exec(cells[0]);
    const read = labelled
      ? rowsOfLine([pending!, ...(labelled[1] ? [labelled[1]] : []), ...cells.slice(1)], state)
      : rowsOfLine(cells, state);
    if (read.length > 0) {
      rows.push(...read.map((row) => ({ row, ro, line })));
      pending = undefined;
      continue;
    }
    const alone = elementAt(cells, canon);
    if (alone && alone.used === cells.length) {
      pending = alone.name;
      continue;
    }
    if (readElementRow(line, decimal, canon)) {
      unknown.push(line);
      continue;
    }
    // Not a row: a heading (one or two short cells) may switch the block and carry the unit.
    if (cells.length > 2 || cells[0].length > 60) continue;
    const heading = cells[0];
    const normalised = normaliseElementName(heading);
    if (RO_HEADING.test(heading) || knownRo.some((h) => normalised === h || normalised.startsWith(`${h} `))) ro = true;
    else if (TANK_HEADING.test(heading)) {
      ro = false;
      waterBlocks = true;
    } else if (!waterBlocks && SECTION_WORD.test(heading) && !/\d/.test(heading.replace(HEADING_UNIT, ''))) ro = false;
    const unit = HEADING_UNIT.exec(heading)?.[1];
    if (unit) state.sectionUnit = unit;
    else if (/\p{L}{4,}/u.test(heading) && !/\d/.test(heading)) state.sectionUnit = undefined;
  }
  return { rows, unknown };
}

export interface PanelMatch {
  readonly element: ExtractedElement;
  /** The name is one of the panel row's own aliases (not only the same element in another form). */
  readonly exact: boolean;
}

/**
 * Maps a read row onto the lab's panel: by the panel's own aliases first, then through the canon to
 * the panel row of the same element and water (a "Phosphat (PO4)" row onto Oceamo's phosphorus in
 * µg/l P), converting the value to the panel's unit.
 *
 * @example matchPanelRow(read, panel, canon)?.element.elementId // 'phosphorus'
 */
export function matchPanelRow(read: ReadRow, panel: TestPanelSeed | undefined, lab: IcpLab, canon: Canon): PanelMatch | undefined {
  const { row, ro } = read;
  const exact = canon.panelElementFor(ro ? `${row.name} (RO)` : row.name, lab);
  const mapped = exact && asPanelElement(row, exact, canon);
  if (mapped) return { element: mapped, exact: true };
  const group = canon.groupOf(row.name);
  const source = ro ? 'rodi' : 'tank';
  const same = (seed: TestElementSeed) => seed.canonical === group?.canonical && seed.source === source;
  for (const seed of panel?.elements.filter(same) ?? []) {
    const element = asPanelElement(row, seed, canon);
    if (element) return { element, exact: false };
  }
  return undefined;
}
