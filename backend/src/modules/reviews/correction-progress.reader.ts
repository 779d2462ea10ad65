import { Injectable } from '@nestjs/common';
import { addDays, localDateOf } from '../../domain/dosing';
import { type Progress, correctionProgress } from '../../domain/reviews';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { DoseDayRepository } from '../dosing/dose-day.repository';

/**
 * How far each one-time correction of a test has got, from the tank's dose history: this test's
 * ICP-correction rows from the test day to the correction's last day (given once their day comes or
 * when the keeper confirms them early). Only the days an applied
 * correction covers are read (its start date is kept on the element row when it is applied), so an
 * old test costs no more than a new one. Shared by Reef Review and the ICP detail.
 */
@Injectable()
export class CorrectionProgressReader {
  constructor(
    private readonly doseDays: DoseDayRepository,
    private readonly clock: Clock,
  ) {}

  async progress(
    tank: TankRecord,
    test: { testId: string; testDate: string },
    corrections: readonly { elementId: string; days: number; startDate?: string }[],
  ): Promise<Map<string, Progress>> {
    if (corrections.length === 0) return new Map();
    const today = localDateOf(this.clock.now(), tank.timezone);
    const applied = corrections.filter((c): c is typeof c & { startDate: string } => c.startDate !== undefined);
    const from = applied.map((c) => c.startDate).sort()[0];
    // Up to the last day of the longest correction: a planned day confirmed early counts already.
    const to = applied
      .map((c) => addDays(c.startDate, c.days - 1))
      .sort()
      .at(-1);
    const rows =
      !from || !to || to < from
        ? []
        : (await this.doseDays.list(tank, { from, to })).days.flatMap((d) =>
            Object.values(d.entries).map((e) => ({
              date: d.date,
              testId: e.testId,
              elementId: e.elementId,
              dayIndex: e.dayIndex,
              source: e.source,
              confirmedAt: e.confirmedAt,
            })),
          );
    return new Map(
      corrections.map((c) => [
        c.elementId,
        correctionProgress({ testId: test.testId, testDate: test.testDate, elementId: c.elementId, days: c.days, today }, rows),
      ]),
    );
  }
}
