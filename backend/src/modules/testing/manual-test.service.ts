import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { convert, toElementUnit } from '../../domain/canon';
import type { Correction } from '../../domain/corrections/correction';
import { type PlausibleRange, isImplausible, plausibleText } from '../../domain/corrections/plausibility';
import { elementMessage } from '../../domain/corrections/element-message';
import { elementStatus, resolveTargetRange } from '../../domain/corrections/target-range';
import { withoutUndefined } from '../../domain/extraction/without-undefined';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { DomainError, InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { ReferenceCatalogRepository, type TestElementRow } from '../reference/reference-catalog.repository';
import { selectableTestElements } from '../reference/test-catalogue';
import type { ResolvedElementRange } from '../targets/resolved-range';
import { rangeInUnit, valueInUnit } from '../targets/resolved-range';
import { plausibleRangeFor } from '../targets/reference-defaults';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { TargetRangeService } from '../targets/target-range.service';
import { logger } from '../../shared/observability';
import { CallerFeatures } from './caller-features';
import type { SaveManualTestDto } from './dto/manual-test.dto';
import { ManualTestReviewHook } from './manual-test-review.hook';
import { type ElementRowStatus, elementItem } from './repositories/test-element-rows.repository';
import { toHeaderItem } from './repositories/test-history.repository';
import { type Item, type StoredTest, TestRowsRepository } from './repositories/test-rows.repository';
import { type TestDetail, TestDetailReader } from './test-detail.reader';
import type { TestHeader } from './test-history.types';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A DynamoDB transaction holds at most this many writes; a manual test is written in one. */
const MAX_TRANSACTION_ITEMS = 100;

/** Manual tests are never dosed from: the message names the range, without a dose. */
const NO_CORRECTION: Correction = { kind: 'NONE', reason: 'NO_DOSING_DATA' };

/**
 * A manual reading evaluated at once against the tank's range for the element (converted into the
 * element's unit), stored like an evaluated ICP row.
 */
export function manualElementItem(
  testId: string,
  element: TestElementRow,
  value: number,
  resolved: ResolvedElementRange | undefined,
  now: string,
  checked: { implausible?: PlausibleRange; entered?: { value: number; unit: string } } = {},
): Item {
  const range = resolved?.range ?? resolveTargetRange({});
  const status = elementStatus(value, range, resolved?.hazardousUpper, false, checked.implausible !== undefined);
  return withoutUndefined({
    test_id: testId,
    item: elementItem(element.elementId),
    element_id: element.elementId,
    canonical: element.canonical,
    display_name: element.name,
    category: element.category,
    source: 'tank',
    panel: element.panel,
    display_order: element.displayOrder,
    value,
    unit: element.unit,
    status: 'PENDING' satisfies ElementRowStatus,
    eval_status: status,
    target_range: range,
    message: elementMessage(element.name, value, element.unit, status, range, NO_CORRECTION, checked.implausible),
    implausible: checked.implausible ? true : undefined,
    entered_value: checked.entered?.value,
    entered_unit: checked.entered?.unit,
    evaluated_at: now,
    created_at: now,
  });
}

interface CheckedReading {
  readonly element: TestElementRow;
  /** In the element's unit. */
  readonly value: number;
  readonly entered?: { value: number; unit: string };
  readonly implausible?: PlausibleRange;
}

/** What a tank can hold for the element, in the element's own unit. */
export function plausibleInUnit(element: Pick<TestElementRow, 'elementId' | 'unit'>): PlausibleRange | undefined {
  const bounds = plausibleRangeFor(element.elementId);
  if (!bounds) return undefined;
  const low = valueInUnit(bounds.low, bounds.unit, element.unit);
  const high = valueInUnit(bounds.high, bounds.unit, element.unit);
  return low === undefined || high === undefined ? undefined : { low, high, unit: element.unit };
}

/**
 * Every reading in its element's unit, checked: a unit the element does not accept is a 400 naming
 * the field; a value outside what a reef tank can hold is a 400 `IMPLAUSIBLE_VALUE` unless the keeper
 * confirmed it (`confirmImplausible: true`), and is then judged CRITICAL. Nothing is saved on a 400.
 */
export function checkedReadings(request: SaveManualTestDto, elements: ReadonlyMap<string, TestElementRow>): CheckedReading[] {
  const problems: string[] = [];
  const readings = request.elements.map((reading, i): CheckedReading => {
    const element = elements.get(reading.elementId)!;
    const converted = toElementUnit(reading.value, reading.unit, element, convert);
    if ('problem' in converted) {
      problems.push(`elements[${i}].unit: ${converted.problem}`);
      return { element, value: reading.value };
    }
    const bounds = plausibleInUnit(element);
    return withoutUndefined({
      element,
      value: converted.value,
      entered:
        converted.value !== reading.value || reading.unit !== undefined
          ? { value: reading.value, unit: reading.unit ?? element.unit }
          : undefined,
      implausible: isImplausible(converted.value, bounds) ? bounds : undefined,
    });
  });
  if (problems.length > 0)
    throw new InvalidRequestError(`The test cannot be saved: ${problems.join('; ')}`, { problems, field: problems[0].split(':')[0] });
  const implausible = readings.flatMap((r, i) => (r.implausible ? [{ i, r, bounds: r.implausible }] : []));
  if (implausible.length > 0 && request.confirmImplausible !== true) {
    const said = implausible.map(
      ({ r, bounds }) => `${r.element.name} ${r.value} ${r.element.unit} (a reef tank holds ${plausibleText(bounds)})`,
    );
    throw new DomainError(
      'IMPLAUSIBLE_VALUE',
      `Check the value or the unit: ${said.join('; ')}. Save again with confirmImplausible: true to keep ${implausible.length === 1 ? 'it' : 'them'}.`,
      {
        field: `elements[${implausible[0].i}].value`,
        elements: implausible.map(({ i, r, bounds }) => ({
          index: i,
          elementId: r.element.elementId,
          name: r.element.name,
          value: r.value,
          unit: r.element.unit,
          plausible: bounds,
        })),
      },
    );
  }
  return readings;
}

/**
 * Creates and replaces manual tests: every reading evaluated on save, the header and all element rows
 * written in one transaction (a replace also deletes rows of elements no longer in the test and is
 * conditioned on the version it read), then the Reef Review hook is told.
 */
@Injectable()
export class ManualTestService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly targets: TargetRangeService,
    private readonly rows: TestRowsRepository,
    private readonly reader: TestDetailReader,
    private readonly features: CallerFeatures,
    private readonly reviews: ManualTestReviewHook,
    private readonly clock: Clock,
    private readonly usage: UsageEventRepository,
  ) {}

  async save(userId: string, request: SaveManualTestDto): Promise<{ test: TestDetail; reviewId?: string }> {
    const tank = await this.tanks.requireOwnedTank(userId, request.tankId);
    const existing = request.testId ? await this.requireManualTest(userId, tank.tankId, request.testId) : undefined;
    const elements = await this.requireElements(
      tank,
      request.elements.map((e) => e.elementId),
    );
    const ranges = await this.targets.resolveFor(userId, tank.tankId);

    const now = this.clock.now().toISOString();
    const testId = existing ? String(existing.header.test_id) : randomUUID();
    const header: TestHeader = {
      testId,
      userId,
      tankId: tank.tankId,
      kind: 'MANUAL',
      status: 'DONE',
      testDate: request.date,
      createdAt: existing ? String(existing.header.created_at) : now,
      updatedAt: now,
    };
    const version = Number(existing?.header.version ?? 0);
    const headerItem = withoutUndefined({
      ...toHeaderItem(header),
      notes: request.notes?.trim() || undefined,
      completed_at: now,
      version: version + 1,
    });
    const readings = checkedReadings(request, elements);
    const elementItems = readings.map((r) =>
      manualElementItem(testId, r.element, r.value, rangeInUnit(ranges.get(r.element.elementId), r.element.unit), now, r),
    );
    const kept = new Set(elementItems.map((i) => i.item));
    const removed = (existing?.elements ?? []).map((r) => String(r.item)).filter((item) => !kept.has(item));
    await this.write(headerItem, elementItems, removed, existing ? version : undefined);
    // Counted for the admin's usage patterns; a failure must not fail the keeper's save.
    if (!existing)
      await this.usage
        .recordActivity('MANUAL_TEST', { userId, tankId: tank.tankId, correlationId: testId }, this.clock.now())
        .catch((error: unknown) => logger.warn('Manual test not counted', { error: error as Error }));

    const hookReviewId = await this.reviews.onManualTestSaved({ userId, tankId: tank.tankId, testId });
    const test = await this.reader.detail(userId, tank.tankId, testId, await this.features.of(userId));
    const reviewId = hookReviewId ?? test.reviewId;
    return reviewId ? { test, reviewId } : { test };
  }

  private async requireManualTest(userId: string, tankId: string, testId: string): Promise<StoredTest> {
    const test = await this.rows.test(testId);
    if (!test || test.header.user_id !== userId || test.header.tank_id !== tankId) throw new NotFoundError('Test');
    if (test.header.kind !== 'MANUAL')
      throw new InvalidRequestError('Only manual tests can be saved here; an ICP test keeps the values of its report', { field: 'testId' });
    return test;
  }

  /** The tank's test catalogue entries for the ids, or a 400 naming every unknown or repeated id. */
  private async requireElements(tank: TankRecord, elementIds: readonly string[]): Promise<Map<string, TestElementRow>> {
    const [manual, lab] = await Promise.all([this.catalog.panel('MANUAL'), this.catalog.panel(tank.defaultLab)]);
    const catalogue = new Map(selectableTestElements([...manual, ...lab]).map((r) => [r.elementId, r]));
    const unknown = elementIds.filter((id) => !catalogue.has(id));
    const repeated = elementIds.filter((id, i) => elementIds.indexOf(id) !== i);
    const problems = [
      ...unknown.map((id) => `unknown element "${id}": pick one from /test/elements/list`),
      ...[...new Set(repeated)].map((id) => `element "${id}" appears more than once`),
    ];
    if (problems.length > 0) throw new InvalidRequestError(`The test cannot be saved: ${problems.join('; ')}`, { problems });
    return new Map(elementIds.map((id) => [id, catalogue.get(id)!]));
  }

  /** Header, element rows and deletions in one transaction: a test is saved whole or not at all. */
  private async write(
    header: Item,
    elements: readonly Item[],
    removedItems: readonly string[],
    seenVersion: number | undefined,
  ): Promise<void> {
    const table = tableName('test-history');
    const condition =
      seenVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(test_id)' }
        : seenVersion === 0
          ? { ConditionExpression: 'kind = :manual AND attribute_not_exists(version)', ExpressionAttributeValues: { ':manual': 'MANUAL' } }
          : {
              ConditionExpression: 'kind = :manual AND version = :seen',
              ExpressionAttributeValues: { ':manual': 'MANUAL', ':seen': seenVersion },
            };
    const items: TransactItem[] = [
      { Put: { TableName: table, Item: header, ...condition } },
      ...elements.map((Item) => ({ Put: { TableName: table, Item } })),
      ...removedItems.map((item) => ({ Delete: { TableName: table, Key: { test_id: header.test_id, item } } })),
    ];
    if (items.length > MAX_TRANSACTION_ITEMS) throw new InvalidRequestError('This test has too many elements to save at once');
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
        throw new DomainError('CONFLICT', 'This test was changed at the same moment; open it again and repeat your change');
      }
      throw error;
    }
  }
}
