import type { CanonData } from '../canon/canon-data';

/**
 * Shapes of the reference seed files under `seeds/` (see seeds/README.md for what each field means
 * and where its figures come from).
 */

export const ELEMENT_CATEGORIES = ['major', 'minor', 'trace', 'pollutant', 'nutrient', 'base', 'osmose'] as const;
export type ElementCategory = (typeof ELEMENT_CATEGORIES)[number];

/** Where the measured water came from: the display tank or the RO/DI top-off water. */
export type WaterSource = 'tank' | 'rodi';

export interface TestElementSeed {
  readonly elementId: string;
  /** Name RaM shows and stores on history rows, e.g. "Copper (RO)". */
  readonly name: string;
  readonly canonical: string;
  readonly symbol: string;
  /** Names as the lab prints them; matched after normalisation. */
  readonly aliases: readonly string[];
  readonly category: ElementCategory;
  /** Unit as the lab (or hobby kit) reports the value. */
  readonly unit: string;
  readonly source: WaterSource;
  readonly validationRequired: boolean;
  readonly displayOrder: number;
  /** Species the printed value is expressed as, e.g. PO4 for a phosphate row. */
  readonly reportedAs?: string;
  /** Other units a keeper may enter; each converts to `unit` through the canon. */
  readonly alternateUnits?: readonly string[];
}

export interface TestPanelSeed {
  readonly panel: string;
  readonly version: number;
  /** Section headings the lab prints, mapped to the category they stand for. Never elements. */
  readonly sections: Readonly<Record<string, ElementCategory>>;
  readonly elements: readonly TestElementSeed[];
}

export interface DoseStrength {
  /** Canonical group the figure is about, e.g. "Calcium" or "Alkalinity". */
  readonly element: string;
  /** How much 1 ml raises 100 litres of tank water, in `unit`. */
  readonly amountPer1mlPer100L: number;
  readonly unit: string;
}

export interface DoseProductSeed {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  readonly displayOrder: number;
  readonly source: string;
  /** Absent when the maker publishes no per-ml figure. */
  readonly strength?: DoseStrength;
}

export interface DoseCatalogSeed {
  readonly method: string;
  readonly version: number;
  readonly products: readonly DoseProductSeed[];
}

export interface StockSalt {
  readonly formula: string;
  readonly gramsPerLitre: number;
}

export interface CorrectionElementSeed {
  readonly elementId: string;
  readonly canonical: string;
  readonly symbol: string;
  readonly category: ElementCategory;
  /** Unit of `target` and `range`: the unit the labs report this element in. */
  readonly unit: string;
  readonly target?: number;
  readonly range?: { readonly low: number; readonly high: number };
  /** Largest rise a correction may plan per day, in the file's `maxChangePerDayUnit` (mg/l) per day. */
  readonly maxChangePerDay?: number;
  /** Element in the default correction solution, in the file's `productConcentrationUnit`. */
  readonly productConcentration?: number;
  readonly stock?: { readonly salts: readonly StockSalt[] };
  readonly neverCorrect: boolean;
  readonly comment: string;
}

export interface HazardousFallbackSeed {
  readonly elementId: string;
  readonly canonical: string;
  readonly unit: string;
  /** Above this a reading is hazardous when the report row carries no range of its own. */
  readonly upper: number;
  readonly comment: string;
}

export interface CorrectionSeed {
  readonly method: string;
  readonly version: number;
  readonly productConcentrationUnit: string;
  readonly maxChangePerDayUnit: string;
  readonly elements: readonly CorrectionElementSeed[];
  readonly hazardousFallbacks: readonly HazardousFallbackSeed[];
}

/** A named reference a default range cites (shown on the targets page). */
export interface ReferenceSourceSeed {
  readonly id: string;
  readonly name: string;
  readonly citation: string;
}

/** A default range for an element the dosing method leaves open (alkalinity, pH, …). */
export interface ReferenceRangeSeed {
  readonly elementId: string;
  readonly canonical: string;
  readonly category: string;
  readonly unit: string;
  readonly low?: number;
  readonly high?: number;
  readonly target?: number;
  readonly hazardousUpper?: number;
  /** Id of one of `sources`. */
  readonly source: string;
}

/** What a reef tank can physically hold, in `unit`. */
export interface PlausibleRangeSeed {
  readonly elementId: string;
  readonly unit: string;
  readonly low: number;
  readonly high: number;
}

export interface ReferenceRangesSeed {
  readonly version: number;
  readonly sources: readonly ReferenceSourceSeed[];
  /** Source the method's own ranges cite. */
  readonly methodSource: string;
  /** Source the hazardous fallbacks cite. */
  readonly hazardSource: string;
  readonly ranges: readonly ReferenceRangeSeed[];
  readonly plausible: readonly PlausibleRangeSeed[];
}

export interface SeedFiles {
  readonly canon: CanonData;
  readonly referenceRanges: ReferenceRangesSeed;
  readonly testPanels: readonly TestPanelSeed[];
  readonly doseCatalogs: readonly DoseCatalogSeed[];
  readonly corrections: readonly CorrectionSeed[];
}
