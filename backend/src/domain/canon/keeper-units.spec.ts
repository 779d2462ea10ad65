import { convert } from './default-canon';
import { toElementUnit } from './keeper-units';

describe('toElementUnit', () => {
  const alkalinity = { name: 'Alkalinity', canonical: 'Alkalinity', unit: 'dKH', alternateUnits: ['meq/l', 'ppm CaCO3'] };
  const salinity = { name: 'Salinity', canonical: 'Salinity', unit: 'ppt', alternateUnits: ['psu', 'SG'] };
  const temperature = { name: 'Temperature', canonical: 'Temperature', unit: '°C', alternateUnits: ['°F'] };

  it.each([
    [alkalinity, 8, undefined, 8],
    [alkalinity, 8, 'dKH', 8],
    [alkalinity, 2.857, 'meq/l', 7.9996],
    [alkalinity, 142.88, 'ppm CaCO3', 8],
    [salinity, 35, 'psu', 35],
    [salinity, 1.0264, 'SG', 35.0133],
    [temperature, 78.8, '°F', 26],
    [temperature, 77, '°f', 25],
  ])('reads %p: %p %p as %p in the element unit', (element, value, unit, expected) => {
    const result = toElementUnit(value, unit, element, convert);
    expect('value' in result && result.value).toBeCloseTo(expected, 3);
  });

  it('refuses a unit the element is not entered in, naming the accepted ones', () => {
    expect(toElementUnit(8, 'mg/l', alkalinity, convert)).toEqual({
      problem: 'unit "mg/l" is not one Alkalinity can be entered in: use dKH, meq/l, ppm CaCO3',
    });
    expect(toElementUnit(35, 'furlongs', salinity, convert)).toHaveProperty('problem');
  });
});
