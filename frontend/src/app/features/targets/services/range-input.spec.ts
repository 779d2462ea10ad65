import { checkRange, rangeText } from './range-input';

describe('checkRange', () => {
  it('answers the bounds given, leaving out the empty ones', () => {
    expect(checkRange({ low: 400, target: null, high: 450 })).toEqual({
      bounds: { low: 400, high: 450 },
    });
  });

  it('asks for at least one bound', () => {
    expect(checkRange({ low: null, target: null, high: null })).toEqual({
      errors: { low: 'Enter at least one of low, target or high.' },
    });
  });

  it('keeps the target between low and high', () => {
    expect(checkRange({ low: 400, target: 380, high: 450 })).toEqual({
      errors: { target: 'Target must be at least the low value (400).' },
    });
    expect(checkRange({ low: 400, target: 460, high: 450 })).toEqual({
      errors: { high: 'High must be at least the target (460).' },
    });
    expect(checkRange({ low: 1400, target: null, high: 1300 })).toEqual({
      errors: { high: 'High must be at least the low value (1,400).' },
    });
  });

  it('accepts equal bounds and refuses negative ones', () => {
    expect(checkRange({ low: 0.5, target: 0.5, high: 0.5 })).toEqual({
      bounds: { low: 0.5, target: 0.5, high: 0.5 },
    });
    expect(checkRange({ low: -1, target: null, high: 2 })).toEqual({
      errors: { low: 'Low must be a number of zero or more.' },
    });
  });
});

describe('rangeText', () => {
  it('writes a band with its target, or the one bound there is', () => {
    expect(rangeText({ low: 400, high: 450, target: 430 }, 'mg/l')).toBe(
      '400–450 mg/l, target 430',
    );
    expect(rangeText({ high: 5 }, 'µg/l')).toBe('up to 5 µg/l');
    expect(rangeText({ low: 1250 }, 'mg/l')).toBe('at least 1,250 mg/l');
    expect(rangeText({ target: 8 }, 'dKH')).toBe('target 8 dKH');
    expect(rangeText(undefined, 'mg/l')).toBe('No range');
  });
});
