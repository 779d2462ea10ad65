import { type CorrectionInput, computeCorrection } from './correction';

const fluoride = (overrides: Partial<CorrectionInput> = {}): CorrectionInput => ({
  measured: 1.388,
  target: 1.5,
  unit: 'mg/l',
  maxChangePerDayMgL: 0.1,
  productMgPerMl: 1,
  volumeLitres: 283.9,
  neverCorrect: false,
  ...overrides,
});

describe('computeCorrection', () => {
  it('matches the published fluoride example: 283.9 L at 1.388 mg/l → about 15.9 ml a day for 2 days', () => {
    expect(computeCorrection(fluoride())).toEqual({
      kind: 'DOSE',
      deficit: 0.112,
      totalMl: 31.8,
      days: 2,
      dailyMl: 15.9,
      dailyRiseMgL: 0.056,
    });
  });

  it('doses in one day when the deficit is within the daily cap', () => {
    expect(computeCorrection(fluoride({ measured: 1.45 }))).toMatchObject({ days: 1, totalMl: 14.2, dailyMl: 14.2 });
  });

  it('splits a large deficit into as many days as the cap needs, never more than the cap a day', () => {
    const sut = computeCorrection({
      measured: 1250,
      target: 1350,
      unit: 'mg/l',
      maxChangePerDayMgL: 30,
      productMgPerMl: 11.96,
      volumeLitres: 500,
      neverCorrect: false,
    });

    expect(sut).toMatchObject({ kind: 'DOSE', days: 4, totalMl: 4180.6 });
    if (sut.kind === 'DOSE') expect(sut.dailyRiseMgL).toBeLessThanOrEqual(30);
  });

  it('counts an exact multiple of the cap as that many days', () => {
    expect(computeCorrection(fluoride({ measured: 1.2 }))).toMatchObject({ days: 3 });
  });

  it('converts µg/l elements to mg/l before applying the cap and the product strength', () => {
    // Iodine 40 → 60 µg/l in 400 L with a 1 mg/ml stock, 0.01 mg/l a day.
    expect(
      computeCorrection({
        measured: 40,
        target: 60,
        unit: 'µg/l',
        maxChangePerDayMgL: 0.01,
        productMgPerMl: 1,
        volumeLitres: 400,
        neverCorrect: false,
      }),
    ).toMatchObject({
      deficit: 20,
      totalMl: 8,
      days: 2,
      dailyMl: 4,
    });
  });

  it.each<[string, Partial<CorrectionInput>, string]>([
    ['a pollutant or RO row', { neverCorrect: true }, 'NEVER_CORRECTED'],
    ['a value at target', { measured: 1.5 }, 'AT_OR_ABOVE_TARGET'],
    ['a value above target', { measured: 1.9 }, 'AT_OR_ABOVE_TARGET'],
    ['a non-detect', { measured: null }, 'NOT_MEASURED'],
    ['an element without a product', { productMgPerMl: 0 }, 'NO_DOSING_DATA'],
    ['an unknown unit', { unit: 'ppt' }, 'NO_DOSING_DATA'],
  ])('proposes no dose for %s', (_label, overrides, reason) => {
    expect(computeCorrection(fluoride(overrides))).toEqual({ kind: 'NONE', reason });
  });
});
