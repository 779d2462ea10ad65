import { Injectable } from '@nestjs/common';
import { withoutUndefined } from '../../domain/extraction/without-undefined';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';
import type { MethodDefaults } from './resolved-range';

/** The correction method whose targets are every tank's defaults (the only one seeded so far). */
export const DEFAULT_CORRECTION_METHOD = 'MOONSHINERS';

/** One element of the method's correction metadata (`element-correction`). */
export interface MethodElement extends MethodDefaults {
  readonly elementId: string;
  readonly canonical: string;
  readonly category: string;
}

const optionalNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function toMethodElement(i: Record<string, unknown>): MethodElement {
  const range = i.range as { low?: number; high?: number } | undefined;
  const target = optionalNumber(i.target);
  return {
    elementId: i.element_id as string,
    canonical: i.canonical as string,
    category: i.category as string,
    unit: i.unit as string,
    methodDefault: range ? withoutUndefined({ low: range.low, high: range.high, target }) : undefined,
    target,
    hazardousUpper: optionalNumber(i.hazardous_upper),
    maxChangePerDay: optionalNumber(i.max_change_per_day),
    productConcentration: optionalNumber(i.product_concentration),
    neverCorrect: i.never_correct === true,
  };
}

/** Seeded rows change only on deploy; a short per-container cache spares a query per evaluated element. */
const CACHE_MS = 60_000;
const cache = new Map<string, { readAt: number; elements: Promise<MethodElement[]> }>();

/** The default correction method's targets, ranges and alarm thresholds, one query per partition. */
@Injectable()
export class MethodDefaultsRepository {
  async all(method = DEFAULT_CORRECTION_METHOD): Promise<MethodElement[]> {
    const key = `${tableName('element-correction')}#${method}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.readAt < CACHE_MS) return hit.elements;
    const elements = this.read(method);
    cache.set(key, { readAt: Date.now(), elements });
    elements.catch(() => cache.delete(key));
    return elements;
  }

  private async read(method: string): Promise<MethodElement[]> {
    const items = await queryAll({
      TableName: tableName('element-correction'),
      KeyConditionExpression: '#m = :m',
      ExpressionAttributeNames: { '#m': 'method' },
      ExpressionAttributeValues: { ':m': method },
    });
    return items.filter((i) => i.retired !== true).map(toMethodElement);
  }
}
