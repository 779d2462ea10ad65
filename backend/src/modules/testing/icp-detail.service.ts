import { Injectable } from '@nestjs/common';
import type { Correction } from '../../domain/corrections/correction';
import type { Progress } from '../../domain/reviews';
import { NotFoundError } from '../../shared/errors/domain-error';
import { TankAccess } from '../account/tank-access';
import { ProgramRepository } from '../dosing/program.repository';
import { DailyDoseDraftProgramService, draftProgramId } from '../drafts';
import { CorrectionProgressReader } from '../reviews/correction-progress.reader';
import { CorrectionResizer, waitsForVolume } from '../reviews/correction-resizer';
import { IcpCompletionService } from '../reviews/icp-completion.service';
import { TargetRangeService } from '../targets/target-range.service';
import { CallerFeatures } from './caller-features';
import { LaterReadingsReader, type SupersedingReading } from './repositories/later-readings.reader';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { TestDetailReader } from './test-detail.reader';

export interface CorrectionLine {
  readonly elementId: string;
  readonly name: string;
  readonly unit: 'ml';
  readonly dailyAmount: number;
  readonly days: number;
  readonly totalAmount: number;
  readonly product: string;
  readonly progress: Progress;
  /** A newer test measured the element again: the correction was sized from a reading the tank no longer has. */
  readonly supersededBy?: SupersedingReading;
}

/**
 * `POST /test/history/icp`: the ICP test with its evaluated elements, the corrections to apply (with
 * progress), and the draft program (Pro-equivalent only). A finished test whose draft or review is
 * missing (a failure after DONE) gets them here, as the draft service is shared with icp-evaluate.
 */
@Injectable()
export class IcpDetailService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly callerFeatures: CallerFeatures,
    private readonly reader: TestDetailReader,
    private readonly completion: IcpCompletionService,
    private readonly drafts: DailyDoseDraftProgramService,
    private readonly programs: ProgramRepository,
    private readonly progress: CorrectionProgressReader,
    private readonly targets: TargetRangeService,
    private readonly headers: TestHistoryRepository,
    private readonly later: LaterReadingsReader,
    private readonly resizer: CorrectionResizer,
  ) {}

  async detail(userId: string, tankId: string, testId: string) {
    const tank = await this.tanks.requireOwnedTank(userId, tankId);
    const features = await this.callerFeatures.of(userId);
    let read = await this.reader.detailWithRows(userId, tankId, testId, features);
    // Corrections that waited for the first set-up are sized once the tank is confirmed.
    if (tank.setupConfirmed && read.rows.some(waitsForVolume) && (await this.resizer.resize(tank, [testId])).length > 0) {
      read = await this.reader.detailWithRows(userId, tankId, testId, features);
    }
    let test = read.detail;
    if (test.kind !== 'ICP') throw new NotFoundError('ICP test');

    let draft: string | undefined;
    if (test.status === 'DONE') {
      const neverDrafted = features.draftPrograms && (await this.drafts.getSuggestions(draftProgramId(testId))) === undefined;
      if (!test.reviewId || neverDrafted) {
        const done = await this.completion.complete(testId);
        if (done.reviewId) test = { ...test, reviewId: done.reviewId };
      }
      // A draft the keeper deleted stays deleted: only an existing program is linked.
      if (features.draftPrograms && (await this.programs.get(draftProgramId(testId)))) draft = draftProgramId(testId);
    }

    const doses = test.elements.flatMap((e) =>
      e.correction?.kind === 'DOSE' && e.status === 'LOW'
        ? [{ element: e, correction: e.correction as Extract<Correction, { kind: 'DOSE' }> }]
        : [],
    );
    // The date an applied correction started is kept on its element row, not in the API view.
    const starts = new Map(
      read.rows.map((row) => [String(row.element_id), typeof row.correction_start === 'string' ? row.correction_start : undefined]),
    );
    const header = doses.length ? await this.headers.header(testId) : undefined;
    const [progress, ranges, superseded] = await Promise.all([
      this.progress.progress(
        tank,
        { testId, testDate: test.date },
        doses.map((d) => ({ elementId: d.element.elementId, days: d.correction.days, startDate: starts.get(d.element.elementId) })),
      ),
      doses.length ? this.targets.resolveFor(userId, tankId) : Promise.resolve(new Map()),
      header
        ? this.later.supersedingReadings(header, new Map(doses.map((d) => [d.element.elementId, d.element.unit])))
        : Promise.resolve(new Map<string, SupersedingReading>()),
    ]);
    const corrections: CorrectionLine[] = doses.map(({ element, correction }) => {
      const strength = ranges.get(element.elementId)?.correction?.productConcentration;
      return {
        elementId: element.elementId,
        name: element.name,
        unit: 'ml',
        dailyAmount: correction.dailyMl,
        days: correction.days,
        totalAmount: correction.totalMl,
        product: `${element.name} single-element solution${strength ? ` (${strength} mg ${element.name.toLowerCase()} per ml)` : ''}`,
        progress: progress.get(element.elementId)!,
        ...(superseded.has(element.elementId) ? { supersededBy: superseded.get(element.elementId)! } : {}),
      };
    });
    return {
      test,
      corrections,
      ...(draft ? { draftProgramId: draft } : {}),
      features,
      ...(tank.setupConfirmed ? {} : { setupNeeded: true }),
    };
  }
}
