import { barShares, signedPct, usd } from './admin-format';

describe('admin-format', () => {
  it.each([
    [0, '$0'],
    [12.3, '$12.30'],
    [0.0000649, '$0.000065'],
    [0.004, '$0.0040'],
  ])('usd(%s) is %s', (value, text) => {
    expect(usd(value)).toBe(text);
  });

  it.each([
    [-75, '−75%'],
    [20, '+20%'],
    [0, '0%'],
    [null, '—'],
  ])('signedPct(%s) is %s', (value, text) => {
    expect(signedPct(value)).toBe(text);
  });

  it('scales bars to the largest value', () => {
    expect(barShares([2, 4, 0])).toEqual([50, 100, 0]);
    expect(barShares([0, 0])).toEqual([0, 0]);
  });
});
