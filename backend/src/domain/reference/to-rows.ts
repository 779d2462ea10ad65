import { contentHash } from './content-hash';
import { CorrectionElementSeed, CorrectionSeed, DoseCatalogSeed, HazardousFallbackSeed, SeedFiles, TestPanelSeed } from './seed-types';

export const REFERENCE_TABLES = ['test-element', 'dose-element', 'element-correction'] as const;
export type ReferenceTable = (typeof REFERENCE_TABLES)[number];

export type SeedItem = Readonly<Record<string, unknown>>;

/** One DynamoDB item a seed wants in one reference table. */
export interface SeedRow {
  readonly table: ReferenceTable;
  readonly item: SeedItem;
}

function withoutUndefined(content: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
}

// The hash covers content only: a new file version that leaves a row as it was rewrites nothing.
function seedRow(table: ReferenceTable, content: Record<string, unknown>, version: number): SeedRow {
  const clean = withoutUndefined(content);
  return { table, item: { ...clean, seed_version: version, content_hash: contentHash(clean), retired: false } };
}

/**
 * Items for the test-element table (PK panel, SK element_id), one per panel element.
 *
 * @example testElementRows(oceamo)[0].item // { panel: 'OCEAMO', element_id: 'sodium', … }
 */
export function testElementRows(panel: TestPanelSeed): SeedRow[] {
  return panel.elements.map((e) =>
    seedRow(
      'test-element',
      {
        panel: panel.panel,
        element_id: e.elementId,
        name: e.name,
        canonical: e.canonical,
        symbol: e.symbol,
        aliases: e.aliases,
        category: e.category,
        unit: e.unit,
        source: e.source,
        validation_required: e.validationRequired,
        display_order: e.displayOrder,
        reported_as: e.reportedAs,
        alternate_units: e.alternateUnits,
      },
      panel.version,
    ),
  );
}

/**
 * Items for the dose-element table (PK method, SK element_id), one per product.
 *
 * @example doseElementRows(custom).map((r) => r.item.element_id) // ['calcium', 'alkalinity', …]
 */
export function doseElementRows(catalog: DoseCatalogSeed): SeedRow[] {
  return catalog.products.map((p) =>
    seedRow(
      'dose-element',
      {
        method: catalog.method,
        element_id: p.elementId,
        name: p.name,
        canonical: p.canonical,
        unit: p.unit,
        display_order: p.displayOrder,
        source: p.source,
        strength: p.strength && {
          element: p.strength.element,
          amount_per_1ml_per_100l: p.strength.amountPer1mlPer100L,
          unit: p.strength.unit,
        },
      },
      catalog.version,
    ),
  );
}

function correctionContent(seed: CorrectionSeed, e: CorrectionElementSeed, hazard?: HazardousFallbackSeed) {
  return {
    method: seed.method,
    element_id: e.elementId,
    canonical: e.canonical,
    symbol: e.symbol,
    category: e.category,
    unit: e.unit,
    target: e.target,
    range: e.range && { low: e.range.low, high: e.range.high },
    max_change_per_day: e.maxChangePerDay,
    max_change_per_day_unit: e.maxChangePerDay === undefined ? undefined : seed.maxChangePerDayUnit,
    product_concentration: e.productConcentration,
    product_concentration_unit: e.productConcentration === undefined ? undefined : seed.productConcentrationUnit,
    stock: e.stock && {
      salts: e.stock.salts.map((s) => ({ formula: s.formula, grams_per_litre: s.gramsPerLitre })),
    },
    never_correct: e.neverCorrect,
    comment: e.comment,
    hazardous_upper: hazard?.upper,
    hazardous_comment: hazard?.comment,
  };
}

/**
 * Items for the element-correction table (PK method, SK element_id). A hazardous fallback is folded
 * into the row of its element, so one read gives target, limits and alarm threshold together.
 *
 * @example correctionRows(moonshiners).find((r) => r.item.element_id === 'copper')?.item.hazardous_upper // 5
 */
export function correctionRows(seed: CorrectionSeed): SeedRow[] {
  const hazards = new Map(seed.hazardousFallbacks.map((h) => [h.elementId, h]));
  return seed.elements.map((e) => seedRow('element-correction', correctionContent(seed, e, hazards.get(e.elementId)), seed.version));
}

/**
 * Every reference-table item the seed files describe.
 *
 * @example toRows(bundledSeedFiles()).filter((r) => r.table === 'test-element').length
 */
export function toRows(seed: SeedFiles): SeedRow[] {
  return [
    ...seed.testPanels.flatMap(testElementRows),
    ...seed.doseCatalogs.flatMap(doseElementRows),
    ...seed.corrections.flatMap(correctionRows),
  ];
}
