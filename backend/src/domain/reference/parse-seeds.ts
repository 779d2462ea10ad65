import { JsonFields, fieldsOf, flag, listOf, number, oneOf, optional, text, texts } from './json-fields';
import { SeedFormatError } from './seed-errors';
import {
  CorrectionElementSeed,
  CorrectionSeed,
  DoseCatalogSeed,
  DoseProductSeed,
  ELEMENT_CATEGORIES,
  ElementCategory,
  HazardousFallbackSeed,
  TestElementSeed,
  TestPanelSeed,
} from './seed-types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARTITION = /^[A-Z][A-Z0-9_]*$/;

function matching(f: JsonFields, key: string, pattern: RegExp): string {
  const value = text(f, key);
  if (!pattern.test(value)) throw new SeedFormatError(`${f.at}.${key}`, `"${value}" does not match ${pattern}`);
  return value;
}

function uniqueIds<T extends { elementId: string }>(items: T[], at: string): T[] {
  const seen = new Set<string>();
  for (const { elementId } of items) {
    if (seen.has(elementId)) throw new SeedFormatError(at, `elementId "${elementId}" appears twice`);
    seen.add(elementId);
  }
  return items;
}

function sections(f: JsonFields): Record<string, ElementCategory> {
  const raw = fieldsOf(f.raw.sections, `${f.at}.sections`);
  const out: Record<string, ElementCategory> = {};
  for (const heading of Object.keys(raw.raw)) out[heading] = oneOf(raw, heading, ELEMENT_CATEGORIES);
  return out;
}

function testElement(f: JsonFields): TestElementSeed {
  return {
    elementId: matching(f, 'elementId', SLUG),
    name: text(f, 'name'),
    canonical: text(f, 'canonical'),
    symbol: text(f, 'symbol'),
    aliases: texts(f, 'aliases'),
    category: oneOf(f, 'category', ELEMENT_CATEGORIES),
    unit: text(f, 'unit'),
    source: oneOf(f, 'source', ['tank', 'rodi'] as const),
    validationRequired: flag(f, 'validationRequired'),
    displayOrder: number(f, 'displayOrder'),
    reportedAs: optional(f, 'reportedAs', text),
    alternateUnits: optional(f, 'alternateUnits', texts),
  };
}

/**
 * Checks and types one `seeds/test-elements/<panel>.json` file.
 *
 * @example parseTestPanel(JSON.parse(fileText), 'test-elements/OCEAMO.json').elements.length
 */
export function parseTestPanel(json: unknown, at: string): TestPanelSeed {
  const f = fieldsOf(json, at);
  return {
    panel: matching(f, 'panel', PARTITION),
    version: number(f, 'version'),
    sections: sections(f),
    elements: uniqueIds(listOf(f, 'elements', testElement), at),
  };
}

function doseProduct(f: JsonFields): DoseProductSeed {
  const strength = optional(f, 'strength', (o, key) => {
    const s = fieldsOf(o.raw[key], `${o.at}.${key}`);
    return {
      element: text(s, 'element'),
      amountPer1mlPer100L: number(s, 'amountPer1mlPer100L'),
      unit: text(s, 'unit'),
    };
  });
  return {
    elementId: matching(f, 'elementId', SLUG),
    name: text(f, 'name'),
    canonical: text(f, 'canonical'),
    unit: text(f, 'unit'),
    displayOrder: number(f, 'displayOrder'),
    source: text(f, 'source'),
    strength,
  };
}

/**
 * Checks and types one `seeds/dose-elements/<method>.json` file.
 *
 * @example parseDoseCatalog(JSON.parse(fileText), 'dose-elements/CUSTOM.json').method // 'CUSTOM'
 */
export function parseDoseCatalog(json: unknown, at: string): DoseCatalogSeed {
  const f = fieldsOf(json, at);
  return {
    method: matching(f, 'method', PARTITION),
    version: number(f, 'version'),
    products: uniqueIds(listOf(f, 'products', doseProduct), at),
  };
}

function correctionElement(f: JsonFields): CorrectionElementSeed {
  const range = optional(f, 'range', (o, key) => {
    const r = fieldsOf(o.raw[key], `${o.at}.${key}`);
    const low = number(r, 'low');
    const high = number(r, 'high');
    if (low > high) throw new SeedFormatError(r.at, `low ${low} is above high ${high}`);
    return { low, high };
  });
  const stock = optional(f, 'stock', (o, key) => ({
    salts: listOf(fieldsOf(o.raw[key], `${o.at}.${key}`), 'salts', (s) => ({
      formula: text(s, 'formula'),
      gramsPerLitre: number(s, 'gramsPerLitre'),
    })),
  }));
  const row: CorrectionElementSeed = {
    elementId: matching(f, 'elementId', SLUG),
    canonical: text(f, 'canonical'),
    symbol: text(f, 'symbol'),
    category: oneOf(f, 'category', ELEMENT_CATEGORIES),
    unit: text(f, 'unit'),
    target: optional(f, 'target', number),
    range,
    maxChangePerDay: optional(f, 'maxChangePerDay', number),
    productConcentration: optional(f, 'productConcentration', number),
    stock,
    neverCorrect: flag(f, 'neverCorrect'),
    comment: text(f, 'comment'),
  };
  return row.neverCorrect ? row : requireDosingFigures(row, f.at);
}

function requireDosingFigures(row: CorrectionElementSeed, at: string): CorrectionElementSeed {
  const missing = (['target', 'range', 'maxChangePerDay', 'productConcentration', 'stock'] as const).filter(
    (key) => row[key] === undefined,
  );
  if (missing.length > 0) throw new SeedFormatError(at, `a correctable element needs ${missing.join(', ')}`);
  return row;
}

function hazardousFallback(f: JsonFields): HazardousFallbackSeed {
  return {
    elementId: matching(f, 'elementId', SLUG),
    canonical: text(f, 'canonical'),
    unit: text(f, 'unit'),
    upper: number(f, 'upper'),
    comment: text(f, 'comment'),
  };
}

/**
 * Checks and types one `seeds/element-corrections/<method>.json` file.
 *
 * @example parseCorrectionSeed(JSON.parse(fileText), 'element-corrections/MOONSHINERS.json').method
 */
export function parseCorrectionSeed(json: unknown, at: string): CorrectionSeed {
  const f = fieldsOf(json, at);
  return {
    method: matching(f, 'method', PARTITION),
    version: number(f, 'version'),
    productConcentrationUnit: text(f, 'productConcentrationUnit'),
    maxChangePerDayUnit: text(f, 'maxChangePerDayUnit'),
    elements: uniqueIds(listOf(f, 'elements', correctionElement), at),
    hazardousFallbacks: uniqueIds(listOf(f, 'hazardousFallbacks', hazardousFallback), `${at} hazardousFallbacks`),
  };
}
