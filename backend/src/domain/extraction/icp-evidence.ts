import type { Canon } from '../canon';
import { splitCells } from './report-cells';

// An element analysis names many elements; an invoice or a letter that mentions copper does not.
const ENOUGH_ELEMENTS = 8;

/**
 * Whether a text is an element analysis at all: it names a lab RaM knows, or it prints at least
 * eight different elements (by name or symbol, in a cell of their own or leading one).
 *
 * @example looksLikeIcpReport('Rechnung\nKupfer Test\t12,50 EUR', canon, false) // false
 */
export function looksLikeIcpReport(text: string, canon: Canon, namesALab: boolean): boolean {
  if (namesALab) return true;
  const elements = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const cell of splitCells(line).slice(0, 3)) {
      for (const candidate of [cell, cell.split(/\s+/)[0]]) {
        const group = canon.groupOf(candidate);
        if (group?.kind === 'element') elements.add(group.canonical);
      }
    }
    if (elements.size >= ENOUGH_ELEMENTS) return true;
  }
  return false;
}
