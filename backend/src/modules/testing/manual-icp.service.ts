import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { ExtractedElement, ExtractedReport } from '../../domain/extraction';
import { validateExtraction } from '../../domain/extraction';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { type TestElementRow, ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import type { SaveManualIcpDto } from './dto/manual-icp.dto';
import { problemSentences } from './extraction-messages';
import { FailedTestService } from './failed-test.service';
import { IcpReportIntake } from './icp-report-intake';
import { toHeaderItem } from './repositories/test-history.repository';
import type { TestHeader } from './test-history.types';

const printedOf = (value: number) => String(value);

/** One row of the manual entry form. */
export interface ManualIcpPanelRow {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly category: string;
  readonly source: 'tank' | 'rodi';
  /** Validation needs it on every report of this lab; left out, it shows as MISSING. */
  readonly required: boolean;
}

function rowOf(seed: TestElementRow, row: SaveManualIcpDto['elements'][number]): ExtractedElement {
  const notDetected = row.notDetected === true;
  return {
    printedName: seed.name,
    elementId: seed.elementId,
    canonical: seed.canonical,
    category: seed.category as ExtractedElement['category'],
    source: seed.source,
    displayName: seed.name,
    value: notDetected ? null : (row.value as number),
    printed: notDetected ? (row.detectionLimit === undefined ? 'n.n.' : `< ${row.detectionLimit}`) : printedOf(row.value as number),
    unit: seed.unit,
    nonDetect: notDetected,
    ...(notDetected && row.detectionLimit !== undefined ? { detectionLimit: row.detectionLimit } : {}),
  };
}

/**
 * A lab report typed in by the keeper, for a report RaM could not read: saved as an ICP test of that
 * lab with its analysis number and sample date, checked against the lab's panel like an upload, and
 * evaluated by the same pipeline (corrections, draft program, Reef Review). A failed upload of the
 * same report can be replaced by it.
 */
@Injectable()
export class ManualIcpService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly intake: IcpReportIntake,
    private readonly failedTests: FailedTestService,
    private readonly clock: Clock,
  ) {}

  async save(userId: string, request: SaveManualIcpDto): Promise<{ testId: string; status: 'IN_PROGRESS' }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    const report = await this.reportOf(request);
    const verdict = validateExtraction(report, await this.catalog.panel(request.lab));
    if (!verdict.ok) throw new InvalidRequestError(problemSentences(verdict.problems), { problems: verdict.problems });

    const now = this.clock.now();
    const header: TestHeader = {
      testId: randomUUID(),
      userId,
      tankId: request.tankId,
      kind: 'ICP',
      lab: request.lab,
      status: 'PROCESSING',
      testDate: request.sampleDate,
      fileName: 'typed in',
      analysisNumber: request.analysisNumber,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await dynamo().send(
      new PutCommand({
        TableName: tableName('test-history'),
        Item: toHeaderItem(header),
        ConditionExpression: 'attribute_not_exists(test_id)',
      }),
    );
    await this.intake.accept(header, report);
    if (request.replacesTestId) await this.failedTests.remove(userId, request.tankId, request.replacesTestId).catch(() => undefined);
    return { testId: header.testId, status: 'IN_PROGRESS' };
  }

  /**
   * Why the report would be refused, in the keeper's words, without saving anything (the CSV import
   * previews with it); undefined when it would be saved.
   */
  async refusalOf(request: SaveManualIcpDto): Promise<string | undefined> {
    try {
      const verdict = validateExtraction(await this.reportOf(request), await this.catalog.panel(request.lab));
      return verdict.ok ? undefined : problemSentences(verdict.problems);
    } catch (error) {
      if (error instanceof InvalidRequestError) return error.message;
      throw error;
    }
  }

  /** The lab's panel as the form lists it: tank rows, then RO rows, in the lab's display order. */
  async panel(userId: string, tankId: string, lab: string): Promise<{ lab: string; elements: ManualIcpPanelRow[] }> {
    await this.tanks.requireOwnedTank(userId, tankId);
    const rows = [...(await this.catalog.panel(lab))].sort(
      (a, b) => Number(a.source === 'rodi') - Number(b.source === 'rodi') || a.displayOrder - b.displayOrder,
    );
    return {
      lab,
      elements: rows.map((r) => ({
        elementId: r.elementId,
        name: r.name,
        unit: r.unit,
        category: r.category,
        source: r.source,
        required: r.validationRequired,
      })),
    };
  }

  private async reportOf(request: SaveManualIcpDto): Promise<ExtractedReport> {
    const panel = new Map((await this.catalog.panel(request.lab)).map((row) => [row.elementId, row]));
    const typed = new Set<string>();
    const elements = request.elements.map((row) => {
      const seed = panel.get(row.elementId);
      if (!seed) throw new InvalidRequestError(`${row.elementId} is not on the ${request.lab} panel`);
      if (typed.has(row.elementId)) throw new InvalidRequestError(`${seed.name} is entered twice: keep one value`);
      typed.add(row.elementId);
      if (row.notDetected !== true && row.value === undefined)
        throw new InvalidRequestError(`${seed.name} needs a value, or mark it as not detected`);
      return rowOf(seed, row);
    });
    return {
      lab: request.lab,
      analysisNumber: request.analysisNumber,
      sampleDate: request.sampleDate,
      tankMeasurements: {},
      elements,
      skippedRows: [],
    };
  }
}
