import { Injectable } from '@nestjs/common';
import { type DayChange, type DoseEntries, type DosesByDate, type IsoDate, planDoseDay } from '../../domain/dosing';
import { type StoredDoseDay, emptyDoseDay } from './dose-day.mapper';
import { DoseDayChangedError, DoseDayRepository } from './dose-day.repository';
import type { TankRef } from './tank-ref';

/** What a writer wants done to a day, given the entries it has now. */
export type DayEdit = (entries: DoseEntries) => DayChange;

export interface WrittenDay {
  readonly date: IsoDate;
  /** The day's entries after the edit (empty when it holds none). */
  readonly entries: DoseEntries;
  /** False when the edit changed nothing, so nothing was written. */
  readonly changed: boolean;
}

const ATTEMPTS = 6;
const PARALLEL_DAYS = 4;

/**
 * The only way dose days change. Manual saves and deletes, program backfills, the nightly schedule
 * and ICP corrections all come through here, so the merge rule ({@link planDoseDay}), the
 * idempotency (an edit that changes nothing writes nothing) and the tank aggregates live in one place.
 * Each day is written with its aggregates in one transaction, guarded by the version it was read
 * at; a concurrent writer makes it read again and re-apply the edit.
 */
@Injectable()
export class DoseWriter {
  constructor(private readonly days: DoseDayRepository) {}

  async apply(tank: TankRef, edits: ReadonlyMap<IsoDate, DayEdit>, now: Date): Promise<WrittenDay[]> {
    const dates = [...edits.keys()].sort();
    if (dates.length === 0) return [];
    const known = await this.read(tank, dates);
    const results: WrittenDay[] = [];
    for (let i = 0; i < dates.length; i += PARALLEL_DAYS) {
      const slice = dates.slice(i, i + PARALLEL_DAYS);
      results.push(
        ...(await Promise.all(
          slice.map((date) => this.applyDay(tank, known.get(date) ?? emptyDoseDay(date), edits.get(date)!, now.toISOString())),
        )),
      );
    }
    return results;
  }

  private async read(tank: TankRef, dates: readonly IsoDate[]): Promise<Map<IsoDate, StoredDoseDay>> {
    if (dates.length === 1) return new Map([[dates[0], await this.days.get(tank, dates[0])]]);
    const { days } = await this.days.list(tank, { from: dates[0], to: dates[dates.length - 1] });
    return new Map(days.map((d) => [d.date, d]));
  }

  private async applyDay(tank: TankRef, first: StoredDoseDay, edit: DayEdit, now: string): Promise<WrittenDay> {
    let day = first;
    for (let attempt = 1; ; attempt++) {
      const plan = planDoseDay(day.entries, edit(day.entries));
      if (!plan) return { date: day.date, entries: day.entries, changed: false };
      try {
        await this.days.commit(tank, day, plan, now);
        return { date: day.date, entries: plan.after, changed: true };
      } catch (error) {
        if (!(error instanceof DoseDayChangedError) || attempt >= ATTEMPTS) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        day = await this.days.get(tank, day.date);
      }
    }
  }
}

/** Edits that add or update the given entries on each date. */
export function upsertEdits(byDate: DosesByDate): Map<IsoDate, DayEdit> {
  return new Map([...byDate].map(([date, upserts]) => [date, () => ({ upserts })]));
}
