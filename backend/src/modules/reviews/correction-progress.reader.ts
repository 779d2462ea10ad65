import { Injectable } from '@nestjs/common';
import { addDays, localDateOf } from '../../domain/dosing';
import { type Progress, correctionProgress } from '../../domain/reviews';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { DoseDayRepository } from '../dosing/dose-day.repository';

/** Days after a test within which its corrections' dose rows are looked for. */
const PROGRESS_WINDOW_DAYS = 90;

/**
 * How far each one-time correction of a test has got, from the tank's dose history: this test's
 * ICP-correction rows dated from the test day to the tank's today. Shared by Reef Review and the
 * ICP detail, so both always show the same count.
 */
@Injectable()
export class CorrectionProgressReader {
  constructor(
    private readonly doseDays: DoseDayRepository,
    private readonly clock: Clock,
  ) {}

  async progress(tank: TankRecord, test: { testId: string; testDate: string }, corrections: readonly { elementId: string; days: number }[]): Promise<Map<string, Progress>> {
    if (corrections.length === 0) return new Map();
    const today = localDateOf(this.clock.now(), tank.timezone);
    const longest = Math.max(...corrections.map((c) => c.days));
    const to = [today, addDays(test.testDate, longest + PROGRESS_WINDOW_DAYS)].sort()[0];
    const rows =
      to < test.testDate
        ? []
        : (await this.doseDays.list(tank, { from: test.testDate, to })).days.flatMap((d) =>
            Object.values(d.entries).map((e) => ({ date: d.date, testId: e.testId, elementId: e.elementId, dayIndex: e.dayIndex, source: e.source })),
          );
    return new Map(corrections.map((c) => [c.elementId, correctionProgress({ testId: test.testId, testDate: test.testDate, elementId: c.elementId, days: c.days, today }, rows)]));
  }
}
