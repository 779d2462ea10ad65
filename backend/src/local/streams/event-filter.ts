import type { FilterPattern, FilterValue } from '../../catalogue';

/**
 * Lambda event filtering, the part RaM's subscriptions use: an event matches when every leaf of the
 * pattern allows the value at its path. Records that do not match never reach the function.
 */
function leafMatches(allowed: readonly FilterValue[], value: unknown): boolean {
  return allowed.some((rule) => {
    if (typeof rule === 'string' || typeof rule === 'number') return value === rule;
    if ('exists' in rule) return rule.exists === (value !== undefined);
    if ('prefix' in rule) return typeof value === 'string' && value.startsWith(rule.prefix);
    throw new Error(`Unsupported filter rule ${JSON.stringify(rule)}`);
  });
}

/** @example matchesFilter({ dynamodb: { Keys: { item: { S: ['HEADER'] } } } }, record) */
export function matchesFilter(pattern: FilterPattern, event: unknown): boolean {
  const object = (event ?? {}) as Record<string, unknown>;
  return Object.entries(pattern).every(([field, rule]) =>
    Array.isArray(rule)
      ? leafMatches(rule as readonly FilterValue[], typeof event === 'object' ? object[field] : undefined)
      : matchesFilter(rule as FilterPattern, object[field]),
  );
}
