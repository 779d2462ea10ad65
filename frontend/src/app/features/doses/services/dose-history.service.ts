import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { LoadState } from '../../../shared/load-state';
import { IsoDate, addDays } from '../../../shared/tank-calendar';
import {
  FORM_STATUSES,
  Outcome,
  outcomeOf,
  readState,
  recordState,
} from '../../../core/api/api-outcome';
import { DoseDay, DosePage, DoseToLog } from './dose-day';
import { Month, monthRange } from './dose-month';

interface DayAnswer {
  readonly tankId: string;
  readonly date: IsoDate;
  readonly entries: DoseDay['entries'];
  readonly planned?: boolean;
}

const dayOf = ({ date, entries, planned }: DayAnswer): DoseDay =>
  planned === undefined ? { date, entries } : { date, entries, planned };

/**
 * The tank's dose history: read it by day or page, log doses (over several days), delete one,
 * confirm a planned one given early.
 */
@Injectable({ providedIn: 'root' })
export class DoseHistoryService {
  private readonly api = inject(ApiClient);

  /** Dose days newest first; with `before`, the days older than that date. */
  page(tankId: string, before?: IsoDate): Observable<LoadState<DosePage>> {
    const body = before ? { tankId, to: addDays(before, -1) } : { tankId };
    return readState(
      this.api
        .post<{ days: readonly DayAnswer[]; hasMore: boolean }>('/dose/history/list', body)
        .pipe(map((answer) => ({ days: answer.days.map(dayOf), hasMore: answer.hasMore }))),
      'Your dose history could not be loaded.',
    );
  }

  /** Every dose day of one month, newest first. */
  month(tankId: string, month: Month): Observable<LoadState<DosePage>> {
    const { from, to } = monthRange(month);
    return readState(
      this.api
        .post<{ days: readonly DayAnswer[]; hasMore: boolean }>('/dose/history/list', {
          tankId,
          from,
          to,
          limit: 31,
        })
        .pipe(map((answer) => ({ days: answer.days.map(dayOf), hasMore: answer.hasMore }))),
      'Your dose history could not be loaded.',
    );
  }

  /** One dose day; null when nothing is logged on it. */
  day(tankId: string, date: IsoDate): Observable<LoadState<DoseDay | null>> {
    return recordState(
      this.api
        .post<DayAnswer>('/dose/history', { tankId, date }, { handles: [404] })
        .pipe(map(dayOf)),
      'That day could not be loaded.',
    );
  }

  /**
   * Logs doses from `date`; a dose with `days` > 1 is logged on that many consecutive days. The
   * answer holds every day that changed, with all its entries.
   */
  async log(
    tankId: string,
    date: IsoDate,
    doses: readonly DoseToLog[],
  ): Promise<Outcome<DoseDay[]>> {
    const entries = doses.map(({ days, ...dose }) => (days > 1 ? { ...dose, days } : dose));
    const outcome = await outcomeOf(
      this.api.post<{ days: readonly DayAnswer[] }>(
        '/dose/history/save',
        { tankId, date, entries },
        { handles: FORM_STATUSES },
      ),
    );
    return outcome.ok ? { ok: true, value: outcome.value.days.map(dayOf) } : outcome;
  }

  /** Deletes one entry of a day; the answer is what is left of that day (no entries when nothing is). */
  async remove(tankId: string, date: IsoDate, entryId: string): Promise<Outcome<DoseDay>> {
    const outcome = await outcomeOf(
      this.api.post<{ day: DayAnswer | null }>(
        '/dose/history/delete',
        { tankId, date, entryId },
        { handles: FORM_STATUSES },
      ),
    );
    if (!outcome.ok) return outcome;
    return {
      ok: true,
      value: outcome.value.day ? dayOf(outcome.value.day) : { date, entries: [] },
    };
  }

  /**
   * Confirms a planned dose (a later day of a multi-day dose) as given today, before its day; the
   * answer is the day with that dose given.
   */
  async confirmEarly(tankId: string, date: IsoDate, entryId: string): Promise<Outcome<DoseDay>> {
    const outcome = await outcomeOf(
      this.api.post<DayAnswer>(
        '/dose/history/confirm',
        { tankId, date, entryId },
        { handles: FORM_STATUSES },
      ),
    );
    return outcome.ok ? { ok: true, value: dayOf(outcome.value) } : outcome;
  }
}
