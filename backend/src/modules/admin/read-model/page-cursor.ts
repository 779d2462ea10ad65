import { InvalidRequestError } from '../../../shared/errors/domain-error';

type Key = Record<string, unknown>;

/**
 * An opaque cursor for the next page: the DynamoDB key to start after, as base64url JSON.
 *
 * @example encodeCursor({ reference_id: 'RAM-1' }) // 'eyJyZWZlcmVuY2VfaWQiOiJSQU0tMSJ9'
 */
export function encodeCursor(key: Key | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/** The key a cursor stands for; a cursor that is not one of ours is a 400, never a 500. */
export function decodeCursor(cursor: string | undefined, keyNames: readonly string[]): Key | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const valid =
      typeof key === 'object' &&
      key !== null &&
      !Array.isArray(key) &&
      Object.keys(key).every((k) => keyNames.includes(k)) &&
      Object.values(key).every((v) => typeof v === 'string' || typeof v === 'number');
    if (valid && Object.keys(key).length > 0) return key as Key;
  } catch {
    // falls through to the 400 below
  }
  throw new InvalidRequestError('cursor is not a cursor this list handed out', { field: 'cursor' });
}
