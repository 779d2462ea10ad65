import { UnitConversionError } from './canon-errors';
import { elementMassFraction, molarMass } from './molar-mass';

describe('molarMass', () => {
  it.each([
    ['NaF', 41.988],
    ['NaHCO3', 84.006],
    ['CaCl2·2H2O', 147.008],
    ['MgCl2·6H2O', 203.295],
    ['Na2MoO4·2H2O', 241.956],
  ])('weighs %p at %p g/mol', (formula, grams) => {
    expect(molarMass(formula)).toBeCloseTo(grams, 2);
  });

  it('refuses formulas it cannot read', () => {
    expect(() => molarMass('calcium chloride')).toThrow(UnitConversionError);
    expect(() => molarMass('XeF2')).toThrow(/no atomic weight for Xe/);
  });
});

describe('elementMassFraction', () => {
  it('gives the element share of a salt', () => {
    expect(elementMassFraction('NaF', 'F')).toBeCloseTo(0.45246, 4);
    expect(elementMassFraction('CaCl2·2H2O', 'Ca')).toBeCloseTo(0.27262, 4);
  });

  it('counts the element in every part of a hydrate', () => {
    expect(elementMassFraction('CuSO4·5H2O', 'O')).toBeCloseTo((9 * 15.999) / 249.677, 6);
  });

  it('is zero for an element the salt does not contain', () => {
    expect(elementMassFraction('KCl', 'Na')).toBe(0);
  });
});
