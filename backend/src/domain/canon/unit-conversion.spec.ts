import { aCanonData, aGroup } from '../reference/seed.factory';
import { UnitConversionError } from './canon-errors';
import { createUnitConverter, normaliseUnit } from './unit-conversion';

describe('createUnitConverter', () => {
  const sut = createUnitConverter(aCanonData());
  const phosphorus = aGroup({ canonical: 'Phosphorus', symbol: 'P', aliases: [] });
  const alkalinity = aGroup({ canonical: 'Alkalinity', kind: 'parameter', symbol: 'KH', aliases: [] });
  const copper = aGroup({ canonical: 'Copper', symbol: 'Cu', aliases: [] });

  it('scales mass concentrations between mg/l and µg/l', () => {
    expect(sut(0.25, 'mg/l', 'µg/l')).toBeCloseTo(250, 9);
    expect(sut(250, 'µg/l', 'mg/l')).toBeCloseTo(0.25, 9);
  });

  it('accepts unit aliases and spellings', () => {
    expect(sut(3, 'ppm', 'μg / L')).toBeCloseTo(3000, 9);
  });

  it('expresses phosphorus as phosphate and back through the species factor', () => {
    expect(sut(1, 'mg/l P', 'mg/l PO4')).toBeCloseTo(3.066, 9);
    expect(sut(3.066, 'mg/l PO4', 'mg/l P')).toBeCloseTo(1, 9);
  });

  it('combines a species change with a unit change', () => {
    expect(sut(30, 'µg/l P', 'mg/l PO4')).toBeCloseTo(0.09198, 9);
  });

  it("uses the element's own species for a side that names none", () => {
    expect(sut(30, 'µg/l', 'mg/l PO4', phosphorus)).toBeCloseTo(0.09198, 9);
    expect(sut(0.1, 'mg/l PO4', 'µg/l', phosphorus)).toBeCloseTo(32.6158, 3);
  });

  it('keeps the species when neither the other side nor the element names one', () => {
    expect(sut(0.1, 'mg/l PO4', 'µg/l')).toBeCloseTo(100, 9);
    expect(sut(2, 'µg/l', 'mg/l', copper)).toBeCloseTo(0.002, 9);
  });

  it('refuses to turn one element into another', () => {
    expect(() => sut(1, 'mg/l PO4', 'mg/l SO4')).toThrow(UnitConversionError);
  });

  it('reads a bare ppm as ppm CaCO3 when the value is an alkalinity', () => {
    expect(sut(8, 'dKH', 'ppm', alkalinity)).toBeCloseTo(142.88, 9);
    expect(sut(8, 'mg/l', 'ppm')).toBe(8);
  });

  it('refuses to convert between dimensions', () => {
    expect(() => sut(8, 'dKH', 'mg/l')).toThrow(/alkalinity "dKH" to concentration "mg\/l"/);
  });

  it('names the unit it does not know', () => {
    expect(() => sut(1, 'grains', 'mg/l')).toThrow(new UnitConversionError('unknown unit "grains"'));
  });

  it('does not attach a species to a unit outside mass concentration', () => {
    expect(() => sut(1, 'dKH PO4', 'dKH')).toThrow(UnitConversionError);
  });
});

describe('normaliseUnit', () => {
  it.each([
    [' mg/L ', 'mg/l'],
    ['μg / l', 'µg/l'],
    ['ppm  CaCO3', 'ppm caco3'],
  ])('turns %p into %p', (input, expected) => {
    expect(normaliseUnit(input)).toBe(expected);
  });
});
