import type { ReferenceRange } from './extraction-types';
import { withoutUndefined } from './without-undefined';

/** How a lab writes decimals: German reports "1,23", English ones "1.23". */
export type DecimalMark = 'comma' | 'point';

/** A value cell read: a number, or a non-detect with the limit a "< x" names. */
export interface PrintedValue {
  readonly value: number | null;
  readonly nonDetect: boolean;
  readonly detectionLimit?: number;
}

// A leading group of 1-3 digits that is not 0, then groups of exactly three: "10.780" in German.
const GROUPED = { comma: /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/, point: /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/ };
const PLAIN = { comma: /^\d+(,\d+)?$/, point: /^\d+(\.\d+)?$/ };
// "nicht nachweisbar", "nicht bestimmbar", "nicht gemessen", "not detected"; dashes; "< NWG".
const NON_DETECT_WORDS = /^(n\.?\s?[nbgd]\.?|nd|[-\u2013\u2014]{1,3}|<\s*(nwg|bg|lod|loq|dl))$/i;
const BELOW = /^(?:<|\u2264|unter|below)\s*(.+)$/i;
const BETWEEN = /^(.+?)\s*(?:[-\u2013\u2014]|bis|to)\s*(.+)$/i;
const UP_TO = /^(?:<|\u2264|max\.?|bis)\s*(.+)$/i;
const FROM = /^(?:>|\u2265|min\.?|ab)\s*(.+)$/i;

/**
 * Reads a printed number in the lab's decimal style; anything else is undefined. A point in a
 * comma-style report is a decimal point unless it groups thousands ("0.062" stays 0.062).
 *
 * @example parsePrintedNumber('1,23', 'comma') // 1.23
 * @example parsePrintedNumber('10.780', 'comma') // 10780
 * @example parsePrintedNumber('1,350', 'point') // 1350
 */
export function parsePrintedNumber(text: string, decimal: DecimalMark): number | undefined {
  const t = text.trim().replace(/^\+/, '');
  const other: DecimalMark = decimal === 'comma' ? 'point' : 'comma';
  const [group, mark] = decimal === 'comma' ? ['.', ','] : [',', '.'];
  if (GROUPED[decimal].test(t)) return Number(t.split(group).join('').replace(mark, '.'));
  if (PLAIN[decimal].test(t)) return Number(t.replace(mark, '.'));
  // A lab that slips into the other style for a small number ("0.5" in a German report).
  if (PLAIN[other].test(t) && !GROUPED[other].test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

/**
 * Reads a value cell: a number, a non-detect word ("n.n.", "n.b.", "n.g.", "---") or "< x".
 *
 * @example readPrintedValue('n.n.', 'comma') // { value: null, nonDetect: true }
 * @example readPrintedValue('< 0,5', 'comma') // { value: null, nonDetect: true, detectionLimit: 0.5 }
 * @example readPrintedValue('412', 'point') // { value: 412, nonDetect: false }
 */
export function readPrintedValue(text: string, decimal: DecimalMark): PrintedValue | undefined {
  const t = text.trim();
  if (NON_DETECT_WORDS.test(t)) return { value: null, nonDetect: true };
  const below = BELOW.exec(t);
  if (below) {
    const limit = parsePrintedNumber(below[1], decimal);
    return limit === undefined ? undefined : { value: null, nonDetect: true, detectionLimit: limit };
  }
  const value = parsePrintedNumber(t, decimal);
  return value === undefined ? undefined : { value, nonDetect: false };
}

const side = (text: string | undefined, decimal: DecimalMark): number | undefined =>
  text === undefined ? undefined : parsePrintedNumber(text, decimal);

function withSides(low: number | undefined, high: number | undefined): ReferenceRange | undefined {
  return low === undefined && high === undefined ? undefined : withoutUndefined({ low, high });
}

/**
 * Reads a printed reference band: one cell ("380 – 450", "< 5", "> 0,1") or two cells (min, max;
 * either may be blank or a dash).
 *
 * @example readPrintedRange(['380 – 450'], 'point') // { low: 380, high: 450 }
 * @example readPrintedRange(['0,02', '0,1'], 'comma') // { low: 0.02, high: 0.1 }
 * @example readPrintedRange(['< 5'], 'point') // { high: 5 }
 */
export function readPrintedRange(cells: readonly string[], decimal: DecimalMark): ReferenceRange | undefined {
  const [first, second] = cells.map((c) => c.trim());
  if (second !== undefined) return withSides(side(first, decimal), side(second, decimal));
  if (!first) return undefined;
  const upTo = UP_TO.exec(first);
  if (upTo) return withSides(undefined, side(upTo[1], decimal));
  const from = FROM.exec(first);
  if (from) return withSides(side(from[1], decimal), undefined);
  const between = BETWEEN.exec(first);
  if (!between) return undefined;
  const low = side(between[1], decimal);
  const high = side(between[2], decimal);
  return low === undefined || high === undefined ? undefined : { low, high };
}
