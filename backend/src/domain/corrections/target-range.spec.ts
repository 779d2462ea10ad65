import { elementStatus, resolveTargetRange } from './target-range';

describe('resolveTargetRange', () => {
  const methodDefault = { low: 1.3, high: 1.7, target: 1.5 };

  it('prefers the tank’s active custom range over the method default', () => {
    expect(resolveTargetRange({ custom: { low: 1.4, high: 1.6, target: 1.5 }, methodDefault })).toEqual({ source: 'CUSTOM', low: 1.4, high: 1.6, target: 1.5 });
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
