import { parsePrintedNumber, readPrintedRange, readPrintedValue } from './printed-number';

describe('parsePrintedNumber', () => {
  it.each([
    ['1,23', 'comma', 1.23],
    ['10.780', 'comma', 10780],
    ['1.350,5', 'comma', 1350.5],
    ['0.062', 'comma', 0.062],
    ['412', 'comma', 412],
    ['1.23', 'point', 1.23],
    ['1,350', 'point', 1350],
    ['10,780.25', 'point', 10780.25],
    ['0,5', 'point', 0.5],
  ] as const)('reads %p in a %s-decimal report as %p', (printed, decimal, expected) => {
    expect(parsePrintedNumber(printed, decimal)).toBe(expected);
  });

  it.each(['', 'n.n.', '1,2,3', '12a', '1 000', 'Kupfer'])('reads %p as no number', (printed) => {
    expect(parsePrintedNumber(printed, 'comma')).toBeUndefined();
  });
});

describe('readPrintedValue', () => {
  it.each(['n.n.', 'n.b.', 'n.g.', 'n.d.', 'N.N.', '---', '-', '< NWG'])('reads %p as a non-detect without a limit', (printed) => {
    expect(readPrintedValue(printed, 'comma')).toEqual({ value: null, nonDetect: true });
  });

  it.each([
    ['< 0,5', 'comma', 0.5],
    ['<0.05', 'point', 0.05],
    ['<1', 'point', 1],
  ] as const)('keeps the limit of %p', (printed, decimal, limit) => {
    expect(readPrintedValue(printed, decimal)).toEqual({ value: null, nonDetect: true, detectionLimit: limit });
  });

  it('reads a measured value as a number', () => {
    expect(readPrintedValue('1,23', 'comma')).toEqual({ value: 1.23, nonDetect: false });
  });

  it.each(['mg/l', '< abc', 'high'])('reads %p as no value at all', (printed) => {
    expect(readPrintedValue(printed, 'point')).toBeUndefined();
  });
});

describe('readPrintedRange', () => {
  it.each([
    [['380 – 450'], 'point', { low: 380, high: 450 }],
    [['0,02 - 0,1'], 'comma', { low: 0.02, high: 0.1 }],
    [['10.300 – 11.200'], 'comma', { low: 10300, high: 11200 }],
    [['< 5'], 'point', { high: 5 }],
    [['max. 0,5'], 'comma', { high: 0.5 }],
    [['> 0,1'], 'comma', { low: 0.1 }],
    [['0.03', '0.12'], 'point', { low: 0.03, high: 0.12 }],
    [['-', '30.0'], 'point', { high: 30 }],
  ] as const)('reads %p as %p', (cells, decimal, expected) => {
    expect(readPrintedRange(cells, decimal)).toEqual(expected);
  });

  it.each([[[]], [['']], [['siehe Anhang']], [['-', '-']]])('reads %p as no range', (cells) => {
    expect(readPrintedRange(cells, 'comma')).toBeUndefined();
  });
});
