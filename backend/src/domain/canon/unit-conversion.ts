import { CanonData, CanonGroup, Species } from './canon-data';
import { UnitConversionError } from './canon-errors';

/** Converts a value between two units, optionally knowing which canonical group it measures. */
export type ConvertUnits = (value: number, from: string, to: string, group?: CanonGroup) => number;

interface Scale {
  toBase(value: number): number;
  fromBase(value: number): number;
}

interface UnitTable {
  readonly dimension: string;
  readonly groups: readonly string[];
  readonly units: ReadonlyMap<string, Scale>;
}

interface Quantity {
  readonly table: UnitTable;
  readonly scale: Scale;
  readonly species?: Species;
}

// Species ("mg/l PO4") only make sense for a mass concentration.
const CONCENTRATION = 'concentration';
const SALINITY = 'salinity';
const TEMPERATURE = 'temperature';

/**
 * The form under which unit strings are compared: lower case, micro sign unified, no spaces around "/".
 *
 * @example normaliseUnit(' μg / L ') // 'µg/l'
 */
export function normaliseUnit(unit: string): string {
  return unit
    .trim()
    .replace(/\u03bc/g, '\u00b5')
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ');
}

const linear = (perBase: number): Scale => ({ toBase: (v) => v / perBase, fromBase: (v) => v * perBase });

function specialScales(data: CanonData, dimension: string): [string, Scale][] {
  const { unit, perPpt } = data.specificGravity;
  const { celsius, fahrenheit } = data.temperature;
  if (dimension === SALINITY) {
    return [[unit, { toBase: (sg) => (sg - 1) / perPpt, fromBase: (ppt) => 1 + ppt * perPpt }]];
  }
  if (dimension === TEMPERATURE) {
    return [
      [celsius, linear(1)],
      [fahrenheit, { toBase: (f) => ((f - 32) * 5) / 9, fromBase: (c) => (c * 9) / 5 + 32 }],
    ];
  }
  return [];
}

function unitTables(data: CanonData): UnitTable[] {
  return data.dimensions.map((d) => {
    const units = new Map<string, Scale>();
    for (const u of d.units) {
      for (const name of [u.unit, ...(u.aliases ?? [])]) units.set(normaliseUnit(name), linear(u.perBase));
    }
    for (const [name, scale] of specialScales(data, d.dimension)) units.set(normaliseUnit(name), scale);
    return { dimension: d.dimension, groups: d.groups ?? [], units };
  });
}

function speciesIndex(data: CanonData): Map<string, Species> {
  const index = new Map<string, Species>();
  for (const s of data.species) {
    for (const name of [s.formula, ...(s.aliases ?? [])]) index.set(name.toLowerCase(), s);
  }
  return index;
}

/**
 * Builds the unit converter over the canon's dimensions, species and special scales.
 * Species conversions go through the element: mg/l PO4 → mg/l P → mg/l SO4 is refused (different
 * elements). A side without a species takes the group's own symbol (P for Phosphorus) when there
 * is one, otherwise the other side's species.
 *
 * @example createUnitConverter(data)(8, 'dKH', 'meq/l') // 2.857…
 */
export function createUnitConverter(data: CanonData): ConvertUnits {
  const tables = unitTables(data);
  const species = speciesIndex(data);

  const tablesFor = (group?: CanonGroup): UnitTable[] => {
    const own = tables.filter((t) => group !== undefined && t.groups.includes(group.canonical));
    return [...own, ...tables.filter((t) => !own.includes(t))];
  };

  const resolve = (spec: string, group?: CanonGroup): Quantity => {
    const unit = normaliseUnit(spec);
    const ordered = tablesFor(group);
    for (const table of ordered) {
      const scale = table.units.get(unit);
      if (scale) return { table, scale };
    }
    const cut = unit.lastIndexOf(' ');
    const named = cut > 0 ? species.get(unit.slice(cut + 1)) : undefined;
    const concentration = ordered.find((t) => t.dimension === CONCENTRATION);
    const scale = named && concentration?.units.get(unit.slice(0, cut));
    if (named && concentration && scale) return { table: concentration, scale, species: named };
    throw new UnitConversionError(`unknown unit "${spec}"`);
  };

  return (value, from, to, group) => {
    const a = resolve(from, group);
    const b = resolve(to, group);
    if (a.table !== b.table) {
      throw new UnitConversionError(`cannot convert ${a.table.dimension} "${from}" to ${b.table.dimension} "${to}"`);
    }
    const own = group?.symbol === undefined ? undefined : species.get(group.symbol.toLowerCase());
    const source = a.species ?? own ?? b.species;
    const target = b.species ?? own ?? a.species;
    if (source && target && source.element !== target.element) {
      throw new UnitConversionError(`cannot express ${source.formula} as ${target.formula}`);
    }
    const ratio = source && target ? target.factor / source.factor : 1;
    return b.scale.fromBase(a.scale.toBase(value) * ratio);
  };
}
