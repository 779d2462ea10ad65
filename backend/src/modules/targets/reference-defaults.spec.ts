import { convert, toElementUnit } from '../../domain/canon';
import { isImplausible } from '../../domain/corrections/plausibility';
import { elementStatus } from '../../domain/corrections/target-range';
import { bundledSeedFiles } from '../../domain/reference/bundled-seeds';
import type { MethodElement } from './method-defaults.repository';
import { bundledReferenceRanges, plausibleRangeFor, withReferences } from './reference-defaults';
import { rangeInUnit, resolveElementRange, valueInUnit } from './resolved-range';

/** The method rows exactly as the seed loader writes them, read back the way the repository reads them. */
function moonshinersRows(): MethodElement[] {
  const seed = bundledSeedFiles().corrections.find((c) => c.method === 'MOONSHINERS')!;
  const hazards = new Map(seed.hazardousFallbacks.map((h) => [h.elementId, h.upper]));
  return seed.elements.map((e) => ({
    elementId: e.elementId,
    canonical: e.canonical,
    category: e.category,
    unit: e.unit,
    methodDefault: e.range ? { ...e.range, ...(e.target !== undefined ? { target: e.target } : {}) } : undefined,
    target: e.target,
    hazardousUpper: hazards.get(e.elementId),
    maxChangePerDay: e.maxChangePerDay,
    productConcentration: e.productConcentration,
    neverCorrect: e.neverCorrect,
  }));
}

const defaults = new Map(withReferences(moonshinersRows(), bundledReferenceRanges()).map((d) => [d.elementId, d]));

/** A manual reading judged as the manual save judges it: in the element's unit, plausibility first. */
function judge(elementId: string, value: number, unit: string) {
  const panel = bundledSeedFiles().testPanels.find((p) => p.panel === 'MANUAL')!;
  const element = panel.elements.find((e) => e.elementId === elementId)!;
  const converted = toElementUnit(value, unit, element, convert);
  if (!('value' in converted)) throw new Error(converted.problem);
  const inElementUnit = converted.value;
  const resolved = rangeInUnit(resolveElementRange(defaults.get(elementId), undefined), element.unit)!;
  const bounds = plausibleRangeFor(elementId)!;
  const implausible = isImplausible(valueInUnit(inElementUnit, element.unit, bounds.unit), bounds);
  return { status: elementStatus(inElementUnit, resolved.range, resolved.hazardousUpper, false, implausible), range: resolved.range };
}

describe('default ranges for every parameter a keeper can record', () => {
  const panels = bundledSeedFiles().testPanels;

  it.each(panels.map((p) => [p.panel, p]))('gives every tank-water element of %s a range with a named source', (_panel, panel) => {
    const without = panel.elements
      .filter((e) => e.source === 'tank')
      .filter((e) => {
        const range = resolveElementRange(defaults.get(e.elementId), undefined).range;
        return range.source === 'NONE' || !range.sourceName;
      })
      .map((e) => e.elementId);
    expect(without).toEqual([]);
  });

  it('keeps the method’s own range where it has one', () => {
    expect(resolveElementRange(defaults.get('calcium'), undefined).range).toMatchObject({
      source: 'METHOD',
      sourceName: 'Moonshiners method',
      low: 400,
      high: 460,
    });
    expect(resolveElementRange(defaults.get('ph'), undefined).range).toMatchObject({
      source: 'REFERENCE',
      sourceName: expect.stringContaining('Holmes-Farley'),
    });
    expect(resolveElementRange(defaults.get('lead'), undefined).range).toMatchObject({
      source: 'HAZARD_FALLBACK',
      sourceName: 'RaM safety limit',
    });
  });

  it('names the keeper’s own range as such', () => {
    expect(resolveElementRange(defaults.get('ph'), { unit: 'pH', low: 8, high: 8.4 }).range.sourceName).toBe('Your own range');
  });

  it('gives every manual element plausible bounds', () => {
    const manual = panels.find((p) => p.panel === 'MANUAL')!;
    expect(manual.elements.filter((e) => !plausibleRangeFor(e.elementId)).map((e) => e.elementId)).toEqual([]);
  });
});

describe('the dangerous manual test shows no OK on any reading', () => {
  it.each([
    ['alkalinity', 45, 'dKH', 'CRITICAL'],
    ['ph', 7.2, 'pH', 'LOW'],
    ['salinity', 30, 'ppt', 'LOW'],
    ['temperature', 31, '°C', 'CRITICAL'],
    ['ammonia', 0.5, 'mg/l', 'CRITICAL'],
    ['nitrite', 1, 'mg/l', 'CRITICAL'],
    ['calcium', 4200, 'mg/l', 'CRITICAL'],
    ['salinity', 3.5, 'ppt', 'CRITICAL'],
    ['temperature', 88, '°F', 'CRITICAL'],
  ])('%s %p %s is %s', (elementId, value, unit, status) => {
    expect(judge(elementId, value, unit).status).toBe(status);
  });
});

describe('the healthy manual test shows OK on every reading, each with a range and its source', () => {
  it.each([
    ['alkalinity', 8, 'dKH'],
    ['alkalinity', 2.86, 'meq/l'],
    ['ph', 8.1, 'pH'],
    ['salinity', 35, 'ppt'],
    ['salinity', 1.0264, 'SG'],
    ['temperature', 25.5, '°C'],
    ['temperature', 77.9, '°F'],
    ['calcium', 430, 'mg/l'],
    ['magnesium', 1350, 'mg/l'],
    ['nitrate', 5, 'mg/l'],
    ['phosphate', 0.05, 'mg/l'],
  ])('%s %p %s is OK', (elementId, value, unit) => {
    const { status, range } = judge(elementId, value, unit);
    expect(status).toBe('OK');
    expect(range.sourceName).toBeTruthy();
  });
});
