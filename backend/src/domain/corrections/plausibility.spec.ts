import { isImplausible, plausibleText } from './plausibility';

describe('isImplausible', () => {
  const calcium = { low: 100, high: 1000, unit: 'mg/l' };

  it.each([
    [4200, calcium, true],
    [420, calcium, false],
    [100, calcium, false],
    [1000.1, calcium, true],
    [3.5, { low: 10, high: 50, unit: 'ppt' }, true],
    [45, { low: 0.5, high: 25, unit: 'dKH' }, true],
    [null, calcium, false],
    [99999, undefined, false],
  ])('calls %p against %p implausible: %p', (value, bounds, expected) => {
    expect(isImplausible(value, bounds)).toBe(expected);
  });
});

describe('plausibleText', () => {
  it('names the bounds and the unit', () => {
    expect(plausibleText({ low: 100, high: 1000, unit: 'mg/l' })).toBe('100–1000 mg/l');
  });
});
