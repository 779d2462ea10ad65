import { elementStatus, resolveTargetRange } from './target-range';

describe('resolveTargetRange', () => {
  const methodDefault = { low: 1.3, high: 1.7, target: 1.5 };

  it('prefers the tank’s active custom range over the method default', () => {
    expect(resolveTargetRange({ custom: { low: 1.4, high: 1.6, target: 1.5 }, methodDefault })).toEqual({
      source: 'CUSTOM',
      low: 1.4,
      high: 1.6,
      target: 1.5,
    });
  });

  it('falls back to the method default, then to the hazardous threshold, then to none', () => {
    expect(resolveTargetRange({ methodDefault, hazardousUpper: 9 }).source).toBe('METHOD');
    expect(resolveTargetRange({ hazardousUpper: 5 })).toEqual({ source: 'HAZARD_FALLBACK', high: 5 });
    expect(resolveTargetRange({})).toEqual({ source: 'NONE' });
  });
});

describe('elementStatus', () => {
  const range = { source: 'METHOD' as const, low: 400, high: 460 };

  it.each([
    [399.9, 'LOW'],
    [400, 'OK'],
    [460, 'OK'],
    [460.1, 'HIGH'],
  ])('rates %f mg/l calcium as %s', (value, status) => {
    expect(elementStatus(value, range, undefined)).toBe(status);
  });

  it('rates copper above the hazardous threshold CRITICAL even inside a loose custom range', () => {
    expect(elementStatus(12, { source: 'CUSTOM', low: 0, high: 15 }, 5)).toBe('CRITICAL');
  });

  it('treats a non-detect as OK for a pollutant and LOW for an element that needs a floor', () => {
    expect(elementStatus(null, { source: 'HAZARD_FALLBACK', high: 5 }, 5, true)).toBe('OK');
    expect(elementStatus(null, { source: 'METHOD', low: 50, high: 80 }, undefined, true)).toBe('LOW');
  });

  it('marks an expected element the report lacks as MISSING', () => {
    expect(elementStatus(undefined, range, undefined)).toBe('MISSING');
  });
});

describe('resolveTargetRange with a cited reference', () => {
  it('takes the method first, then the reference, then the hazard line', () => {
    expect(resolveTargetRange({ methodDefault: { low: 1 }, reference: { low: 2 } }).source).toBe('METHOD');
    expect(resolveTargetRange({ reference: { low: 7.8, high: 8.5 }, hazardousUpper: 9 })).toEqual({
      source: 'REFERENCE',
      low: 7.8,
      high: 8.5,
    });
  });
});

describe('elementStatus never calls a reading without a range fine', () => {
  it.each([
    ['a reading', 0.5, { source: 'NONE' as const }, undefined, 'NO_RANGE'],
    ['a non-detect', null, { source: 'NONE' as const }, undefined, 'NO_RANGE'],
    ['a source without bounds', 3, { source: 'METHOD' as const }, undefined, 'NO_RANGE'],
    ['a reading above the hazard line', 12, { source: 'NONE' as const }, 5, 'CRITICAL'],
  ])('rates %s with no range as %s', (_what, value, range, hazard, status) => {
    expect(elementStatus(value, range, hazard)).toBe(status);
  });

  it.each([
    [4200, 'CRITICAL'],
    [430, 'OK'],
  ])('rates calcium %f flagged implausible=%s accordingly', (value, status) => {
    expect(elementStatus(value, { source: 'METHOD', low: 400, high: 460 }, undefined, false, value > 1000)).toBe(status);
  });

  it('leaves a non-detect alone even when flagged implausible', () => {
    expect(elementStatus(null, { source: 'HAZARD_FALLBACK', high: 5 }, 5, true, true)).toBe('OK');
  });
});
