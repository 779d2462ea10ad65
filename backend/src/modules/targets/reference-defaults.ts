import type { PlausibleRange } from '../../domain/corrections/plausibility';
import { bundledSeedFiles } from '../../domain/reference/bundled-seeds';
import type { ReferenceRangesSeed, ReferenceSourceSeed } from '../../domain/reference/seed-types';
import type { MethodElement } from './method-defaults.repository';

/** The reference file bundled with the code (it changes only with a deploy). */
export const bundledReferenceRanges = (): ReferenceRangesSeed => bundledSeedFiles().referenceRanges;

const nameOf = (seed: ReferenceRangesSeed, id: string): string | undefined => seed.sources.find((s) => s.id === id)?.name;

/**
 * Every default a tank's elements are judged by: the method's rows with their sources named, plus a
 * cited reference row for each parameter the method leaves open (alkalinity, pH, salinity,
 * temperature, ammonia, nitrite, silicate). The method's own row always wins.
 *
 * @example withReferences(moonshinersRows, seed).find((d) => d.elementId === 'ph')?.sourceName // 'Reef aquarium practice (Holmes-Farley 2004)'
 */
export function withReferences(method: readonly MethodElement[], seed: ReferenceRangesSeed): MethodElement[] {
  const methodName = nameOf(seed, seed.methodSource);
  const hazardName = nameOf(seed, seed.hazardSource);
  const own = method.map((d): MethodElement => ({
    ...d,
    rangeSource: 'METHOD',
    ...(methodName ? { sourceName: methodName } : {}),
    ...(hazardName && d.hazardousUpper !== undefined ? { hazardSourceName: hazardName } : {}),
  }));
  const ids = new Set(method.map((d) => d.elementId));
  const references = seed.ranges
    .filter((r) => !ids.has(r.elementId))
    .map((r): MethodElement => ({
      elementId: r.elementId,
      canonical: r.canonical,
      category: r.category,
      unit: r.unit,
      methodDefault: Object.fromEntries(Object.entries({ low: r.low, high: r.high, target: r.target }).filter(([, v]) => v !== undefined)),
      ...(r.target !== undefined ? { target: r.target } : {}),
      ...(r.hazardousUpper !== undefined
        ? { hazardousUpper: r.hazardousUpper, ...(hazardName ? { hazardSourceName: hazardName } : {}) }
        : {}),
      neverCorrect: true,
      rangeSource: 'REFERENCE',
      sourceName: nameOf(seed, r.source) ?? r.source,
    }));
  return [...own, ...references];
}

/**
 * What a reef tank can physically hold for the element, in the unit given there.
 *
 * @example plausibleRangeFor('calcium', seed) // { low: 100, high: 1000, unit: 'mg/l' }
 */
export function plausibleRangeFor(elementId: string, seed: ReferenceRangesSeed = bundledReferenceRanges()): PlausibleRange | undefined {
  const entry = seed.plausible.find((p) => p.elementId === elementId);
  return entry && { low: entry.low, high: entry.high, unit: entry.unit };
}

/** The sources the defaults cite, for the targets page. */
export function rangeSources(seed: ReferenceRangesSeed = bundledReferenceRanges()): readonly ReferenceSourceSeed[] {
  return seed.sources;
}
