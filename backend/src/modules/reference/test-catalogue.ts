import { normaliseElementName } from '../../domain/canon';
import type { TestElementRow } from './reference-catalog.repository';

/**
 * The picker list of tank tests: manual tests first, then the tank lab's ICP elements, tank water
 * only (RO/RODI rows are for rendering ICP results), one entry per normalised name.
 *
 * @example selectableTestElements([...manualRows, ...oceamoRows]).every((e) => e.source === 'tank') // true
 */
export function selectableTestElements(rows: readonly TestElementRow[]): TestElementRow[] {
  const seen = new Set<string>();
  const selectable: TestElementRow[] = [];
  for (const row of rows) {
    if (row.source !== 'tank') continue;
    const key = normaliseElementName(row.canonical || row.name);
    if (seen.has(key)) continue;
    seen.add(key);
    selectable.push(row);
  }
  return selectable;
}
