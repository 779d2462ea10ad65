import { type JsonFields, fieldsOf, listOf, number, optional, text } from './json-fields';
import { SeedFormatError } from './seed-errors';
import type { ReferenceRangeSeed, ReferenceRangesSeed, ReferenceSourceSeed, PlausibleRangeSeed } from './seed-types';

const source = (f: JsonFields): ReferenceSourceSeed => ({ id: text(f, 'id'), name: text(f, 'name'), citation: text(f, 'citation') });

const range = (f: JsonFields): ReferenceRangeSeed => {
  const entry = {
    elementId: text(f, 'elementId'),
    canonical: text(f, 'canonical'),
    category: text(f, 'category'),
    unit: text(f, 'unit'),
    low: optional(f, 'low', number),
    high: optional(f, 'high', number),
    target: optional(f, 'target', number),
    hazardousUpper: optional(f, 'hazardousUpper', number),
    source: text(f, 'source'),
  };
  if (entry.low === undefined && entry.high === undefined) throw new SeedFormatError(f.at, 'a range needs a low or a high bound');
  if (entry.low !== undefined && entry.high !== undefined && entry.low > entry.high) throw new SeedFormatError(f.at, 'low is above high');
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as ReferenceRangeSeed;
};

const plausible = (f: JsonFields): PlausibleRangeSeed => {
  const entry = { elementId: text(f, 'elementId'), unit: text(f, 'unit'), low: number(f, 'low'), high: number(f, 'high') };
  if (entry.low >= entry.high) throw new SeedFormatError(f.at, 'low must be below high');
  return entry;
};

function unique(ids: readonly string[], at: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SeedFormatError(at, `"${id}" appears twice`);
    seen.add(id);
  }
}

/**
 * Reads `reference-ranges.json`: the named sources every default range cites, the ranges for
 * parameters the dosing method leaves open, and what a reef tank can physically hold.
 *
 * @example parseReferenceRanges(json, 'reference-ranges.json').ranges.find((r) => r.elementId === 'ph')?.low // 7.8
 */
export function parseReferenceRanges(json: unknown, at: string): ReferenceRangesSeed {
  const f = fieldsOf(json, at);
  const sources = listOf(f, 'sources', source);
  const ranges = listOf(f, 'ranges', range);
  const plausibleRanges = listOf(f, 'plausible', plausible);
  unique(
    sources.map((s) => s.id),
    `${at}.sources`,
  );
  unique(
    ranges.map((r) => r.elementId),
    `${at}.ranges`,
  );
  unique(
    plausibleRanges.map((r) => r.elementId),
    `${at}.plausible`,
  );
  const known = new Set(sources.map((s) => s.id));
  const methodSource = text(f, 'methodSource');
  const hazardSource = text(f, 'hazardSource');
  for (const id of [methodSource, hazardSource, ...ranges.map((r) => r.source)]) {
    if (!known.has(id)) throw new SeedFormatError(at, `source "${id}" is not listed in sources`);
  }
  return { version: number(f, 'version'), sources, methodSource, hazardSource, ranges, plausible: plausibleRanges };
}

/** No reference file: nothing beyond the method's own ranges. */
export const NO_REFERENCE_RANGES: ReferenceRangesSeed = {
  version: 0,
  sources: [],
  methodSource: '',
  hazardSource: '',
  ranges: [],
  plausible: [],
};
