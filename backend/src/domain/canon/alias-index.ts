import type { TestElementSeed, TestPanelSeed } from '../reference/seed-types';
import { CanonGroup } from './canon-data';
import { CanonDataError } from './canon-errors';
import { normaliseElementName, splitRodi } from './normalise-element-name';

export type NameIndex<T> = ReadonlyMap<string, T>;

/** A panel's rows by alias: tank rows by the full alias, RO/DI rows by the alias without its RO mark. */
export interface PanelIndex {
  readonly tank: NameIndex<TestElementSeed>;
  readonly rodi: NameIndex<TestElementSeed>;
}

/**
 * Finds a name in an index: as written, or, for "outer (inner)" names such as "Magnesium (Mg)" or
 * "Kupfer (Osmose)", through whichever part is known. Parts that disagree resolve to nothing.
 *
 * @example lookUp(index, 'phosphat (po4)', (g) => g.canonical)
 */
export function lookUp<T>(index: NameIndex<T>, normalised: string, identity: (hit: T) => string): T | undefined {
  const direct = index.get(normalised);
  if (direct !== undefined) return direct;
  const parts = /^(.+?) \((.+)\)$/.exec(normalised);
  if (!parts) return undefined;
  const outer = lookUp(index, parts[1], identity);
  const inner = lookUp(index, parts[2], identity);
  if (outer && inner) return identity(outer) === identity(inner) ? outer : undefined;
  return outer ?? inner;
}

/**
 * Indexes every alias of every group by its normalised form; an alias claimed by two groups is an error.
 *
 * @example groupIndex(data.groups).get('kalium')?.canonical // 'Potassium'
 */
export function groupIndex(groups: readonly CanonGroup[]): NameIndex<CanonGroup> {
  const index = new Map<string, CanonGroup>();
  for (const group of groups) {
    for (const alias of [group.canonical, ...group.aliases]) {
      const key = normaliseElementName(alias);
      const claimed = index.get(key);
      if (claimed && claimed !== group) {
        throw new CanonDataError(`"${alias}" is claimed by ${claimed.canonical} and ${group.canonical}`);
      }
      index.set(key, group);
    }
  }
  return index;
}

function indexPanel(panel: TestPanelSeed, groups: NameIndex<CanonGroup>, known: ReadonlySet<string>): PanelIndex {
  const tank = new Map<string, TestElementSeed>();
  const rodi = new Map<string, TestElementSeed>();
  const where = (row: TestElementSeed) => `${panel.panel}/${row.elementId}`;
  for (const row of panel.elements) {
    if (!known.has(row.canonical)) throw new CanonDataError(`${where(row)}: unknown canonical "${row.canonical}"`);
    for (const alias of row.aliases) {
      const { base, rodi: marked } = splitRodi(normaliseElementName(alias));
      if (marked !== (row.source === 'rodi')) {
        throw new CanonDataError(`${where(row)}: "${alias}" must ${marked ? 'not ' : ''}carry an RO mark`);
      }
      const index = marked ? rodi : tank;
      const other = index.get(base);
      if (other && other !== row) throw new CanonDataError(`${where(row)}: "${alias}" is also ${where(other)}`);
      const group = lookUp(groups, base, (g) => g.canonical);
      if (group?.canonical !== row.canonical) {
        throw new CanonDataError(`${where(row)}: "${alias}" belongs to ${group?.canonical ?? 'no group'}`);
      }
      index.set(base, row);
    }
  }
  return { tank, rodi };
}

/**
 * Indexes each panel's aliases, checking that every alias names exactly one row of its panel and
 * agrees with the canonical group it belongs to.
 *
 * @example panelIndex(panels, groupIndex(data.groups)).get('OCEAMO')?.tank.get('brom')?.elementId // 'bromine'
 */
export function panelIndex(panels: readonly TestPanelSeed[], groups: NameIndex<CanonGroup>): ReadonlyMap<string, PanelIndex> {
  const known = new Set([...groups.values()].map((g) => g.canonical));
  return new Map(panels.map((p) => [p.panel, indexPanel(p, groups, known)]));
}
