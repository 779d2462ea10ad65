import { Injectable } from '@nestjs/common';
import { canonicalFor, convert } from '../../domain/canon';
import { localDateOf } from '../../domain/dosing/calendar';
import {
  type ExistingTest,
  type ImportCatalogue,
  type ImportPlan,
  type PlannedTest,
  planImport,
  readReadingFile,
  repeatedIn,
  withoutTest,
} from '../../domain/imports';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import { ICP_LABS, type IcpLab, type TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { selectableTestElements } from '../reference/test-catalogue';
import type { SaveManualIcpDto } from './dto/manual-icp.dto';
import type { ReadingImportDto } from './dto/reading-import.dto';
import { ManualIcpService } from './manual-icp.service';
import { ManualTestService, plausibleInUnit } from './manual-test.service';
import { TestRowsRepository } from './repositories/test-rows.repository';

/** What the preview answers: every line read, and the tests a save would make. */
export type ImportPreview = ImportPlan & { readonly summary: ImportSummary };

export interface ImportSummary {
  readonly readings: number;
  readonly importable: number;
  readonly problems: number;
  readonly tests: number;
}

export interface SavedImportTest {
  readonly testId: string;
  readonly kind: PlannedTest['kind'];
  readonly date: string;
  readonly readings: number;
}

export interface ImportSaved {
  readonly saved: readonly SavedImportTest[];
  readonly summary: ImportSummary;
  /** Lines left out, each with its problem. */
  readonly skipped: ImportPlan['rows'];
}

const summaryOf = (plan: ImportPlan): ImportSummary => ({
  readings: plan.rows.length,
  importable: plan.rows.filter((r) => r.status === 'ok').length,
  problems: plan.rows.filter((r) => r.status === 'error').length,
  tests: plan.tests.length,
});

/**
 * Readings from a CSV into the tank's tests: the preview reads the file and says what each line
 * becomes; the save reads it again (nothing is kept between the two), refuses the whole file with a
 * 400 when nothing in it can be imported, and otherwise saves each test through the same services
 * as a test typed in, leaving out the lines with problems.
 */
@Injectable()
export class ReadingImportService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly manualTests: ManualTestService,
    private readonly manualIcp: ManualIcpService,
    private readonly rows: TestRowsRepository,
    private readonly clock: Clock,
  ) {}

  async preview(userId: string, request: ReadingImportDto): Promise<ImportPreview> {
    const tank = await this.tanks.requireOwnedTank(userId, request.tankId);
    const plan = await this.planFor(tank, request.csv);
    return { ...plan, summary: summaryOf(plan) };
  }

  async save(userId: string, request: ReadingImportDto): Promise<ImportSaved> {
    const tank = await this.tanks.requireOwnedTank(userId, request.tankId);
    const plan = await this.planFor(tank, request.csv);
    if (plan.refused) throw new InvalidRequestError(`Nothing was imported: ${plan.refused}`, { field: 'csv' });
    const saved: SavedImportTest[] = [];
    for (const test of plan.tests) {
      const testId =
        test.kind === 'ICP'
          ? (await this.manualIcp.save(userId, this.icpRequest(tank, test))).testId
          : (
              await this.manualTests.save(userId, {
                tankId: tank.tankId,
                date: test.date,
                elements: test.readings.map((r) => ({ elementId: r.elementId, value: r.value! })),
              })
            ).test.id;
      saved.push({ testId, kind: test.kind, date: test.date, readings: test.readings.length });
    }
    logger.info('Readings imported', { userId, tankId: tank.tankId, tests: saved.length, layout: plan.layout, fileName: request.fileName });
    return { saved, summary: summaryOf(plan), skipped: plan.rows.filter((r) => r.status === 'error') };
  }

  private async planFor(tank: TankRecord, csv: string): Promise<ImportPlan> {
    const file = readReadingFile(csv);
    if ('refused' in file) throw new InvalidRequestError(`The file cannot be imported: ${file.refused}`, { field: 'csv' });
    const today = localDateOf(this.clock.now(), tank.timezone);
    let plan = planImport(file, await this.catalogueOf(tank), { canonicalOf: canonicalFor, convert, plausibleFor: plausibleInUnit, today });
    // A lab report is held to the lab's own rules (elements it always reports) before anything is saved.
    for (let i = plan.tests.length - 1; i >= 0; i--) {
      const test = plan.tests[i]!;
      const refusal = test.kind === 'ICP' ? await this.manualIcp.refusalOf(this.icpRequest(tank, test)) : undefined;
      if (refusal) plan = withoutTest(plan, i, refusal);
    }
    // A file imported again adds nothing: tests the tank already holds, reading for reading, are left out.
    const existing = await this.existingTests(tank, plan.tests);
    for (let i = plan.tests.length - 1; i >= 0; i--) {
      const test = plan.tests[i]!;
      if (repeatedIn(test, existing))
        plan = withoutTest(
          plan,
          i,
          `already saved: the ${test.kind === 'ICP' ? 'lab report' : 'manual test'} of ${test.date} holds these readings`,
        );
    }
    return plan;
  }

  /** The tank's tests on the days the plan names, with their values (newest tests first, bounded by the index read). */
  private async existingTests(tank: TankRecord, tests: readonly PlannedTest[]): Promise<ExistingTest[]> {
    if (tests.length === 0) return [];
    const days = new Set(tests.map((t) => t.date));
    const from = [...days].sort()[0];
    const headers = (await this.rows.headersSince(tank.userId, tank.tankId, from)).filter(
      (h) => days.has(String(h.test_date)) && h.status !== 'ERROR',
    );
    const stored = await Promise.all(headers.map((h) => this.rows.test(String(h.test_id))));
    return stored.flatMap((t) =>
      t
        ? [
            {
              testId: String(t.header.test_id),
              kind: t.header.kind as PlannedTest['kind'],
              date: String(t.header.test_date),
              values: new Map(t.elements.map((e) => [String(e.element_id), (e.value as number | null | undefined) ?? null])),
            },
          ]
        : [],
    );
  }

  private icpRequest(tank: TankRecord, test: PlannedTest): SaveManualIcpDto {
    return {
      tankId: tank.tankId,
      lab: test.lab as IcpLab,
      analysisNumber: test.analysisNumber ?? `CSV ${test.date}`,
      sampleDate: test.date,
      elements: test.readings.map((r) =>
        r.notDetected
          ? { elementId: r.elementId, notDetected: true, detectionLimit: r.detectionLimit }
          : { elementId: r.elementId, value: r.value! },
      ),
    };
  }

  /** The elements a manual test of this tank takes (as `/test/history/save` checks them), and each lab's panel. */
  private async catalogueOf(tank: TankRecord): Promise<ImportCatalogue> {
    const [manual, ...labs] = await Promise.all([this.catalog.panel('MANUAL'), ...ICP_LABS.map((lab) => this.catalog.panel(lab))]);
    const own = labs[ICP_LABS.indexOf(tank.defaultLab)] ?? [];
    return {
      manual: selectableTestElements([...manual, ...own]),
      // Tank rows first, so a name finds the tank-water element before its RO row; RaM's export names RO rows by id.
      labs: Object.fromEntries(
        ICP_LABS.map((lab, i) => [lab, [...labs[i]!].sort((a, b) => Number(a.source === 'rodi') - Number(b.source === 'rodi'))]),
      ),
    };
  }
}
