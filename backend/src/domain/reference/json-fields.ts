import { SeedFormatError } from './seed-errors';

/** A JSON object being read, with the path used in error messages. */
export interface JsonFields {
  readonly at: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * Opens a JSON value as an object whose fields can be read with the helpers below.
 *
 * @example text(fieldsOf({ panel: 'OCEAMO' }, 'OCEAMO.json'), 'panel') // 'OCEAMO'
 */
export function fieldsOf(value: unknown, at: string): JsonFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeedFormatError(at, 'expected an object');
  }
  return { at, raw: value as Record<string, unknown> };
}

function field<T>(f: JsonFields, key: string, kind: string, is: (v: unknown) => v is T): T {
  const value = f.raw[key];
  if (!is(value)) throw new SeedFormatError(`${f.at}.${key}`, `expected ${kind}`);
  return value;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isFlag = (v: unknown): v is boolean => typeof v === 'boolean';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** @example text(fieldsOf({ unit: 'mg/l' }, 'x'), 'unit') // 'mg/l' */
export const text = (f: JsonFields, key: string): string => field(f, key, 'a non-empty string', isText);

/** @example number(fieldsOf({ version: 1 }, 'x'), 'version') // 1 */
export const number = (f: JsonFields, key: string): number => field(f, key, 'a finite number', isNumber);

/** @example flag(fieldsOf({ retired: false }, 'x'), 'retired') // false */
export const flag = (f: JsonFields, key: string): boolean => field(f, key, 'true or false', isFlag);

/** @example texts(fieldsOf({ aliases: ['Brom'] }, 'x'), 'aliases') // ['Brom'] */
export const texts = (f: JsonFields, key: string): string[] => field(f, key, 'a list of strings', isTexts);

/**
 * Reads an optional field with one of the readers above; absent (undefined) stays absent.
 *
 * @example optional(fieldsOf({}, 'x'), 'reportedAs', text) // undefined
 */
export function optional<T>(f: JsonFields, key: string, read: (f: JsonFields, key: string) => T): T | undefined {
  return f.raw[key] === undefined ? undefined : read(f, key);
}

/**
 * Reads a list of objects, parsing each with `parse`.
 *
 * @example listOf(fieldsOf({ xs: [{ a: 'b' }] }, 'x'), 'xs', (f) => text(f, 'a')) // ['b']
 */
export function listOf<T>(f: JsonFields, key: string, parse: (item: JsonFields) => T): T[] {
  return field(f, key, 'a list', isList).map((item, i) => parse(fieldsOf(item, `${f.at}.${key}[${i}]`)));
}

/**
 * Reads one of a fixed set of strings.
 *
 * @example oneOf(fieldsOf({ source: 'tank' }, 'x'), 'source', ['tank', 'rodi']) // 'tank'
 */
export function oneOf<T extends string>(f: JsonFields, key: string, allowed: readonly T[]): T {
  const value = text(f, key);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SeedFormatError(`${f.at}.${key}`, `expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
