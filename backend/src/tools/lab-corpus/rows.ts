// Hand-written rows of the corpus. Each row: the panel row it must be read as, the name and symbol
// the lab prints, the value cell exactly as printed, the printed unit, and the value the reader must
// return in the panel's unit (null for a non-detect). Conversions were worked out by hand:
// PO4 → P divides by 3.066, mg/l → µg/l multiplies by 1000.

export interface Row {
  readonly id: string;
  readonly name: string;
  readonly sym: string;
  readonly printed: string;
  readonly unit: string;
  readonly expect: number | null;
  /** The panel's unit when it differs from the printed one. */
  readonly expectUnit?: string;
  /** The limit of a printed "< x", in the panel's unit. */
  readonly limit?: number;
  /** The lab's reference band or setpoint, printed beside the value; never a reading. */
  readonly ref?: string;
  /** Section the row sits in: major, trace, pollutant, nutrient. */
  readonly section: 'major' | 'trace' | 'pollutant' | 'nutrient';
}

type Extra = Partial<Pick<Row, 'expectUnit' | 'limit' | 'ref'>>;
const rows =
  (section: Row['section']) =>
  (...list: [string, string, string, string, string, number | null, Extra?][]): Row[] =>
    list.map(([id, name, sym, printed, unit, expect, extra]) => ({ id, name, sym, printed, unit, expect, section, ...extra }));

/** German tank water for the Oceamo panel (phosphorus reported in µg/l P). */
export const GERMAN_OCEAMO: readonly Row[] = [
  ...rows('major')(
    ['sodium', 'Natrium', 'Na', '10.780', 'mg/l', 10780, { ref: '10.300 – 11.200' }],
    ['magnesium', 'Magnesium', 'Mg', '1.342', 'mg/l', 1342, { ref: '1.250 – 1.400' }],
    ['calcium', 'Calcium', 'Ca', '428', 'mg/l', 428, { ref: '400 – 450' }],
    ['potassium', 'Kalium', 'K', '398', 'mg/l', 398, { ref: '380 – 420' }],
    ['strontium', 'Strontium', 'Sr', '7,9', 'mg/l', 7.9, { ref: '7 – 9' }],
    ['boron', 'Bor', 'B', '4,52', 'mg/l', 4.52, { ref: '4 – 5' }],
    ['bromine', 'Brom', 'Br', '66,3', 'mg/l', 66.3, { ref: '60 – 70' }],
    ['sulfur', 'Schwefel', 'S', '912', 'mg/l', 912, { ref: '850 – 950' }],
  ),
  ...rows('trace')(
    ['lithium', 'Lithium', 'Li', '182', 'µg/l', 182, { ref: '170 – 200' }],
    ['silicon', 'Silicium', 'Si', '64,1', 'µg/l', 64.1, { ref: '< 100' }],
    ['iodine', 'Iod', 'I', '48,5', 'µg/l', 48.5, { ref: '50 – 70' }],
    ['barium', 'Barium', 'Ba', '9,8', 'µg/l', 9.8, { ref: '5 – 15' }],
    ['molybdenum', 'Molybdän', 'Mo', '11,2', 'µg/l', 11.2, { ref: '10 – 15' }],
    ['nickel', 'Nickel', 'Ni', '1,05', 'µg/l', 1.05, { ref: '< 3' }],
    ['manganese', 'Mangan', 'Mn', '0,62', 'µg/l', 0.62, { ref: '0,5 – 2' }],
    ['chromium', 'Chrom', 'Cr', '0,21', 'µg/l', 0.21, { ref: '0,15 – 0,5' }],
    ['cobalt', 'Kobalt', 'Co', '0,18', 'µg/l', 0.18, { ref: '0,1 – 0,3' }],
    ['iron', 'Eisen', 'Fe', '2,4', 'µg/l', 2.4, { ref: '1 – 5' }],
    ['copper', 'Kupfer', 'Cu', '1,2', 'µg/l', 1.2, { ref: '0,5 – 3' }],
    ['selenium', 'Selen', 'Se', 'n.n.', 'µg/l', null, { ref: '< 0,5' }],
    ['vanadium', 'Vanadium', 'V', '1,75', 'µg/l', 1.75, { ref: '1 – 2' }],
    ['zinc', 'Zink', 'Zn', '3,9', 'µg/l', 3.9, { ref: '2 – 6' }],
  ),
  ...rows('pollutant')(
    ['arsenic', 'Arsen', 'As', '2,1', 'µg/l', 2.1, { ref: '< 3' }],
    ['beryllium', 'Beryllium', 'Be', 'n.n.', 'µg/l', null, { ref: '< 0,5' }],
    ['antimony', 'Antimon', 'Sb', '< 0,5', 'µg/l', null, { limit: 0.5, ref: '< 1' }],
    ['silver', 'Silber', 'Ag', 'n.n.', 'µg/l', null, { ref: '< 0,5' }],
    ['tin', 'Zinn', 'Sn', '0,9', 'µg/l', 0.9, { ref: '< 2' }],
    ['aluminium', 'Aluminium', 'Al', '8,7', 'µg/l', 8.7, { ref: '< 10' }],
    ['cadmium', 'Cadmium', 'Cd', '< 0,1', 'µg/l', null, { limit: 0.1, ref: '< 0,5' }],
    ['lanthanum', 'Lanthan', 'La', 'n.n.', 'µg/l', null, { ref: '< 1' }],
    ['lead', 'Blei', 'Pb', '0,35', 'µg/l', 0.35, { ref: '< 1' }],
    ['scandium', 'Scandium', 'Sc', 'n.n.', 'µg/l', null, { ref: '< 1' }],
    ['titanium', 'Titan', 'Ti', '1,1', 'µg/l', 1.1, { ref: '< 5' }],
    ['tungsten', 'Wolfram', 'W', 'n.n.', 'µg/l', null, { ref: '< 1' }],
    ['zirconium', 'Zirkonium', 'Zr', 'n.n.', 'µg/l', null, { ref: '< 1' }],
    ['thallium', 'Thallium', 'Tl', 'n.n.', 'µg/l', null, { ref: '< 0,5' }],
  ),
  // Oceamo's panel keeps phosphorus as P in µg/l: 0,046 mg/l PO4 = 46 / 3.066 µg/l P.
  ...rows('nutrient')(['phosphorus', 'Phosphat', 'PO4', '0,046', 'mg/l', 15.003, { expectUnit: 'µg/l', ref: '0,02 – 0,1' }]),
];

/** English tank water for the Triton panel. */
export const ENGLISH_TRITON: readonly Row[] = [
  ...rows('major')(
    ['sodium', 'Sodium', 'Na', '10,650', 'mg/l', 10650, { ref: '10,300 - 11,200' }],
    ['magnesium', 'Magnesium', 'Mg', '1,298', 'mg/l', 1298, { ref: '1,250 - 1,400' }],
    ['calcium', 'Calcium', 'Ca', '415', 'mg/l', 415, { ref: '400 - 450' }],
    ['potassium', 'Potassium', 'K', '402', 'mg/l', 402, { ref: '380 - 420' }],
    ['strontium', 'Strontium', 'Sr', '8.1', 'mg/l', 8.1, { ref: '7 - 9' }],
    ['boron', 'Boron', 'B', '4.38', 'mg/l', 4.38, { ref: '4 - 5' }],
    ['bromine', 'Bromine', 'Br', '64.9', 'mg/l', 64.9, { ref: '60 - 70' }],
    ['sulfur', 'Sulphur', 'S', '898', 'mg/l', 898, { ref: '850 - 950' }],
  ),
  ...rows('trace')(
    ['lithium', 'Lithium', 'Li', '176', 'µg/l', 176, { ref: '170 - 200' }],
    ['silicon', 'Silicon', 'Si', '41.7', 'µg/l', 41.7, { ref: '< 100' }],
    ['iodine', 'Iodine', 'I', '55.2', 'µg/l', 55.2, { ref: '50 - 70' }],
    ['barium', 'Barium', 'Ba', '11.4', 'µg/l', 11.4, { ref: '5 - 15' }],
    ['molybdenum', 'Molybdenum', 'Mo', '12.8', 'µg/l', 12.8, { ref: '10 - 15' }],
    ['nickel', 'Nickel', 'Ni', '0.84', 'µg/l', 0.84, { ref: '< 3' }],
    ['manganese', 'Manganese', 'Mn', '0.47', 'µg/l', 0.47, { ref: '0.5 - 2' }],
    ['chromium', 'Chromium', 'Cr', '0.19', 'µg/l', 0.19, { ref: '0.15 - 0.5' }],
    ['cobalt', 'Cobalt', 'Co', '< 0.05', 'µg/l', null, { limit: 0.05, ref: '0.1 - 0.3' }],
    ['iron', 'Iron', 'Fe', '1.9', 'µg/l', 1.9, { ref: '1 - 5' }],
    ['copper', 'Copper', 'Cu', '0.62', 'µg/l', 0.62, { ref: '0.5 - 3' }],
    ['selenium', 'Selenium', 'Se', 'n.d.', 'µg/l', null, { ref: '< 0.5' }],
    ['vanadium', 'Vanadium', 'V', '1.32', 'µg/l', 1.32, { ref: '1 - 2' }],
    ['zinc', 'Zinc', 'Zn', '4.4', 'µg/l', 4.4, { ref: '2 - 6' }],
  ),
  ...rows('pollutant')(
    ['arsenic', 'Arsenic', 'As', '1.8', 'µg/l', 1.8, { ref: '< 3' }],
    ['beryllium', 'Beryllium', 'Be', 'n.d.', 'µg/l', null, { ref: '< 0.5' }],
    ['antimony', 'Antimony', 'Sb', '0.31', 'µg/l', 0.31, { ref: '< 1' }],
    ['silver', 'Silver', 'Ag', 'n.d.', 'µg/l', null, { ref: '< 0.5' }],
    ['tin', 'Tin', 'Sn', '0.55', 'µg/l', 0.55, { ref: '< 2' }],
    ['aluminium', 'Aluminium', 'Al', '6.2', 'µg/l', 6.2, { ref: '< 10' }],
    ['cadmium', 'Cadmium', 'Cd', 'n.d.', 'µg/l', null, { ref: '< 0.5' }],
    ['lanthanum', 'Lanthanum', 'La', 'n.d.', 'µg/l', null, { ref: '< 1' }],
    ['lead', 'Lead', 'Pb', '0.21', 'µg/l', 0.21, { ref: '< 1' }],
    ['scandium', 'Scandium', 'Sc', 'n.d.', 'µg/l', null, { ref: '< 1' }],
    ['titanium', 'Titanium', 'Ti', '0.9', 'µg/l', 0.9, { ref: '< 5' }],
    ['tungsten', 'Tungsten', 'W', 'n.d.', 'µg/l', null, { ref: '< 1' }],
    ['zirconium', 'Zirconium', 'Zr', 'n.d.', 'µg/l', null, { ref: '< 1' }],
    ['thallium', 'Thallium', 'Tl', 'n.d.', 'µg/l', null, { ref: '< 0.5' }],
  ),
  ...rows('nutrient')(['phosphorus', 'Phosphorus', 'P', '12.4', 'µg/l', 12.4, { ref: '10 - 30' }]),
];

/** English tank water for the ATI panel: ATI prints P and PO4; the panel keeps PO4, in mg/l. */
export const ENGLISH_ATI: readonly Row[] = [
  ...rows('major')(
    ['sodium', 'Sodium', 'Na', '10920', 'mg/l', 10920, { ref: '10780' }],
    ['magnesium', 'Magnesium', 'Mg', '1375', 'mg/l', 1375, { ref: '1350' }],
    ['calcium', 'Calcium', 'Ca', '436', 'mg/l', 436, { ref: '430' }],
    ['potassium', 'Potassium', 'K', '410', 'mg/l', 410, { ref: '400' }],
    ['strontium', 'Strontium', 'Sr', '8.4', 'mg/l', 8.4, { ref: '8' }],
    ['boron', 'Boron', 'B', '4.61', 'mg/l', 4.61, { ref: '4.5' }],
    ['bromine', 'Bromine', 'Br', '67.2', 'mg/l', 67.2, { ref: '67' }],
    ['sulfur', 'Sulfur', 'S', '925', 'mg/l', 925, { ref: '900' }],
  ),
  ...rows('trace')(
    ['lithium', 'Lithium', 'Li', '190', 'µg/l', 190, { ref: '180' }],
    ['silicon', 'Silicon', 'Si', '88', 'µg/l', 88, { ref: '50' }],
    ['iodine', 'Iodine', 'I', '61', 'µg/l', 61, { ref: '60' }],
    ['barium', 'Barium', 'Ba', '8.2', 'µg/l', 8.2, { ref: '10' }],
    ['molybdenum', 'Molybdenum', 'Mo', '10.4', 'µg/l', 10.4, { ref: '12' }],
    ['nickel', 'Nickel', 'Ni', '---', 'µg/l', null, { ref: '1' }],
    ['manganese', 'Manganese', 'Mn', '0.9', 'µg/l', 0.9, { ref: '1' }],
    ['chromium', 'Chromium', 'Cr', '---', 'µg/l', null, { ref: '0.3' }],
    ['cobalt', 'Cobalt', 'Co', '---', 'µg/l', null, { ref: '0.2' }],
    ['iron', 'Iron', 'Fe', '3.1', 'µg/l', 3.1, { ref: '3' }],
    ['copper', 'Copper', 'Cu', '0.8', 'µg/l', 0.8, { ref: '1' }],
    ['selenium', 'Selenium', 'Se', '---', 'µg/l', null, { ref: '0.1' }],
    ['vanadium', 'Vanadium', 'V', '1.6', 'µg/l', 1.6, { ref: '1.5' }],
    ['zinc', 'Zinc', 'Zn', '5.2', 'µg/l', 5.2, { ref: '4' }],
  ),
  ...rows('pollutant')(
    ['arsenic', 'Arsenic', 'As', '1.4', 'µg/l', 1.4, { ref: '2' }],
    ['beryllium', 'Beryllium', 'Be', '---', 'µg/l', null, { ref: '0' }],
    ['antimony', 'Antimony', 'Sb', '---', 'µg/l', null, { ref: '0' }],
    ['silver', 'Silver', 'Ag', '---', 'µg/l', null, { ref: '0' }],
    ['tin', 'Tin', 'Sn', '---', 'µg/l', null, { ref: '0' }],
    ['aluminium', 'Aluminium', 'Al', '11.0', 'µg/l', 11, { ref: '0' }],
    ['cadmium', 'Cadmium', 'Cd', '---', 'µg/l', null, { ref: '0' }],
    ['lanthanum', 'Lanthanum', 'La', '---', 'µg/l', null, { ref: '0' }],
    ['lead', 'Lead', 'Pb', '---', 'µg/l', null, { ref: '0' }],
    ['scandium', 'Scandium', 'Sc', '---', 'µg/l', null, { ref: '0' }],
    ['titanium', 'Titanium', 'Ti', '---', 'µg/l', null, { ref: '0' }],
    ['tungsten', 'Tungsten', 'W', '---', 'µg/l', null, { ref: '0' }],
    ['zirconium', 'Zirconium', 'Zr', '---', 'µg/l', null, { ref: '0' }],
    ['thallium', 'Thallium', 'Tl', '---', 'µg/l', null, { ref: '0' }],
  ),
  ...rows('nutrient')(
    ['nitrate', 'Nitrate', 'NO3', '3.6', 'mg/l', 3.6, { ref: '5' }],
    ['phosphate', 'Phosphate', 'PO4', '0.07', 'mg/l', 0.07, { ref: '0.05' }],
    ['fluoride', 'Fluoride', 'F', '1.31', 'mg/l', 1.31, { ref: '1.3' }],
  ),
];

/** German tank water for the Fauna Marin panel (phosphate as PO4, nitrate as NO3, mercury). */
export const GERMAN_FAUNA_MARIN: readonly Row[] = [
  ...rows('major')(
    ['sodium', 'Natrium', 'Na', '10.710', 'mg/l', 10710, { ref: '10.780' }],
    ['magnesium', 'Magnesium', 'Mg', '1.318', 'mg/l', 1318, { ref: '1.350' }],
    ['calcium', 'Calcium', 'Ca', '422', 'mg/l', 422, { ref: '430' }],
    ['potassium', 'Kalium', 'K', '391', 'mg/l', 391, { ref: '400' }],
    ['strontium', 'Strontium', 'Sr', '7,6', 'mg/l', 7.6, { ref: '8' }],
    ['boron', 'Bor', 'B', '4,44', 'mg/l', 4.44, { ref: '4,5' }],
    ['bromine', 'Brom', 'Br', '65,0', 'mg/l', 65, { ref: '67' }],
    ['sulfur', 'Schwefel', 'S', '903', 'mg/l', 903, { ref: '900' }],
  ),
  ...rows('trace')(
    ['lithium', 'Lithium', 'Li', '171', 'µg/l', 171, { ref: '180' }],
    ['silicon', 'Silizium', 'Si', '112', 'µg/l', 112, { ref: '< 100' }],
    ['iodine', 'Jod', 'I', '52', 'µg/l', 52, { ref: '60' }],
    ['barium', 'Barium', 'Ba', '7,3', 'µg/l', 7.3, { ref: '10' }],
    ['molybdenum', 'Molybdän', 'Mo', '9,6', 'µg/l', 9.6, { ref: '12' }],
    ['nickel', 'Nickel', 'Ni', '1,4', 'µg/l', 1.4, { ref: '< 2' }],
    ['manganese', 'Mangan', 'Mn', '0,38', 'µg/l', 0.38, { ref: '1' }],
    ['chromium', 'Chrom', 'Cr', 'n.g.', 'µg/l', null, { ref: '0,3' }],
    ['cobalt', 'Kobalt', 'Co', 'n.g.', 'µg/l', null, { ref: '0,2' }],
    ['iron', 'Eisen', 'Fe', '1,1', 'µg/l', 1.1, { ref: '3' }],
    ['copper', 'Kupfer', 'Cu', '2,05', 'µg/l', 2.05, { ref: '1' }],
    ['selenium', 'Selen', 'Se', 'n.g.', 'µg/l', null, { ref: '0,1' }],
    ['vanadium', 'Vanadium', 'V', '0,95', 'µg/l', 0.95, { ref: '1,5' }],
    ['zinc', 'Zink', 'Zn', '2,7', 'µg/l', 2.7, { ref: '4' }],
  ),
  ...rows('pollutant')(
    ['arsenic', 'Arsen', 'As', '1,6', 'µg/l', 1.6, { ref: '< 2' }],
    ['beryllium', 'Beryllium', 'Be', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['antimony', 'Antimon', 'Sb', '0,4', 'µg/l', 0.4, { ref: '0' }],
    ['silver', 'Silber', 'Ag', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['tin', 'Zinn', 'Sn', '1,3', 'µg/l', 1.3, { ref: '0' }],
    ['aluminium', 'Aluminium', 'Al', '14,2', 'µg/l', 14.2, { ref: '< 10' }],
    ['cadmium', 'Cadmium', 'Cd', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['lanthanum', 'Lanthan', 'La', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['lead', 'Blei', 'Pb', '0,6', 'µg/l', 0.6, { ref: '0' }],
    ['scandium', 'Scandium', 'Sc', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['titanium', 'Titan', 'Ti', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['tungsten', 'Wolfram', 'W', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['zirconium', 'Zirkonium', 'Zr', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['thallium', 'Thallium', 'Tl', 'n.g.', 'µg/l', null, { ref: '0' }],
    ['mercury', 'Quecksilber', 'Hg', '< 0,05', 'µg/l', null, { limit: 0.05, ref: '0' }],
  ),
  ...rows('nutrient')(
    ['nitrate', 'Nitrat', 'NO3', '4,8', 'mg/l', 4.8, { ref: '5' }],
    ['phosphate', 'Phosphat', 'PO4', '0,058', 'mg/l', 0.058, { ref: '0,05' }],
    ['fluoride', 'Fluorid', 'F', '1,28', 'mg/l', 1.28, { ref: '1,3' }],
  ),
];

/** Osmosis water printed by German reports. */
export const GERMAN_RO: readonly Row[] = rows('major')(
  ['sodium-ro', 'Natrium', 'Na', '0,21', 'mg/l', 0.21],
  ['calcium-ro', 'Calcium', 'Ca', 'n.n.', 'mg/l', null],
  ['magnesium-ro', 'Magnesium', 'Mg', 'n.n.', 'mg/l', null],
  ['potassium-ro', 'Kalium', 'K', '0,05', 'mg/l', 0.05],
  ['silicon-ro', 'Silicium', 'Si', '3,2', 'µg/l', 3.2],
  ['copper-ro', 'Kupfer', 'Cu', '0,4', 'µg/l', 0.4],
  ['iron-ro', 'Eisen', 'Fe', 'n.n.', 'µg/l', null],
  ['zinc-ro', 'Zink', 'Zn', '0,9', 'µg/l', 0.9],
  ['aluminium-ro', 'Aluminium', 'Al', '< 1', 'µg/l', null, { limit: 1 }],
  ['lead-ro', 'Blei', 'Pb', 'n.n.', 'µg/l', null],
);

/** Osmosis water printed by English reports. */
export const ENGLISH_RO: readonly Row[] = rows('major')(
  ['sodium-ro', 'Sodium', 'Na', '0.35', 'mg/l', 0.35],
  ['calcium-ro', 'Calcium', 'Ca', '0.12', 'mg/l', 0.12],
  ['silicon-ro', 'Silicon', 'Si', '5.6', 'µg/l', 5.6],
  ['copper-ro', 'Copper', 'Cu', '0.7', 'µg/l', 0.7],
  ['zinc-ro', 'Zinc', 'Zn', '1.1', 'µg/l', 1.1],
  ['aluminium-ro', 'Aluminium', 'Al', 'n.d.', 'µg/l', null],
  ['lead-ro', 'Lead', 'Pb', 'n.d.', 'µg/l', null],
  ['iron-ro', 'Iron', 'Fe', '0.4', 'µg/l', 0.4],
);

/** The same rows with a few values replaced, for a second report of the same family. */
export function withValues(base: readonly Row[], changes: Readonly<Record<string, [string, number | null]>>): Row[] {
  return base.map((row) => (changes[row.id] ? { ...row, printed: changes[row.id][0], expect: changes[row.id][1] } : row));
}
