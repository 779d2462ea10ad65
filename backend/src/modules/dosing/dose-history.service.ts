import { Injectable } from '@nestjs/common';
import { type DoseEntries, type IsoDate, earlyConfirmation, localDateOf, manualDoseProblems, manualDosesByDate } from '../../domain/dosing';
import { InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { DoseCatalogGuard } from './dose-catalog.guard';
import { type DoseDayView, toDoseDayView } from './dose-day.mapper';
import { DoseDayRepository } from './dose-day.repository';
import { DoseWriter, upsertEdits } from './dose-writer';
import type { ConfirmPlannedDoseDto, DeleteDoseDto, DoseDayDto, DoseListDto, SaveDoseDto } from './dto/dose-history.dto';
import type { TankRef } from './tank-ref';

const DEFAULT_LIST_LIMIT = 60;

export interface DoseListView {
  readonly tankId: string;
  readonly days: readonly (DoseDayView & { readonly label: string })[];
  /** More days exist beyond `limit`; ask again with `to` before the last date. */
  readonly hasMore: boolean;
}

export interface DoseDeleteView {
  readonly tankId: string;
  readonly date: IsoDate;
  readonly removedEntryIds: readonly string[];
  /** What is left of the day, or null when nothing is. */
  readonly day: DoseDayView | null;
}

/** The keeper's dose history: read, log (multi-day doses fan out), delete. */
@Injectable()
export class DoseHistoryService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: DoseCatalogGuard,
    private readonly days: DoseDayRepository,
    private readonly writer: DoseWriter,
    private readonly clock: Clock,
  ) {}

  async day(userId: string, request: DoseDayDto): Promise<DoseDayView> {
    const { tank, today } = await this.ownedTank(userId, request.tankId);
    const day = await this.days.get(tank, request.date);
    if (!day.exists) throw new NotFoundError('Dose record');
    return toDoseDayView(tank, day.date, day.entries, today);
  }

  async list(userId: string, request: DoseListDto): Promise<DoseListView> {
    if (request.from && request.to && request.to < request.from)
      throw new InvalidRequestError('to must not be before from', { field: 'to' });
    // Read beside the ownership check: the days' key holds the caller's own id, and nothing is
    // answered unless the tank is theirs.
    const [{ tank, today }, { days, hasMore }] = await Promise.all([
      this.ownedTank(userId, request.tankId),
      this.days.list(
        { userId, tankId: request.tankId },
        { from: request.from, to: request.to, limit: request.limit ?? DEFAULT_LIST_LIMIT },
      ),
    ]);
    return {
      tankId: tank.tankId,
      days: days.map((d) => {
        const count = Object.keys(d.entries).length;
        const view = toDoseDayView(tank, d.date, d.entries, today);
        return { ...view, label: `${count} ${view.planned ? 'planned ' : ''}dose${count === 1 ? '' : 's'}` };
      }),
      hasMore,
    };
  }

  /** Everything is checked before the first write; each date is then merged into what it holds. */
  async save(userId: string, request: SaveDoseDto): Promise<{ tankId: string; days: DoseDayView[] }> {
    const problems = manualDoseProblems(request.entries);
    if (problems.length > 0) throw new InvalidRequestError(problems.join('; '), { field: 'entries' });
    const tankRecord = await this.tanks.requireOwnedTank(userId, request.tankId);
    await this.catalog.requireInCatalog(
      tankRecord,
      request.entries.map((e) => e.elementId),
    );
    const tank = { userId, tankId: tankRecord.tankId };
    const now = this.clock.now();
    const today = localDateOf(now, tankRecord.timezone);
    const written = await this.writer.apply(tank, upsertEdits(manualDosesByDate(request.date, request.entries, now.toISOString())), now);
    return { tankId: tank.tankId, days: written.map((d) => toDoseDayView(tank, d.date, d.entries, today)) };
  }

  async delete(userId: string, request: DeleteDoseDto): Promise<DoseDeleteView> {
    const { tank, today } = await this.ownedTank(userId, request.tankId);
    const day = await this.days.get(tank, request.date);
    if (!day.exists) throw new NotFoundError('Dose record');
    if (request.entryId && !day.entries[request.entryId]) throw new NotFoundError('Dose entry');
    const removals = request.entryId ? [request.entryId] : Object.keys(day.entries);
    const edit = (entries: DoseEntries) => ({ removals: request.entryId ? [request.entryId] : Object.keys(entries) });
    const [after] = await this.writer.apply(tank, new Map([[request.date, edit]]), this.clock.now());
    const left = Object.keys(after.entries).length > 0 ? toDoseDayView(tank, after.date, after.entries, today) : null;
    return { tankId: tank.tankId, date: request.date, removedEntryIds: removals, day: left };
  }

  /**
   * The keeper gave a planned dose before its day: it counts as given from now on (correction
   * progress too), stays on its date, and no later write of the same dose doubles or undoes it.
   * 400 for a dose that is not planned (its day has come) or not on that day (a day without doses
   * included); 404 for a tank that is not the keeper's, as everywhere.
   */
  async confirmPlanned(userId: string, request: ConfirmPlannedDoseDto): Promise<DoseDayView> {
    const { tank, today } = await this.ownedTank(userId, request.tankId);
    // A date without doses has nothing planned on it: the same 400 as an entry the day does not hold.
    const day = await this.days.get(tank, request.date);
    const check = earlyConfirmation(day.entries, request.entryId, request.date, today);
    if (!check.ok) {
      throw new InvalidRequestError(
        check.problem === 'NO_SUCH_DOSE'
          ? `There is no dose ${request.entryId} on ${request.date}`
          : `The dose of ${request.date} is not planned: its day has come, so it already counts as given`,
        { field: check.problem === 'NO_SUCH_DOSE' ? 'entryId' : 'date' },
      );
    }
    const now = this.clock.now();
    const edit = () => ({ confirmations: [{ entryId: request.entryId, at: now.toISOString() }] });
    const [after] = await this.writer.apply(tank, new Map([[request.date, edit]]), now);
    return toDoseDayView(tank, after.date, after.entries, today);
  }

  /** The tank as a key, and its local date (what decides planned from given). */
  private async ownedTank(userId: string, tankId: string): Promise<{ tank: TankRef; today: IsoDate }> {
    const record = await this.tanks.requireOwnedTank(userId, tankId);
    return { tank: { userId, tankId }, today: localDateOf(this.clock.now(), record.timezone) };
  }
}
