import { createHash } from 'node:crypto';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)]));
}

/**
 * JSON with object keys in sorted order and undefined fields left out, so equal content always
 * gives equal text whatever order the fields were written in.
 *
 * @example stableStringify({ b: 1, a: [{ d: 2, c: undefined }] }) // '{"a":[{"d":2}],"b":1}'
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sorted(value));
}

/**
 * SHA-256 (hex) of the stable JSON of a row's content.
 *
 * @example contentHash({ unit: 'mg/l' }) === contentHash({ unit: 'mg/l' }) // true
 */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}
