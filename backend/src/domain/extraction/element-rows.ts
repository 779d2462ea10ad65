import { normaliseElementName, type Canon } from '../canon';
import type { ElementCategory } from '../reference/seed-types';
import type { ReferenceRange } from './extraction-types';
import { DecimalMark, PrintedValue, readPrintedRange, readPrintedValue } from './printed-number';
import { splitCells, splitWords } from './report-cells';
import { withoutUndefined } from './without-undefined';

/** An element row as printed, before it is matched to a panel. */
export interface PrintedRow {
  readonly name: string;
  readonly printed: string;
  readonly reading: PrintedValue;
  readonly unit: string;
  readonly range?: ReferenceRange;
}

/**
 * Whether a unit is a mass concentration the canon can convert ("mg/l", "µg/l", "ppb", "mg/l PO4").
 *
 * @example isConcentrationUnit('μg/L', canon) // true
 * @example isConcentrationUnit('ppt', canon) // false (salinity)
 */
export function isConcentrationUnit(unit: string, canon: Canon): boolean {
  if (!/[a-zµμ]/i.test(unit)) return false;
  try {
    canon.convert(1, unit, 'mg/l');
    return true;
  } catch {
    return false;
  }
}

function rowFrom(cells: readonly string[], decimal: DecimalMark, canon: Canon): PrintedRow | undefined {
  for (let i = 1; i + 1 < cells.length; i++) {
    const reading = readPrintedValue(cells[i], decimal);
    if (!reading || !isConcentrationUnit(cells[i + 1], canon)) continue;
    // Cells between the name and the value are a symbol column ("Kupfer | Cu | 1,2").
    const name = cells[0].replace(/\s*:$/, '');
    const range = readPrintedRange(cells.slice(i + 2, i + 4), decimal);
    return withoutUndefined({ name, printed: cells[i], reading, unit: cells[i + 1], range });
  }
  return undefined;
}

/**
 * Reads a line as an element row: a name, optional symbol cells, a value (or non-detect), a
 * concentration unit and an optional reference band. Lines whose columns ran together are read word
 * by word. Anything else (headings, labels, footers) is not a row.
 *
 * @example readElementRow('Kupfer\tCu\t1,2\tµg/l\t0,5 – 3', 'comma', canon)
 * // { name: 'Kupfer', printed: '1,2', reading: { value: 1.2, nonDetect: false }, unit: 'µg/l', range: { low: 0.5, high: 3 } }
 */
export function readElementRow(line: string, decimal: DecimalMark, canon: Canon): PrintedRow | undefined {
  const cells = splitCells(line);
  const row = rowFrom(cells, decimal, canon);
  if (row || cells.length > 2) return row;
  const words = splitWords(line);
  for (let i = 1; i + 1 < words.length; i++) {
    if (!readPrintedValue(words[i], decimal) || !isConcentrationUnit(words[i + 1], canon)) continue;
    const band = words.slice(i + 2).join(' ');
    return rowFrom([words.slice(0, i).join(' '), words[i], words[i + 1], ...(band ? [band] : [])], decimal, canon);
  }
  return undefined;
}

/**
 * The category a section heading stands for, when the line is one of the lab's headings.
 *
 * @example sectionOf('Osmosewasser', { Osmosewasser: 'osmose' }) // 'osmose'
 */
export function sectionOf(line: string, sections: Readonly<Record<string, ElementCategory>>): ElementCategory | undefined {
  const cells = splitCells(line);
  if (cells.length !== 1) return undefined;
  const heading = normaliseElementName(cells[0]);
  const match = Object.entries(sections).find(([name]) => {
    const known = normaliseElementName(name);
    return heading === known || heading.startsWith(`${known} `);
  });
  return match?.[1];
}
