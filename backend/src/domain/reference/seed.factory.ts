import { NO_REFERENCE_RANGES } from './parse-reference-ranges';
import type { CanonData, CanonGroup } from '../canon/canon-data';
import type {
  CorrectionElementSeed,
  CorrectionSeed,
  DoseCatalogSeed,
  DoseProductSeed,
  SeedFiles,
  TestElementSeed,
  TestPanelSeed,
} from './seed-types';

// Test inputs: small, valid seeds that each test bends to the case it needs.

export const aGroup = (overrides: Partial<CanonGroup> = {}): CanonGroup => ({
  canonical: 'Bromine',
  kind: 'element',
  symbol: 'Br',
  aliases: ['Bromine', 'Brom', 'Br'],
  ...overrides,
});

export const aCanonData = (overrides: Partial<CanonData> = {}): CanonData => ({
  version: 1,
  groups: [
    aGroup(),
    aGroup({ canonical: 'Copper', symbol: 'Cu', aliases: ['Copper', 'Kupfer', 'Cu'] }),
    aGroup({ canonical: 'Phosphorus', symbol: 'P', aliases: ['Phosphorus', 'Phosphor', 'P', 'Phosphate', 'PO4'] }),
    aGroup({ canonical: 'Alkalinity', kind: 'parameter', symbol: 'KH', aliases: ['Alkalinity', 'KH'] }),
  ],
  species: [
    { formula: 'P', element: 'P', factor: 1 },
    { formula: 'PO4', element: 'P', factor: 3.066 },
    { formula: 'S', element: 'S', factor: 1 },
    { formula: 'SO4', element: 'S', factor: 2.996 },
  ],
  dimensions: [
    {
      dimension: 'concentration',
      base: 'mg/l',
      units: [
        { unit: 'mg/l', perBase: 1, aliases: ['ppm'] },
        { unit: 'µg/l', perBase: 1000 },
      ],
    },
    {
      dimension: 'alkalinity',
      base: 'dKH',
      groups: ['Alkalinity'],
      units: [
        { unit: 'dKH', perBase: 1 },
        { unit: 'ppm CaCO3', perBase: 17.86, aliases: ['ppm'] },
      ],
    },
  ],
  specificGravity: { unit: 'SG', perPpt: 0.000754 },
  temperature: { celsius: '°C', fahrenheit: '°F' },
  ...overrides,
});

export const aTestElement = (overrides: Partial<TestElementSeed> = {}): TestElementSeed => ({
  elementId: 'bromine',
  name: 'Bromine',
  canonical: 'Bromine',
  symbol: 'Br',
  aliases: ['Bromine', 'Brom', 'Br'],
  category: 'minor',
  unit: 'mg/l',
  source: 'tank',
  validationRequired: true,
  displayOrder: 1,
  ...overrides,
});

export const aRodiElement = (overrides: Partial<TestElementSeed> = {}): TestElementSeed =>
  aTestElement({
    elementId: 'copper-ro',
    name: 'Copper (RO)',
    canonical: 'Copper',
    symbol: 'Cu',
    aliases: ['Copper (RO)', 'Kupfer (Osmose)'],
    category: 'osmose',
    unit: 'µg/l',
    source: 'rodi',
    validationRequired: false,
    displayOrder: 101,
    ...overrides,
  });

export const aTestPanel = (overrides: Partial<TestPanelSeed> = {}): TestPanelSeed => ({
  panel: 'OCEAMO',
  version: 1,
  sections: { Spurenelemente: 'trace' },
  elements: [
    aTestElement(),
    aTestElement({
      elementId: 'copper',
      name: 'Copper',
      canonical: 'Copper',
      symbol: 'Cu',
      aliases: ['Copper', 'Kupfer', 'Cu'],
      category: 'trace',
      unit: 'µg/l',
      displayOrder: 2,
    }),
    aRodiElement(),
  ],
  ...overrides,
});

export const aDoseProduct = (overrides: Partial<DoseProductSeed> = {}): DoseProductSeed => ({
  elementId: 'calcium',
  name: 'Calcium',
  canonical: 'Calcium',
  unit: 'ml',
  displayOrder: 1,
  source: 'Keeper-mixed Balling calcium part.',
  strength: { element: 'Calcium', amountPer1mlPer100L: 0.1963, unit: 'mg/l' },
  ...overrides,
});

export const aDoseCatalog = (overrides: Partial<DoseCatalogSeed> = {}): DoseCatalogSeed => ({
  method: 'CUSTOM',
  version: 1,
  products: [aDoseProduct()],
  ...overrides,
});

export const aCorrectionElement = (overrides: Partial<CorrectionElementSeed> = {}): CorrectionElementSeed => ({
  elementId: 'fluoride',
  canonical: 'Fluorine',
  symbol: 'F',
  category: 'minor',
  unit: 'mg/l',
  target: 1.5,
  range: { low: 1.3, high: 1.7 },
  maxChangePerDay: 0.1,
  productConcentration: 1,
  stock: { salts: [{ formula: 'NaF', gramsPerLitre: 2.21 }] },
  neverCorrect: false,
  comment: 'Sodium fluoride stock.',
  ...overrides,
});

export const aCorrectionSeed = (overrides: Partial<CorrectionSeed> = {}): CorrectionSeed => ({
  method: 'MOONSHINERS',
  version: 1,
  productConcentrationUnit: 'mg/ml',
  maxChangePerDayUnit: 'mg/l',
  elements: [aCorrectionElement()],
  hazardousFallbacks: [],
  ...overrides,
});

export const someSeedFiles = (overrides: Partial<SeedFiles> = {}): SeedFiles => ({
  canon: aCanonData(),
  referenceRanges: NO_REFERENCE_RANGES,
  testPanels: [aTestPanel()],
  doseCatalogs: [aDoseCatalog()],
  corrections: [aCorrectionSeed()],
  ...overrides,
});
