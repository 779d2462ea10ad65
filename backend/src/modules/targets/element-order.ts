/** How element lists are grouped: manual parameters, then majors down to traces, pollutants, nutrients; RO/RODI rows last. */
export const CATEGORY_ORDER = ['base', 'major', 'minor', 'trace', 'pollutant', 'nutrient'] as const;

/**
 * Where a category sorts: the known ones in {@link CATEGORY_ORDER}, any other after them, `osmose` last.
 *
 * @example categoryRank('major') < categoryRank('nutrient') // true
 */
export function categoryRank(category: string): number {
  if (category === 'osmose') return CATEGORY_ORDER.length + 1;
  const rank = (CATEGORY_ORDER as readonly string[]).indexOf(category);
  return rank === -1 ? CATEGORY_ORDER.length : rank;
}

/** Orders elements by category, then by `order` (display order), then by name. */
export function compareElements(
  a: { category: string; name: string; order?: number },
  b: { category: string; name: string; order?: number },
): number {
  return (
    categoryRank(a.category) - categoryRank(b.category) || (a.order ?? Infinity) - (b.order ?? Infinity) || a.name.localeCompare(b.name)
  );
}
