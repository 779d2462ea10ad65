import type { DoseProduct } from '../../domain/drafts';
import type { DoseElementRow } from '../reference/reference-catalog.repository';

/**
 * A `dose-element` row as the draft reads it. The seed loader stores a product's strength with
 * snake_case fields (`amount_per_1ml_per_100l`); the draft works with the seed file's names.
 *
 * @example toDoseProduct({ …, strength: { element: 'Iodine', amount_per_1ml_per_100l: 10, unit: 'µg/l' } }).strength
 * // { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' }
 */
export function toDoseProduct(row: DoseElementRow): DoseProduct {
  const s = row.strength as Record<string, unknown> | null | undefined;
  const strength =
    s && typeof s === 'object'
      ? { element: s.element, amountPer1mlPer100L: s.amountPer1mlPer100L ?? s.amount_per_1ml_per_100l, unit: s.unit }
      : undefined;
  return { elementId: row.elementId, name: row.name, canonical: row.canonical, unit: row.unit, ...(strength ? { strength } : {}) };
}
