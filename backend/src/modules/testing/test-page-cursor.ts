import { InvalidRequestError } from '../../shared/errors/domain-error';

type Key = Record<string, unknown>;
const KEY_FIELDS = ['test_id', 'item', 'user_id_tank_id', 'test_date_id'] as const;

/** The opaque `cursor` of `/test/history/list`: the index key of the last test of a page. */
export function encodeTestCursor(key: Key): string {
  return Buffer.from(JSON.stringify(Object.fromEntries(KEY_FIELDS.map((f) => [f, key[f]])))).toString('base64url');
}

/**
 * The index key behind a cursor, checked to belong to the tank asked about (`tankKey`), so a cursor
 * can neither be forged into another tank nor carry anything but the four key fields.
 */
export function decodeTestCursor(cursor: string, tankKey: string): Key {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    typeof key === 'object' &&
    key !== null &&
    Object.keys(key).length === KEY_FIELDS.length &&
    KEY_FIELDS.every((f) => typeof (key as Key)[f] === 'string') &&
    (key as Key).user_id_tank_id === tankKey;
  if (!valid) throw new InvalidRequestError('cursor is not one this list gave out; start again from the first page', { field: 'cursor' });
  return key as Key;
}
