import type { ExtractedElement, ExtractedReport } from './extraction-types';

// Test inputs: small, valid extraction data that each test bends to the case it needs.

/** An Oceamo report as text lines (tab-separated columns), with lines to add or replace. */
export const anOceamoText = (overrides: { header?: readonly string[]; rows?: readonly string[] } = {}): string =>
  [
    'OCEAMO',
    'Oceamo GmbH · Labor für Meerwasseranalytik',
    ...(overrides.header ?? [
      'Analysenummer: OC-25-04817\tBerichtsdatum: 19.03.2025',
      'Probenahme: 14.03.2025',
      'Becken: Riffbecken\tVolumen: 450 l',
      'Salinität: 35,2 ppt\tKH: 7,8 dKH',
    ]),
    'Element\tSymbol\tMesswert\tEinheit\tReferenzbereich',
    ...(overrides.rows ?? [
      'Mengenelemente',
      'Natrium\tNa\t10.780\tmg/l\t10.300 – 11.200',
      'Spurenelemente',
      'Kupfer\tCu\t1,2\tµg/l\t0,5 – 3',
      'Osmosewasser',
      'Kupfer\tCu\tn.n.\tµg/l\t< 1',
    ]),
    'Seite 1 von 1',
  ].join('\n');

export const anExtractedElement = (overrides: Partial<ExtractedElement> = {}): ExtractedElement => ({
  printedName: 'Kupfer',
  elementId: 'copper',
  canonical: 'Copper',
  category: 'trace',
  source: 'tank',
  displayName: 'Copper',
  value: 1.2,
  printed: '1,2',
  unit: 'µg/l',
  nonDetect: false,
  ...overrides,
});

export const anExtractedReport = (overrides: Partial<ExtractedReport> = {}): ExtractedReport => ({
  lab: 'OCEAMO',
  analysisNumber: 'OC-25-04817',
  sampleDate: '2025-03-14',
  tankMeasurements: {},
  elements: [anExtractedElement()],
  skippedRows: [],
  ...overrides,
});

/** A model reply as the extraction prompt asks for it. */
export const aModelJson = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  analysisNumber: 'OC-25-04817',
  sampleDate: '2025-03-14',
  tank: { name: 'Riffbecken', volumeLitres: 450, salinityPpt: null, alkalinityDkh: null },
  elements: [{ name: 'Kupfer', source: 'tank', value: 1.2, printed: '1,2', unit: 'µg/l', detectionLimit: null, low: 0.5, high: 3 }],
  ...overrides,
});
