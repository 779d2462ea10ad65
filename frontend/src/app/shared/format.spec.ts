import { numberText } from './format';

describe('numberText', () => {
  it('groups thousands and keeps at most three decimals by default', () => {
    expect(numberText(1234.56789)).toBe('1,234.568');
    expect(numberText(2.5)).toBe('2.5');
  });

  it('keeps as many decimals as asked for', () => {
    expect(numberText(1234.5, { maxDecimals: 4 })).toBe('1,234.5');
    expect(numberText(0.012345, { maxDecimals: 4 })).toBe('0.0123');
  });

  it('writes readings with four significant digits, and whole from 1,000 on', () => {
    expect(numberText(412.53, 'significant')).toBe('412.5');
    expect(numberText(0.045321, 'significant')).toBe('0.04532');
    expect(numberText(1350.4, 'significant')).toBe('1,350');
    expect(numberText(12345.6, 'significant')).toBe('12,346');
  });
});
