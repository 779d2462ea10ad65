import type { DecimalMark } from './printed-number';

// Dates and times look like decimals ("14.03.2025", "10:32"); a comma or point before exactly three
// digits may group thousands in either style. Neither says which mark the report uses.
const DATES = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/g;
const COMMA_DECIMAL = /\d,(?:\d{1,2}|\d{4,})(?!\d)/g;
const POINT_DECIMAL = /\d\.(?:\d{1,2}|\d{4,})(?!\d)/g;

/**
 * The decimal mark a report uses, from its own figures: decimals with one, two or four-plus digits
 * after the mark count; dates, times and three-digit groups do not. Without evidence either way,
 * the lab's habit decides.
 *
 * @example guessDecimalMark('Kupfer 1,23 µg/l\nProbenahme 14.03.2025') // 'comma'
 * @example guessDecimalMark('Sodium 10,650 mg/l\nCopper 0.62 µg/l', 'comma') // 'point'
 */
export function guessDecimalMark(text: string, habit: DecimalMark = 'point'): DecimalMark {
  const figures = text.replace(DATES, ' ');
  const commas = figures.match(COMMA_DECIMAL)?.length ?? 0;
  const points = figures.match(POINT_DECIMAL)?.length ?? 0;
  if (commas === points) return habit;
  return commas > points ? 'comma' : 'point';
}
