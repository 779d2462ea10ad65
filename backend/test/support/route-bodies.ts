import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import fc from 'fast-check';
import { ROUTES, type RouteDefinition } from '../../src/catalogue';

type Constructor = abstract new (...args: never[]) => unknown;
type Arb = fc.Arbitrary<unknown>;

/** Values that broke endpoints before: wrong shapes where objects, lists or scalars belong. */
const HOSTILE: Arb = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    [],
    [[]],
    {},
    { '': {} },
    0,
    -1,
    1e308,
    -1e308,
    2 ** 53,
    0.1,
    true,
    false,
    'x'.repeat(5000),
    '\u0000',
    '\u202E',
    '../../etc/passwd',
    '2026-02-30',
    'NaN',
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A field left out of the body. */
const ABSENT = Symbol('absent');

const join = (...parts: (string | undefined)[]) =>
  `/${parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/')}`;

function modulesUnder(root: unknown, seen = new Set<unknown>()): unknown[] {
  const module = (root as { module?: unknown })?.module ?? root; // dynamic modules carry their class
  if (!module || seen.has(module)) return [];
  seen.add(module);
  const imports = [
    ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, module as object) as unknown[]) ?? []),
    ...((root as { imports?: unknown[] }).imports ?? []),
  ];
  return [module, ...imports.flatMap((m) => modulesUnder(m, seen))];
}

/**
 * The body DTO of every POST route a lambdalith module serves, read from Nest's own route metadata
 * (controller path, handler path, the `@Body()` parameter's type), so new routes join the fuzz
 * suite without being listed here.
 */
export function bodyTypesOf(rootModule: unknown): Map<string, Constructor | undefined> {
  const found = new Map<string, Constructor | undefined>();
  for (const module of modulesUnder(rootModule)) {
    const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module as object) as Constructor[] | undefined) ?? [];
    for (const controller of controllers) {
      const prefix = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST) continue;
        const paths = ([] as string[]).concat((Reflect.getMetadata(PATH_METADATA, handler) as string | string[]) ?? '');
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, { index: number }>) ?? {};
        const bodyArg = Object.entries(args).find(([key]) => key.split(':')[0] === String(RouteParamtypes.BODY))?.[1];
        const types = (Reflect.getMetadata('design:paramtypes', proto, name) as Constructor[]) ?? [];
        for (const path of paths) found.set(join(prefix, path), bodyArg ? types[bodyArg.index] : undefined);
      }
    }
  }
  return found;
}

/** Known ids the generator prefers for id fields, so bodies reach past the ownership checks. */
export interface KnownIds {
  readonly [field: string]: readonly string[];
}

function scalarFor(constraints: ValidationMetadata[], field: string, known: KnownIds): Arb {
  const types = new Set(constraints.map((c) => (c.name ?? c.type) as string));
  const isIn = constraints.find((c) => c.name === 'isIn');
  const options: Arb[] = [];
  if (known[field]?.length)
    return fc.oneof({ arbitrary: fc.constantFrom(...known[field]), weight: 6 }, { arbitrary: fc.string({ maxLength: 70 }), weight: 1 });
  if (isIn)
    return fc.oneof(
      { arbitrary: fc.constantFrom(...((isIn.constraints?.[0] as unknown[]) ?? [null])), weight: 6 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    );
  const bound = (name: string, fallback: number) => Number(constraints.find((c) => c.name === name)?.constraints?.[0] ?? fallback);
  const [min, max] = [bound('min', -5), bound('max', 2000)];
  if (types.has('isInt')) options.push(fc.integer({ min: Math.ceil(min) - 1, max: Math.floor(max) + 1 }));
  if (types.has('isNumber'))
    options.push(
      fc.double({ min: min - 1, max: max + 1, noNaN: true }),
      fc.integer({ min: Math.ceil(Math.max(min, 0)), max: Math.floor(max) }),
    );
  const pattern = constraints.find((c) => c.name === 'matches')?.constraints?.[0];
  if (pattern instanceof RegExp) options.push(fc.stringMatching(new RegExp(pattern.source)));
  if (types.has('isBoolean')) options.push(fc.boolean());
  if (types.has('isDateString') || types.has('isISO8601') || /date|At$/i.test(field)) {
    options.push(
      fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
  }
  if (types.has('isEmail')) options.push(fc.constantFrom('keeper@reef.test', 'not-an-email'));
  if (types.has('isString') || types.has('matches') || types.has('length') || options.length === 0)
    options.push(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
  return fc.oneof(...options);
}

/**
 * Bodies shaped after a DTO: every property usually a plausible value of its declared kind (ids
 * from `known`, enum members, numbers, dates, nested objects and lists from their own DTOs),
 * sometimes a hostile value, sometimes missing; now and then an unknown or prototype key.
 */
export function bodiesFor(dto: Constructor | undefined, known: KnownIds, depth = 0): Arb {
  if (!dto || depth > 3) return fc.dictionary(fc.string({ maxLength: 12 }), HOSTILE, { maxKeys: 4 });
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(dto as never, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metadatas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  const fields: Record<string, Arb> = {};
  for (const [property, constraints] of byProperty) {
    const nested = constraints.find((c) => c.type === 'nestedValidation');
    const nestedType = nested
      ? (defaultMetadataStorage.findTypeMetadata(dto, property)?.typeFunction() as Constructor | undefined)
      : undefined;
    const isList = constraints.some((c) => c.name === 'isArray') || nested?.each === true;
    let plausible: Arb;
    const entry = (arb: Arb) => fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: HOSTILE, weight: 1 });
    if (nestedType)
      plausible = isList
        ? fc.array(entry(bodiesFor(nestedType, known, depth + 1)), { maxLength: 4 })
        : bodiesFor(nestedType, known, depth + 1);
    else if (isList) plausible = fc.array(entry(scalarFor(constraints, property, known)), { maxLength: 6 });
    else plausible = scalarFor(constraints, property, known);
    fields[property] = fc.oneof(
      { arbitrary: plausible, weight: 12 },
      { arbitrary: HOSTILE, weight: 1 },
      { arbitrary: fc.constant(ABSENT), weight: 1 },
    );
  }
  const extra = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 12 },
    {
      arbitrary: fc.constantFrom<[string, unknown]>(
        ['unknownField', 1],
        ['__proto__', { isAdmin: true }],
        ['constructor', { prototype: {} }],
      ),
      weight: 1,
    },
  );
  return fc.tuple(fc.record(fields), extra).map(([body, added]) => {
    const present = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== ABSENT));
    return added ? { ...present, [added[0]]: added[1] } : present;
  });
}

/** Every catalogued route with the body type its lambdalith declares (undefined: no DTO yet). */
export async function catalogueRoutesWithBodies(): Promise<{ route: RouteDefinition; dto: Constructor | undefined }[]> {
  const byFunction = new Map<string, Map<string, Constructor | undefined>>();
  for (const fn of new Set(ROUTES.map((r) => r.function))) {
    const exports = (await import(`../../src/functions/${fn}`)) as Record<string, unknown>;
    const rootModule = Object.values(exports).find(
      (value) => typeof value === 'function' && Reflect.getMetadata(MODULE_METADATA.IMPORTS, value) !== undefined,
    );
    byFunction.set(fn, rootModule ? bodyTypesOf(rootModule) : new Map());
  }
  return ROUTES.map((route) => ({ route, dto: byFunction.get(route.function)?.get(route.path) }));
}
