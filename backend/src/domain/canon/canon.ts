import type { TestElementSeed, TestPanelSeed } from '../reference/seed-types';
import { groupIndex, lookUp, panelIndex } from './alias-index';
import { CanonData, CanonGroup } from './canon-data';
import { normaliseElementName, splitRodi } from './normalise-element-name';
import { createUnitConverter } from './unit-conversion';

/** Name matching and unit conversion over one set of canon data and lab panels. */
export interface Canon {
  readonly data: CanonData;
  /** The canonical element a name stands for, or undefined when no group or panel row knows it. */
  canonicalFor(name: string, panel?: string): string | undefined;
  /** The panel row a printed name stands for, or undefined when the panel does not list it. */
  panelElementFor(name: string, panel: string): TestElementSeed | undefined;
  /** The canonical group a tested or dosed name belongs to. */
  groupOf(name: string): CanonGroup | undefined;
  /** Whether two names (say a test and a dose product) belong to the same group. */
  sameGroup(a: string, b: string): boolean;
  /** Converts between units; `element` picks the dimension ("ppm" of alkalinity) and default species. */
  convert(value: number, from: string, to: string, element?: string): number;
}

/**
 * Builds a canon from data passed in, checking it: an alias claimed twice, a panel alias that names
 * another element, or a panel row with an unknown canonical name throws a CanonDataError.
 *
 * @example
 * const sut = createCanon(data, panels);
 * sut.canonicalFor('Brom', 'OCEAMO'); // 'Bromine'
 * sut.groupOf('Manganese-X')?.canonical; // 'Manganese'
 */
export function createCanon(data: CanonData, panels: readonly TestPanelSeed[] = []): Canon {
  const groups = groupIndex(data.groups);
  const byPanel = panelIndex(panels, groups);
  const convertUnits = createUnitConverter(data);
  const byGroup = (g: CanonGroup) => g.canonical;
  const byRow = (row: TestElementSeed) => row.canonical;

  const groupOf = (name: string) => lookUp(groups, normaliseElementName(name), byGroup);
  const panelElementFor = (name: string, panel: string) => {
    const index = byPanel.get(panel);
    const { base, rodi } = splitRodi(normaliseElementName(name));
    return index && lookUp(rodi ? index.rodi : index.tank, base, byRow);
  };

  return {
    data,
    panelElementFor,
    groupOf,
    canonicalFor: (name, panel) => (panel === undefined ? undefined : panelElementFor(name, panel)?.canonical) ?? groupOf(name)?.canonical,
    sameGroup: (a, b) => {
      const group = groupOf(a);
      return group !== undefined && group === groupOf(b);
    },
    convert: (value, from, to, element) => convertUnits(value, from, to, element ? groupOf(element) : undefined),
  };
}
