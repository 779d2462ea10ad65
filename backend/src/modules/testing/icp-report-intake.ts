import { Injectable } from '@nestjs/common';
import { type ExtractedReport, type ExtractionVerdict, validateExtraction } from '../../domain/extraction';
import { Clock } from '../account/clock';
import type { TestElementRow } from '../reference/reference-catalog.repository';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { sendEvaluationMessages } from './evaluation-messages';
import { TestElementRowsRepository } from './repositories/test-element-rows.repository';
import type { TestHeader } from './test-history.types';

/**
 * Takes an ICP report into a test, the same way whether it was read from a PDF or typed in by the
 * keeper: IN_PROGRESS with its metadata, validated against the lab's panel, then element rows and
 * MISSING placeholders, one evaluation message per tank element, and the count to wait for. An
 * invalid report writes no element row and sends no message.
 */
@Injectable()
export class IcpReportIntake {
  constructor(
    private readonly rows: TestElementRowsRepository,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly clock: Clock,
  ) {}

  async accept(header: TestHeader, report: ExtractedReport): Promise<ExtractionVerdict<TestElementRow>> {
    const now = this.clock.now();
    await this.rows.markInProgress(header.testId, report, header.testDate, now);
    const verdict = validateExtraction(report, await this.catalog.panel(report.lab));
    if (!verdict.ok) return verdict;
    await this.rows.writeElements(header.testId, report.elements, verdict.missing, now);
    const tankElements = report.elements.filter((e) => e.source === 'tank');
    await sendEvaluationMessages(
      tankElements.map((e) => ({ testId: header.testId, userId: header.userId, tankId: header.tankId, elementId: e.elementId })),
    );
    await this.rows.markFannedOut(header.testId, tankElements.length, this.clock.now());
    return verdict;
  }
}
