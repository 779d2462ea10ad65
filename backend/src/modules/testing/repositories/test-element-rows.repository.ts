import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchPutAll } from '../../../shared/aws/batch-put';
import { Injectable } from '@nestjs/common';
import type { ExtractedElement, ExtractedReport } from '../../../domain/extraction';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import type { TestElementRow } from '../../reference/reference-catalog.repository';
import { HEADER_ITEM } from '../test-history.types';

/** Element row states: waiting for evaluation, RO/RODI water (shown, never corrected), or expected but absent. */
export type ElementRowStatus = 'PENDING' | 'RO' | 'MISSING';

export const elementItem = (elementId: string): string => `ELEMENT#${elementId}`;

function extractedRow(testId: string, e: ExtractedElement, now: string): Record<string, unknown> {
  return {
    test_id: testId,
    item: elementItem(e.elementId),
    element_id: e.elementId,
    canonical: e.canonical,
    display_name: e.displayName,
    printed_name: e.printedName,
    category: e.source === 'rodi' ? 'osmose' : e.category,
    source: e.source,
    value: e.value,
    printed: e.printed,
    unit: e.unit,
    non_detect: e.nonDetect,
    detection_limit: e.detectionLimit,
    reference_low: e.referenceRange?.low,
    reference_high: e.referenceRange?.high,
    status: (e.source === 'rodi' ? 'RO' : 'PENDING') satisfies ElementRowStatus,
    created_at: now,
  };
}

function missingRow(testId: string, row: TestElementRow, now: string): Record<string, unknown> {
  return {
    test_id: testId,
    item: elementItem(row.elementId),
    element_id: row.elementId,
    canonical: row.canonical,
    display_name: row.name,
    category: row.category,
    source: row.source,
    value: null,
    unit: row.unit,
    status: 'MISSING' satisfies ElementRowStatus,
    created_at: now,
  };
}

/** Writes what extraction found onto a test: header metadata and one row per element. */
@Injectable()
export class TestElementRowsRepository {
  /** Moves the header to IN_PROGRESS with the report's canonical metadata (from the PDF text). */
  async markInProgress(testId: string, report: ExtractedReport, fallbackDate: string, now: Date): Promise<void> {
    const testDate = report.sampleDate ?? fallbackDate;
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName('test-history'),
        Key: { test_id: testId, item: HEADER_ITEM },
        UpdateExpression:
          'SET #s = :inProgress, lab = :lab, analysis_number = :an, test_date = :date, test_date_id = :dateId, tank_measurements = :tank, skipped_rows = :skipped, updated_at = :now',
        ConditionExpression: '#s IN (:processing, :inProgress)',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':inProgress': 'IN_PROGRESS',
          ':processing': 'PROCESSING',
          ':lab': report.lab,
          ':an': report.analysisNumber ?? null,
          ':date': testDate,
          ':dateId': `${testDate}#${testId}`,
          ':tank': report.tankMeasurements,
          ':skipped': report.skippedRows,
          ':now': now.toISOString(),
        },
      }),
    );
  }

  /** Element rows for every extracted row plus MISSING placeholders, idempotent (deterministic keys). */
  async writeElements(
    testId: string,
    extracted: readonly ExtractedElement[],
    missing: readonly TestElementRow[],
    now: Date,
  ): Promise<void> {
    const at = now.toISOString();
    const items = [...extracted.map((e) => extractedRow(testId, e, at)), ...missing.map((m) => missingRow(testId, m, at))];
    await batchPutAll(items.map((item) => ({ table: tableName('test-history'), item })));
  }

  /** Records how many evaluations the test waits for, once its messages are sent. */
  async markFannedOut(testId: string, expected: number, now: Date): Promise<void> {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName('test-history'),
        Key: { test_id: testId, item: HEADER_ITEM },
        UpdateExpression:
          'SET expected_elements = :n, evaluated_elements = if_not_exists(evaluated_elements, :zero), fanned_out_at = :now, updated_at = :now',
        ExpressionAttributeValues: { ':n': expected, ':zero': 0, ':now': now.toISOString() },
      }),
    );
  }
}
