import { Injectable } from '@nestjs/common';
import { type CompareScope, type PriorTest, type ReviewElement, scopeSize } from '../../domain/reviews';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';
import { valueInUnit } from '../targets/resolved-range';
import { TestHistoryRepository } from '../testing/repositories/test-history.repository';
import { TestRowsRepository } from '../testing/repositories/test-rows.repository';
import { elementResultStatus } from '../testing/test-detail.reader';
import { type TestHeader, tankKey } from '../testing/test-history.types';

type Row = Record<string, unknown>;

/** At most this many earlier tests are read for the ALL scope. */
export const MAX_COMPARED_TESTS = 100;

/** How many earlier tests a compare scope reads: its size, bounded for ALL. */
export const comparedTestsFor = (scope: CompareScope): number => Math.min(scopeSize(scope), MAX_COMPARED_TESTS);
/** Later tests searched for each finding's next reading. */
export const FOLLOW_UP_TESTS = 10;

/** The units of a test's elements, for {@link ReviewSourceReader.before} and `after`. */
export const unitsOf = (elements: readonly ReviewElement[]): UnitsByElement => new Map(elements.map((e) => [e.elementId, e.unit]));

export function toReviewElement(row: Row): ReviewElement {
  return {
    elementId: String(row.element_id),
    name: String(row.display_name ?? row.element_id),
    ...(typeof row.canonical === 'string' ? { canonical: row.canonical } : {}),
    category: String(row.category ?? ''),
    unit: String(row.unit ?? ''),
    value: typeof row.value === 'number' ? row.value : null,
    status: elementResultStatus(row),
    ...(row.target_range ? { range: row.target_range as ReviewElement['range'] } : {}),
    ...(row.correction ? { correction: row.correction as ReviewElement['correction'] } : {}),
    ...(typeof row.correction_start === 'string' ? { correctionStart: row.correction_start } : {}),
  };
}

/** Units the compared values should be in, by element (those of the reviewed test). */
export type UnitsByElement = ReadonlyMap<string, string>;

/**
 * Measured values of a test by element (RO water and absent elements left out), converted to the
 * reviewed test's units: a hobby kit's iodine in mg/l compares with a lab's in µg/l. Values that
 * cannot be converted are left out rather than compared wrongly.
 */
function valuesOf(rows: readonly Row[], units: UnitsByElement): Record<string, number | null> {
  return Object.fromEntries(
    rows
      .filter((r) => r.status !== 'RO' && r.status !== 'MISSING')
      .flatMap((r): [string, number | null][] => {
        const id = String(r.element_id);
        if (typeof r.value !== 'number') return [[id, null]];
        const wanted = units.get(id);
        const value = wanted ? valueInUnit(r.value, String(r.unit), wanted) : r.value;
        return value === undefined ? [] : [[id, value]];
      }),
  );
}

/** Reads what a review is made from: the test's element rows and the tank's other completed tests. */
@Injectable()
export class ReviewSourceReader {
  constructor(
    private readonly tests: TestHistoryRepository,
    private readonly rows: TestRowsRepository,
  ) {}

  header(testId: string): Promise<TestHeader | undefined> {
    return this.tests.header(testId);
  }

  async elements(testId: string): Promise<ReviewElement[]> {
    return (await this.elementRows(testId)).map(toReviewElement);
  }

  /** Completed tests dated before (or on the same day as, but created before) the given test, newest first. */
  async before(header: TestHeader, units: UnitsByElement, limit: number): Promise<PriorTest[]> {
    return this.read(await this.doneHeaders(header, 'before', limit), units);
  }

  /** The tank's completed tests after the given one, oldest first, for follow-up outcomes. */
  async after(header: TestHeader, units: UnitsByElement, limit = FOLLOW_UP_TESTS): Promise<PriorTest[]> {
    return this.read(await this.doneHeaders(header, 'after', limit), units);
  }

  private read(headers: readonly { testId: string; testDate: string }[], units: UnitsByElement): Promise<PriorTest[]> {
    return Promise.all(
      headers.map(async (h) => ({ testId: h.testId, date: h.testDate, values: valuesOf(await this.elementRows(h.testId), units) })),
    );
  }

  private async doneHeaders(header: TestHeader, side: 'before' | 'after', limit: number): Promise<{ testId: string; testDate: string }[]> {
    const items = await queryAll(
      {
        TableName: tableName('test-history'),
        IndexName: 'user_id_tank_id-index',
        KeyConditionExpression: `user_id_tank_id = :k AND test_date_id ${side === 'before' ? '<' : '>'} :d`,
        FilterExpression: '#s = :done',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':k': tankKey(header.userId, header.tankId),
          ':d': `${header.testDate}#${header.testId}`,
          ':done': 'DONE',
        },
        ScanIndexForward: side === 'after',
      },
      limit,
    );
    return items.map((i) => ({ testId: String(i.test_id), testDate: String(i.test_date) }));
  }

  private async elementRows(testId: string): Promise<Row[]> {
    return (await this.rows.test(testId))?.elements ?? [];
  }
}
