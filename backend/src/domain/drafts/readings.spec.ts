import { CUSTOM_CATALOG, TRITON_CATALOG, reading } from './drafts.factory';
import { governingReading, newElementDaily, productForNew, readingsByCanonical, strengthOf } from './readings';

describe('readingsByCanonical', () => {
  it('groups tank readings by canonical and leaves RO water out', () => {
    const sut = readingsByCanonical([
      reading('copper', 1),
      reading('copper-ro', 0.2),
      reading('phosphorus', 20),
      reading('phosphate', 0.05),
    ]);

    expect([...sut.entries()].map(([c, rs]) => [c, rs.map((r) => r.elementId)])).toEqual([
      ['Copper', ['copper']],
      ['Phosphorus', ['phosphorus', 'phosphate']],
    ]);
  });
});

describe('governingReading', () => {
  const low = reading('phosphorus', 5);
  const ok = reading('phosphate', 0.05);
  const high = reading('phosphate', 0.2);
  const unranged = { ...reading('phosphate', 0.05), status: 'NO_RANGE' as const };

  it.each([
    ['a reading without a range over LOW: it never raises a dose', [low, unranged], undefined, unranged],
    ['OK over a reading without a range', [unranged, ok], undefined, ok],
    ['the product’s own reading first', [low, ok], 'phosphorus', low],
    ['OK over LOW: two readings that disagree never raise', [low, ok], undefined, ok],
    ['HIGH over OK', [ok, high], undefined, high],
    ['the only one', [low], undefined, low],
    ['none', [], undefined, undefined],
  ])('%s', (_, readings, productId, expected) => {
    expect(governingReading(readings, productId)).toBe(expected);
  });
});

describe('strengthOf', () => {
  it.each<[unknown, ReturnType<typeof strengthOf>]>([
    [
      { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' },
      { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' },
    ],
    [undefined, undefined],
    ['10 µg/l', undefined],
    [{ element: 'Iodine', amountPer1mlPer100L: 0, unit: 'µg/l' }, undefined],
    [{ element: 'Iodine', unit: 'µg/l' }, undefined],
  ])('%j', (strength, expected) => {
    expect(strengthOf({ elementId: 'x', canonical: 'Iodine', unit: 'ml', strength })).toEqual(expected);
  });
});

describe('productForNew', () => {
  it('prefers a product with a strength, then the reading’s own id, then the id', () => {
    const calcium = reading('calcium', 380);

    expect(productForNew('Calcium', [...TRITON_CATALOG, ...CUSTOM_CATALOG], calcium)?.elementId).toBe('calcium');
    expect(productForNew('Calcium', TRITON_CATALOG, calcium)?.elementId).toBe('core7-base-elements-2');
    expect(productForNew('Trace Element Blend', CUSTOM_CATALOG, calcium)?.elementId).toBe('trace-element-blend');
    expect(productForNew('Strontium', CUSTOM_CATALOG, calcium)).toBeUndefined();
  });
});

describe('newElementDaily', () => {
  const iodine = CUSTOM_CATALOG.find((p) => p.elementId === 'iodine')!;

  it.each<[string, ReturnType<typeof reading>, number, number | undefined]>([
    ['6 ml refills 20 µg/l in 300 l: half of it over 28 days', reading('iodine', 40), 300, 6 / 28 / 2],
    ['a non-detect counts as 0', reading('iodine', null, { status: 'LOW' }), 300, 18 / 28 / 2],
    [
      'the reading in mg/l converts to the strength’s µg/l',
      reading('iodine', 0.04, { unit: 'mg/l', range: { source: 'CUSTOM', low: 0.05, target: 0.06 } }),
      300,
      6 / 28 / 2,
    ],
    ['no target: up to the low bound', reading('iodine', 40, { range: { source: 'CUSTOM', low: 50 } }), 300, 3 / 28 / 2],
    ['no gap', reading('iodine', 60), 300, undefined],
    ['no bound to aim at', reading('iodine', 40, { range: { source: 'NONE' } }), 300, undefined],
    ['units that do not convert', reading('iodine', 40, { unit: 'dKH' }), 300, undefined],
    ['a strength for another element', reading('calcium', 380), 300, undefined],
    ['no volume', reading('iodine', 40), 0, undefined],
  ])('%s', (_, r, volume, expected) => {
    const sut = newElementDaily(r, iodine, volume);

    if (expected === undefined) expect(sut).toBeUndefined();
    else expect(sut).toBeCloseTo(expected, 9);
  });
});
