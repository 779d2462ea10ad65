import { Injectable } from '@nestjs/common';
import type { Correction } from '../../domain/corrections/correction';
import { type ResolvedRange, hasRange } from '../../domain/corrections/target-range';
import { withoutUndefined } from '../../domain/extraction/without-undefined';
import { type DatedValue, type TrendAssessment, assessTrend, withoutWarning } from '../../domain/trends';
import { NotFoundError } from '../../shared/errors/domain-error';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { compareElements } from '../targets/element-order';
import { valueInUnit } from '../targets/resolved-range';
import { toHeader } from './repositories/test-history.repository';
import { type Item, TestRowsRepository } from './repositories/test-rows.repository';
import type { TestHeader } from './test-history.types';

export type ElementResultStatus = 'LOW' | 'OK' | 'HIGH' | 'CRITICAL' | 'MISSING' | 'NO_RANGE' | 'RO' | 'PENDING';

/** One element of a test as the API shows it (docs/api-evaluation.md, `ElementResult`). */
export interface ElementResult {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly category: string;
  readonly unit: string;
  readonly value: number | null;
  readonly printed?: string;
  readonly nonDetect?: boolean;
  readonly status: ElementResultStatus;
  readonly targetRange?: ResolvedRange;
  readonly message?: string;
  /** The value lies outside what a reef tank can hold (the keeper confirmed it, or the lab printed it). */
  readonly implausible?: boolean;
  /** Manual tests: the reading as the keeper entered it, when in another unit than `unit`. */
  readonly entered?: { readonly value: number; readonly unit: string };
  /** ICP tests only. */
  readonly correction?: Correction;
  readonly trendAssessment?: TrendAssessment;
}

/** A test with its evaluated elements (docs/api-evaluation.md, `TestDetail`). */
export interface TestDetail {
  readonly id: string;
  readonly kind: TestHeader['kind'];
  readonly status: TestHeader['status'];
  readonly date: string;
  readonly label: string;
  readonly lab?: string;
  readonly analysisNumber?: string;
  readonly notes?: string;
  readonly errorMessage?: string;
  readonly referenceId?: string;
  /** Why the test ended in ERROR (PDF, NOT_ICP, LAYOUT, VALIDATION, FILE_MISSING, DEADLINE). */
  readonly failureKind?: TestHeader['failureKind'];
  /** The failed upload was given back to the keeper's allowance. */
  readonly uploadGivenBack?: boolean;
  /** By category, then display order. */
  readonly elements: ElementResult[];
  readonly reviewId?: string;
}

/** How many earlier tests a trend signal looks back over (both kinds). */
export const TREND_LOOKBACK_TESTS = 10;

/**
 * Row lifecycle → API status: RO water and absent elements keep their own status, evaluated rows show
 * their evaluation, anything else is still waiting for it.
 */
export function elementResultStatus(row: Item): ElementResultStatus {
  if (row.status === 'RO') return 'RO';
  if (row.status === 'MISSING') return 'MISSING';
  const status = (row.eval_status as ElementResultStatus | undefined) ?? 'PENDING';
  // Rows evaluated before every parameter had a range were stored OK without one: never show that as fine.
  const range = row.target_range as ResolvedRange | undefined;
  return status === 'OK' && (!range || !hasRange(range)) ? 'NO_RANGE' : status;
}

/** A tank-water row with a reading (a number, or a non-detect) that trends can use. */
function readingOf(row: Item): number | null | undefined {
  if (row.status === 'RO' || row.status === 'MISSING') return undefined;
  if (typeof row.value === 'number') return row.value;
  return row.non_detect === true ? null : undefined;
}

/** What a keeper's plan lets a test's results carry. */
export interface ResultOptions {
  readonly projections: boolean;
  readonly trendWarnings: boolean;
}

interface EarlierTest {
  readonly date: string;
  readonly rows: ReadonlyMap<string, Item>;
}

/** Earlier readings of the row's element, newest first, in the row's unit. */
function previousReadings(row: Item, earlier: readonly EarlierTest[]): DatedValue[] {
  return earlier.flatMap((test): DatedValue[] => {
    const before = test.rows.get(String(row.element_id));
    const reading = before && readingOf(before);
    if (!before || reading === undefined) return [];
    if (reading === null) return [{ date: test.date, value: null }];
    const value = valueInUnit(reading, String(before.unit), String(row.unit));
    return value === undefined ? [] : [{ date: test.date, value }];
  });
}

/**
 * Reads one test (ICP or manual) with its element results, each measured element carrying a trend
 * signal against the tank's earlier tests, and the Reef Review made from it. The test must belong to
 * the given keeper and tank (404 otherwise); the tank's ownership is the caller's check.
 */
@Injectable()
export class TestDetailReader {
  constructor(
    private readonly rows: TestRowsRepository,
    private readonly catalog: ReferenceCatalogRepository,
  ) {}

  async detail(userId: string, tankId: string, testId: string, options: ResultOptions): Promise<TestDetail> {
    return (await this.detailWithRows(userId, tankId, testId, options)).detail;
  }

  /** {@link detail}, plus the stored element rows it was read from (for callers that need more of them). */
  async detailWithRows(
    userId: string,
    tankId: string,
    testId: string,
    options: ResultOptions,
  ): Promise<{ detail: TestDetail; rows: readonly Item[] }> {
    const test = await this.rows.test(testId);
    if (!test || test.header.user_id !== userId || test.header.tank_id !== tankId) throw new NotFoundError('Test');
    const header = toHeader(test.header);
    const [order, earlier, reviewId] = await Promise.all([
      this.displayOrder(header, test.elements),
      this.earlierTests(header),
      this.rows.reviewIdOf(userId, tankId, testId),
    ]);
    const elements = test.elements
      .map((row) => ({ row, result: this.result(header, row, earlier, options) }))
      .sort((a, b) => compareElements({ ...a.result, order: order(a.row) }, { ...b.result, order: order(b.row) }))
      .map(({ result }) => result);
    const detail = withoutUndefined({
      id: header.testId,
      kind: header.kind,
      status: header.status,
      date: header.testDate,
      label: header.kind === 'ICP' ? `ICP ${header.lab ?? ''}`.trim() : 'Manual test',
      lab: header.lab,
      analysisNumber: header.analysisNumber ?? undefined,
      notes: typeof test.header.notes === 'string' ? test.header.notes : undefined,
      errorMessage: header.errorMessage,
      referenceId: header.referenceId,
      failureKind: header.failureKind,
      uploadGivenBack: header.uploadGivenBackAt ? true : undefined,
      elements,
      reviewId,
    });
    return { detail, rows: test.elements };
  }

  private result(header: TestHeader, row: Item, earlier: readonly EarlierTest[], options: ResultOptions): ElementResult {
    const reading = readingOf(row);
    const range = (row.target_range as ResolvedRange | undefined) ?? { source: 'NONE' };
    return withoutUndefined({
      elementId: String(row.element_id),
      name: String(row.display_name ?? row.element_id),
      canonical: String(row.canonical ?? ''),
      category: String(row.category ?? ''),
      unit: String(row.unit ?? ''),
      value: typeof row.value === 'number' ? row.value : null,
      printed: typeof row.printed === 'string' ? row.printed : undefined,
      nonDetect: row.non_detect === true ? true : undefined,
      status: elementResultStatus(row),
      targetRange: row.target_range as ResolvedRange | undefined,
      message: typeof row.message === 'string' ? row.message : undefined,
      implausible: row.implausible === true ? true : undefined,
      entered:
        typeof row.entered_value === 'number' && typeof row.entered_unit === 'string'
          ? { value: row.entered_value, unit: row.entered_unit }
          : undefined,
      correction: header.kind === 'ICP' ? (row.correction as Correction | undefined) : undefined,
      trendAssessment: reading === undefined ? undefined : this.trend(header, row, reading, earlier, range, options),
    });
  }

  /** The element's trend; its warning (severity, projection) only for plans with trend warnings. */
  private trend(
    header: TestHeader,
    row: Item,
    reading: number | null,
    earlier: readonly EarlierTest[],
    range: ResolvedRange,
    options: ResultOptions,
  ): TrendAssessment {
    const assessment = assessTrend({
      current: { date: header.testDate, value: reading },
      previous: previousReadings(row, earlier),
      range,
      projections: options.projections,
    });
    return options.trendWarnings ? assessment : withoutWarning(assessment);
  }

  /** The tank's tests dated before this one (both kinds, newest first, bounded), with their element rows. */
  private async earlierTests(header: TestHeader): Promise<EarlierTest[]> {
    const headers = await this.rows.headersBefore(header.userId, header.tankId, header.testDate, TREND_LOOKBACK_TESTS);
    const tests = await Promise.all(headers.map((h) => this.rows.test(String(h.test_id))));
    return tests.flatMap((t) =>
      t ? [{ date: String(t.header.test_date), rows: new Map(t.elements.map((r) => [String(r.element_id), r])) }] : [],
    );
  }

  /** Display order: stored on manual rows; ICP rows take it from their lab's panel. */
  private async displayOrder(header: TestHeader, rows: readonly Item[]): Promise<(row: Item) => number | undefined> {
    const needsPanel = header.lab !== undefined && rows.some((r) => typeof r.display_order !== 'number');
    const panel = needsPanel
      ? new Map((await this.catalog.panel(header.lab!)).map((r) => [r.elementId, r.displayOrder]))
      : new Map<string, number>();
    return (row) => (typeof row.display_order === 'number' ? row.display_order : panel.get(String(row.element_id)));
  }
}
