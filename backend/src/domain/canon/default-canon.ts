import { bundledSeedFiles } from '../reference/bundled-seeds';
import { Canon, createCanon } from './canon';
import { CanonGroup } from './canon-data';

let canon: Canon | undefined;

/**
 * The canon over the seed data bundled with the code (canon.json plus every test panel), built once.
 *
 * @example defaultCanon().canonicalFor('Kalium') // 'Potassium'
 */
export function defaultCanon(): Canon {
  if (!canon) {
    const seeds = bundledSeedFiles();
    canon = createCanon(seeds.canon, seeds.testPanels);
  }
  return canon;
}

/**
 * The canonical element for a name as a lab or keeper wrote it; with a panel, that lab's own
 * spellings are tried first.
 *
 * @example canonicalFor('Brom', 'OCEAMO') // 'Bromine'
 * @example canonicalFor('Copper (RO)') // 'Copper'
 * @example canonicalFor('Spurenelemente') // undefined (a section heading, not an element)
 */
export function canonicalFor(name: string, panel?: string): string | undefined {
  return defaultCanon().canonicalFor(name, panel);
}

/**
 * The canonical group a tested or dosed name belongs to, so charts can put them side by side.
 *
 * @example groupOf('Manganese-X')?.canonical // 'Manganese'
 * @example groupOf('PO4')?.canonical // 'Phosphorus'
 */
export function groupOf(name: string): CanonGroup | undefined {
  return defaultCanon().groupOf(name);
}

/**
 * Converts a value between units. Species ride on the unit ("mg/l PO4", "µg/l P"); `element`
 * chooses its dimension ("ppm" of Alkalinity is ppm CaCO3) and its own species when a side names none.
 *
 * @example convert(0.1, 'mg/l', 'µg/l') // 100
 * @example convert(30, 'µg/l', 'mg/l PO4', 'Phosphorus') // 0.09198
 * @example convert(8, 'dKH', 'ppm', 'Alkalinity') // 142.88
 */
export function convert(value: number, from: string, to: string, element?: string): number {
  return defaultCanon().convert(value, from, to, element);
}
