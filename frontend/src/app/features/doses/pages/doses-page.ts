import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { dayText, isIsoDate } from '../../../shared/tank-calendar';
import { reloadable, tankAnd } from '../../../shared/latest-load';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { injectTankToday } from '../../../core/profile/tank-today';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { Notice } from '../../../shared/ui/notice';
import { elementName, injectElementLookup } from '../../elements/services/catalogue-lookup';
import { DoseDayCard } from '../components/dose-day-card';
import { DoseLogForm } from '../components/dose-log-form';
import { amountText } from '../services/dose-amount';
import { DoseDay, DoseEntry, withDays } from '../services/dose-day';
import { DoseMonthSummary } from '../components/dose-month-summary';
import { monthOf, monthText, shiftMonth } from '../services/dose-month';
import { DoseHistoryService } from '../services/dose-history.service';

/**
 * `/app/doses`: log doses and look back at what went in, a month at a time with per-element totals
 * and a chart by day. `?date=YYYY-MM-DD` opens that
 * day at the top and starts the form on it.
 */
@Component({
  selector: 'ram-doses-page',
  imports: [
    EmptyState,
    LoadStateFrame,
    DoseDayCard,
    DoseLogForm,
    DoseMonthSummary,
    Notice,
    SelectedTankFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Doses</h1>
    <p class="mt-1 text-reef-700">What went into {{ tank()?.name ?? 'your tank' }}, day by day.</p>

    <ram-selected-tank-frame class="mt-6" noTankText="Add a tank to your profile to log its doses.">
      @if (tank(); as tank) {
        <div class="space-y-8">
          @if (openedDate()) {
            <section aria-labelledby="opened-day-heading">
              <!-- The day's card carries the date; the heading names the section for screen readers. -->
              <h2 id="opened-day-heading" class="sr-only">Doses on {{ openedTitle() }}</h2>
              <ram-load-state-frame
                [state]="opened.state()"
                loadingLabel="Loading the day…"
                failedHeading="That day could not be loaded"
                (retry)="opened.reload()"
              >
                @if (openedDay(); as day) {
                  <ram-dose-day-card
                    place="opened"
                    [day]="day"
                    [lookup]="lookup()"
                    [highlighted]="true"
                    [deleting]="deleting()"
                    [confirming]="confirming()"
                    (deleteRequested)="remove(day, $event)"
                    (confirmRequested)="confirmEarly(day, $event)"
                  />
                } @else {
                  <ram-empty-state
                    [compact]="true"
                    [heading]="'Nothing logged on ' + openedTitle()"
                    description="Log what you dosed that day with the form below."
                  />
                }
              </ram-load-state-frame>
            </section>
          }

          @for (current of [tank]; track current.tankId) {
            <ram-dose-log-form
              [tankId]="current.tankId"
              [startDate]="openedDate() ?? today()"
              (logged)="takeIn($event)"
            />
          }

          <section aria-labelledby="dose-history-heading">
            <div class="flex flex-wrap items-center justify-between gap-2">
              <h2 id="dose-history-heading" class="text-lg font-semibold text-reef-900">
                History · {{ monthTitle() }}
              </h2>
              <nav class="flex gap-2" aria-label="Months of dose history">
                <button type="button" class="btn-secondary" (click)="month.set(shift(-1))">
                  Earlier month
                </button>
                <button
                  type="button"
                  class="btn-secondary"
                  [disabled]="month() >= thisMonth()"
                  (click)="month.set(shift(1))"
                >
                  Later month
                </button>
              </nav>
            </div>
            @if (notice(); as notice) {
              <ram-notice
                class="mt-3"
                noticeId="dose-history-notice"
                [text]="notice.text"
                [tone]="notice.tone"
              />
            }
            <ram-load-state-frame
              class="mt-3"
              [state]="history.state()"
              loadingLabel="Loading your dose history…"
              failedHeading="Your dose history could not be loaded"
              (retry)="history.reload()"
            >
              @if (history.value(); as page) {
                @if (page.days.length === 0) {
                  <ram-empty-state
                    [heading]="'No doses logged in ' + monthTitle()"
                    description="Doses you log, and those your programs and ICP corrections add, appear here."
                  />
                } @else {
                  <ram-dose-month-summary
                    class="mb-4"
                    [month]="month()"
                    [days]="page.days"
                    [lookup]="lookup()"
                  />
                  <ol class="space-y-3">
                    @for (day of page.days; track day.date) {
                      <li>
                        <ram-dose-day-card
                          [day]="day"
                          [lookup]="lookup()"
                          [highlighted]="day.date === openedDate()"
                          [deleting]="deleting()"
                          [confirming]="confirming()"
                          (deleteRequested)="remove(day, $event)"
                          (confirmRequested)="confirmEarly(day, $event)"
                        />
                      </li>
                    }
                  </ol>
                }
              }
            </ram-load-state-frame>
          </section>
        </div>
      }
    </ram-selected-tank-frame>
  `,
})
export class DosesPage {
  /** `?date=YYYY-MM-DD`: the day to open. */
  readonly date = input<string>();

  private readonly selection = inject(TankSelection);
  private readonly doses = inject(DoseHistoryService);

  protected readonly tank = this.selection.selectedTank;
  private readonly tankId = this.selection.selectedTankId;
  protected readonly lookup = injectElementLookup('dose', this.tankId);
  protected readonly today = injectTankToday();
  protected readonly openedDate = computed(() => {
    const date = this.date();
    return isIsoDate(date) ? date : null;
  });
  protected readonly openedTitle = computed(() =>
    dayText(this.openedDate() ?? '', { withWeekday: true }),
  );

  /** The month the history shows: the opened day's, else this month on the tank's clock. */
  protected readonly thisMonth = computed(() => monthOf(this.today()));
  protected readonly month = linkedSignal(() => monthOf(this.openedDate() ?? this.today()));
  protected readonly monthTitle = computed(() => monthText(this.month()));
  protected readonly history = reloadable(
    () => {
      const tankId = this.tankId();
      return tankId ? { tankId, month: this.month() } : null;
    },
    ({ tankId, month }) => this.doses.month(tankId, month),
  );
  protected readonly opened = reloadable(tankAnd(this.tankId, this.openedDate), ({ tankId, id }) =>
    this.doses.day(tankId, id),
  );
  protected readonly openedDay = this.opened.value;
  protected readonly loadingOlder = signal(false);
  protected readonly deleting = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly notice = signal<{ text: string; tone: 'done' | 'problem' } | null>(null);

  protected shift(by: number): string {
    return shiftMonth(this.month(), by);
  }

  /** Takes in the days a save or delete answered with (those of the month shown). */
  protected takeIn(days: readonly DoseDay[]): void {
    const inMonth = days.filter((day) => monthOf(day.date) === this.month());
    this.history.update((page) => ({ ...page, days: withDays(page.days, inMonth) }));
    const opened = days.find((day) => day.date === this.openedDate());
    if (opened) this.opened.update(() => (opened.entries.length > 0 ? opened : null));
  }

  protected async remove(day: DoseDay, entry: DoseEntry): Promise<void> {
    const tankId = this.tankId();
    if (!tankId || this.deleting()) return;
    this.deleting.set(entry.entryId);
    const outcome = await this.doses.remove(tankId, day.date, entry.entryId);
    this.deleting.set(null);
    const what = `${elementName(this.lookup(), entry.elementId)} (${amountText(entry.amount, entry.unit)})`;
    if (outcome.ok) {
      this.takeIn([outcome.value]);
      this.notice.set({ text: `Deleted ${what} from ${dayText(day.date)}.`, tone: 'done' });
    } else {
      this.notice.set({
        text: outcome.message ?? `${what} could not be deleted. Try again in a moment.`,
        tone: 'problem',
      });
    }
  }

  /** A planned dose given before its day: it counts as given from now on (correction progress too). */
  protected async confirmEarly(day: DoseDay, entry: DoseEntry): Promise<void> {
    const tankId = this.tankId();
    if (!tankId || this.confirming()) return;
    this.confirming.set(entry.entryId);
    const outcome = await this.doses.confirmEarly(tankId, day.date, entry.entryId);
    this.confirming.set(null);
    const what = `${elementName(this.lookup(), entry.elementId)} (${amountText(entry.amount, entry.unit)})`;
    if (outcome.ok) {
      this.takeIn([outcome.value]);
      this.notice.set({ text: `${what} of ${dayText(day.date)} counts as given.`, tone: 'done' });
    } else {
      this.notice.set({
        text: outcome.message ?? `${what} could not be confirmed. Try again in a moment.`,
        tone: 'problem',
      });
    }
  }
}
