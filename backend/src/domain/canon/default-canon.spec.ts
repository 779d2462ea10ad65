import { canonicalFor, convert, defaultCanon, groupOf } from './default-canon';

describe('the default canon over the bundled seeds', () => {
  it('is built once', () => {
    expect(defaultCanon()).toBe(defaultCanon());
  });

  it.each([
    ['Brom', 'OCEAMO', 'Bromine'],
    ['Kalium', 'OCEAMO', 'Potassium'],
    ['Schwefel', 'FAUNA_MARIN', 'Sulfur'],
    ['Phosphor', 'OCEAMO', 'Phosphorus'],
    ['Copper (RO)', 'TRITON', 'Copper'],
    ['Zink (Osmose)', 'FAUNA_MARIN', 'Zinc'],
    ['PO4', 'ATI', 'Phosphorus'],
    ['dKH', 'MANUAL', 'Alkalinity'],
  ])('reads %p on a %s report as %s', (name, panel, canonical) => {
    expect(canonicalFor(name, panel)).toBe(canonical);
  });

  it.each(['Mengenelemente', 'Spurenelemente', 'Trace elements', 'Osmosewasser'])('treats the heading %p as no element', (heading) => {
    expect(canonicalFor(heading)).toBeUndefined();
  });

  it.each([
    ['Manganese-X', 'Manganese'],
    ['Iron-X', 'Iron'],
    ['Phosphate', 'Phosphorus'],
    ['Sulfate', 'Sulfur'],
    ['SO4', 'Sulfur'],
    ['Nitrate', 'Nitrogen'],
    ['Iodide', 'Iodine'],
    ['Brom', 'Bromine'],
    ['Fluoride', 'Fluorine'],
  ])('puts the dosed or tested name %p in the %s group', (name, canonical) => {
    expect(groupOf(name)?.canonical).toBe(canonical);
  });

  it.each([
    [1, 'mg/l', 'µg/l', undefined, 1000],
    [1, 'mg/l P', 'mg/l PO4', undefined, 3.066],
    [1, 'mg/l S', 'mg/l SO4', undefined, 2.996],
    [1, 'mg/l N', 'mg/l NO3', undefined, 4.427],
    [10, 'mg/l NO3-N', 'mg/l NO3', undefined, 44.27],
    [1, 'mg/l Si', 'mg/l SiO2', undefined, 2.139],
    [2.8, 'dKH', 'meq/l', undefined, 1],
    [1, 'dKH', 'ppm CaCO3', undefined, 17.86],
    [8, 'dKH', 'ppm', 'Alkalinity', 142.88],
    [2.5, 'meq/l', 'dKH', undefined, 7],
    [35, 'ppt', 'SG', undefined, 1.02639],
    [1.025, 'SG', 'ppt', undefined, 33.156],
    [35, 'psu', 'ppt', undefined, 35],
    [25, '°C', '°F', undefined, 77],
  ])('converts %p %s to %s (element %s) as %p', (value, from, to, element, expected) => {
    expect(convert(value, from, to, element)).toBeCloseTo(expected, 3);
  });
});
