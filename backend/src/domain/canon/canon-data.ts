import { fieldsOf, listOf, number, oneOf, optional, text, texts } from '../reference/json-fields';

export type GroupKind = 'element' | 'parameter' | 'blend';

/** One canonical group: every name under which a tested or dosed thing appears. */
export interface CanonGroup {
  readonly canonical: string;
  readonly kind: GroupKind;
  readonly symbol?: string;
  readonly aliases: readonly string[];
}

/** A chemical form a value can be expressed as; `factor` is its mass per mass of `element`. */
export interface Species {
  readonly formula: string;
  readonly element: string;
  readonly factor: number;
  readonly aliases?: readonly string[];
}

/** A unit of a linear dimension: `perBase` of it make one base unit. */
export interface UnitDefinition {
  readonly unit: string;
  readonly perBase: number;
  readonly aliases?: readonly string[];
}

export interface Dimension {
  readonly dimension: string;
  readonly base: string;
  /** Canonical groups measured in this dimension; their units are tried first. */
  readonly groups?: readonly string[];
  readonly units: readonly UnitDefinition[];
}

export interface CanonData {
  readonly version: number;
  readonly groups: readonly CanonGroup[];
  readonly species: readonly Species[];
  readonly dimensions: readonly Dimension[];
  /** Specific gravity as 1 + perPpt × salinity (ppt). */
  readonly specificGravity: { readonly unit: string; readonly perPpt: number };
  readonly temperature: { readonly celsius: string; readonly fahrenheit: string };
}

/**
 * Checks and types the content of `seeds/canon.json`.
 *
 * @example parseCanonData(JSON.parse(fileText), 'canon.json').groups.length
 */
export function parseCanonData(json: unknown, at: string): CanonData {
  const f = fieldsOf(json, at);
  const sg = fieldsOf(f.raw.specificGravity, `${at}.specificGravity`);
  const temperature = fieldsOf(f.raw.temperature, `${at}.temperature`);
  return {
    version: number(f, 'version'),
    groups: listOf(f, 'groups', (g) => ({
      canonical: text(g, 'canonical'),
      kind: oneOf(g, 'kind', ['element', 'parameter', 'blend'] as const),
      symbol: optional(g, 'symbol', text),
      aliases: texts(g, 'aliases'),
    })),
    species: listOf(f, 'species', (s) => ({
      formula: text(s, 'formula'),
      element: text(s, 'element'),
      factor: number(s, 'factor'),
      aliases: optional(s, 'aliases', texts),
    })),
    dimensions: listOf(f, 'dimensions', (d) => ({
      dimension: text(d, 'dimension'),
      base: text(d, 'base'),
      groups: optional(d, 'groups', texts),
      units: listOf(d, 'units', (u) => ({
        unit: text(u, 'unit'),
        perBase: number(u, 'perBase'),
        aliases: optional(u, 'aliases', texts),
      })),
    })),
    specificGravity: { unit: text(sg, 'unit'), perPpt: number(sg, 'perPpt') },
    temperature: { celsius: text(temperature, 'celsius'), fahrenheit: text(temperature, 'fahrenheit') },
  };
}
