import { type MethodDefaults, correctionTarget, customRangeProblems, rangeInUnit, resolveElementRange } from './resolved-range';

const calcium: MethodDefaults = {
  unit: 'mg/l',
  methodDefault: { low: 400, high: 460, target: 430 },
  target: 430,
  maxChangePerDay: 20,
  productConcentration: 19.63,
  neverCorrect: false,
};
const copper: MethodDefaults = {
  unit: 'µg/l',
  methodDefault: { low: 0.5, high: 3, target: 1.5 },
  target: 1.5,
  hazardousUpper: 5,
  maxChangePerDay: 0.0003,
  productConcentration: 0.1,
  neverCorrect: false,
};
const arsenic: MethodDefaults = { unit: 'µg/l', hazardousUpper: 5, neverCorrect: true };

describe('customRangeProblems', () => {
  it.each([
    [{ low: 400, high: 460, target: 430 }, []],
    [{ low: 400 }, []],
    [{ high: 5, target: 5 }, []],
    [{ target: 430 }, ['give at least a low or a high bound']],
    [{}, ['give at least a low or a high bound']],
    [{ low: 460, high: 400 }, ['low must not be above high']],
    [{ low: 400, high: 460, target: 399 }, ['target must not be below low']],
    [{ low: 400, target: 461, high: 460 }, ['target must not be above high']],
  ])('%j → %j', (range, problems) => {
    expect(customRangeProblems(range)).toEqual(problems);
  });
});

describe('correctionTarget', () => {
  it.each([
    ['the range’s own target', { source: 'CUSTOM' as const, low: 410, high: 450, target: 440 }, 430, 440],
    ['the method target inside a custom band', { source: 'CUSTOM' as const, low: 400, high: 450 }, 430, 430],
    ['the method target raised to a higher floor', { source: 'CUSTOM' as const, low: 440 }, 430, 440],
    ['the method target lowered to a lower ceiling', { source: 'CUSTOM' as const, high: 420 }, 430, 420],
    ['nothing without any target', { source: 'HAZARD_FALLBACK' as const, high: 5 }, undefined, undefined],
  ])('is %s', (_, range, methodTarget, expected) => {
    expect(correctionTarget(range, methodTarget)).toBe(expected);
  });
});

describe('resolveElementRange', () => {
  it('uses the method default with its correction inputs when there is no custom range', () => {
    expect(resolveElementRange(calcium, undefined)).toEqual({
      unit: 'mg/l',
      range: { source: 'METHOD', low: 400, high: 460, target: 430 },
      correction: { target: 430, maxChangePerDay: 20, productConcentration: 19.63, neverCorrect: false, unit: 'mg/l' },
    });
  });

  it('lets an active custom range win, keeping the hazardous threshold and aiming corrections inside it', () => {
    const sut = resolveElementRange(copper, { unit: 'µg/l', low: 2, high: 4 });

    expect(sut).toMatchObject({ range: { source: 'CUSTOM', low: 2, high: 4 }, hazardousUpper: 5, correction: { target: 2 } });
  });

  it('falls back to the hazard threshold and offers no correction for a pollutant', () => {
    expect(resolveElementRange(arsenic, undefined)).toEqual({
      unit: 'µg/l',
      range: { source: 'HAZARD_FALLBACK', high: 5 },
      hazardousUpper: 5,
    });
  });

  it('resolves a custom range of an element the method does not know, without correction', () => {
    expect(resolveElementRange(undefined, { unit: 'dKH', low: 7, high: 8.5 })).toEqual({
      unit: 'dKH',
      range: { source: 'CUSTOM', sourceName: 'Your own range', low: 7, high: 8.5 },
    });
  });
});

describe('rangeInUnit', () => {
  const iodine = resolveElementRange(
    {
      unit: 'µg/l',
      methodDefault: { low: 50, high: 80, target: 60 },
      target: 60,
      hazardousUpper: 120,
      maxChangePerDay: 0.01,
      productConcentration: 1,
      neverCorrect: false,
    },
    undefined,
  );

  it('keeps a range already in the unit', () => {
    expect(rangeInUnit(iodine, 'µg/L')).toBe(iodine);
  });

  it('converts bounds, threshold and correction target into the reading’s unit', () => {
    expect(rangeInUnit(iodine, 'mg/l')).toEqual({
      unit: 'mg/l',
      range: { source: 'METHOD', low: 0.05, high: 0.08, target: 0.06 },
      hazardousUpper: 0.12,
      correction: { target: 0.06, maxChangePerDay: 0.01, productConcentration: 1, neverCorrect: false, unit: 'mg/l' },
    });
  });

  it('gives up on units of another dimension', () => {
    expect(rangeInUnit(iodine, 'dKH')).toBeUndefined();
    expect(rangeInUnit(undefined, 'mg/l')).toBeUndefined();
  });
});
