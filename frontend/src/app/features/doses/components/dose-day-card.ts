import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { icpTestPath } from '../../../shared/tests/test-links';
import { dayText } from '../../../shared/tank-calendar';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { amountText } from '../services/dose-amount';
import { DoseDay, DoseEntry, SOURCE_TAGS, listedEntries } from '../services/dose-day';

/**
 * A dose day: each dose with its amount and who logged it, a delete that asks first, and for a
 * planned dose a way to say it was given early.
 */
@Component({
  selector: 'ram-dose-day-card',
  imports: [DatePipe, RouterLink, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section
      class="card"
      [class.ring-2]="highlighted()"
      [class.ring-lagoon-500]="highlighted()"
      [attr.aria-labelledby]="headingId()"
      [attr.data-date]="day().date"
    >
      <h3
        [id]="headingId()"
        tabindex="-1"
        class="flex flex-wrap items-center gap-2 font-semibold text-reef-900"
      >
        {{ title() }}
        @if (day().planned) {
          <span
            class="rounded-full border border-dashed border-lagoon-500 px-2 py-px text-xs font-medium text-lagoon-900"
            data-testid="dose-day-planned"
            >Planned</span
          >
        }
        @if (highlighted()) {
          <span class="rounded-full bg-lagoon-100 px-2 py-px text-xs font-medium text-lagoon-900"
            >Selected day</span
          >
        }
      </h3>
      <ul class="mt-2 divide-y divide-reef-100">
        @for (entry of entries(); track entry.entryId) {
          <li class="flex flex-wrap items-center gap-x-3 gap-y-2 py-3" data-testid="dose-entry">
            <div class="min-w-0 flex-1 basis-48">
              <p class="font-medium text-reef-900">{{ nameOf(entry) }}</p>
              <p class="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-reef-700">
                <span class="tabular-nums">{{ amountOf(entry) }}</span>
                <span
                  class="rounded-full px-2 py-px text-xs font-medium"
                  [class]="tags[entry.source].tone"
                  data-testid="dose-source"
                  >{{ tags[entry.source].text }}</span
                >
                @if (entry.state === 'PLANNED') {
                  <span class="text-xs font-medium text-lagoon-800" data-testid="dose-planned"
                    >Planned, not given yet</span
                  >
                } @else if (entry.confirmedAt) {
                  <span class="text-xs font-medium text-emerald-800" data-testid="dose-given-early"
                    >Given early, {{ entry.confirmedAt | date: 'd MMM' }}</span
                  >
                }
                @if (entry.programId) {
                  <a
                    class="text-lagoon-800 underline underline-offset-2"
                    [routerLink]="['/app/programs', entry.programId]"
                    >See the program</a
                  >
                }
                @if (entry.testId) {
                  <a
                    class="text-lagoon-800 underline underline-offset-2"
                    [routerLink]="icpPath(entry.testId)"
                    >See the ICP test</a
                  >
                }
              </p>
            </div>
            <div class="flex shrink-0 items-start gap-2">
              @if (entry.state === 'PLANNED') {
                <button
                  type="button"
                  class="btn-secondary"
                  data-testid="dose-confirm-early"
                  [disabled]="confirming() === entry.entryId"
                  [attr.aria-label]="
                    'I gave ' +
                    nameOf(entry) +
                    ', ' +
                    amountOf(entry) +
                    ' of ' +
                    title() +
                    ' already'
                  "
                  (click)="confirmRequested.emit(entry)"
                >
                  {{ confirming() === entry.entryId ? 'Saving…' : 'Given already' }}
                </button>
              }
              <ram-confirm-button
                label="Delete"
                [accessibleLabel]="'Delete ' + nameOf(entry) + ', ' + amountOf(entry)"
                [question]="
                  'Delete ' + nameOf(entry) + ' (' + amountOf(entry) + ') from ' + title() + '?'
                "
                [busy]="deleting() === entry.entryId"
                (confirmed)="deleteRequested.emit(entry)"
              />
            </div>
          </li>
        }
      </ul>
    </section>
  `,
})
export class DoseDayCard {
  readonly day = input.required<DoseDay>();
  readonly lookup = input.required<ElementLookup>();
  /** Tells the cards of one day apart when it shows twice (opened, and in the history). */
  readonly place = input('history');
  readonly highlighted = input(false);
  /** The entry being deleted, if any. */
  readonly deleting = input<string | null>(null);
  readonly deleteRequested = output<DoseEntry>();
  /** The planned entry being confirmed as given early, if any. */
  readonly confirming = input<string | null>(null);
  /** The keeper gave a planned dose before its day. */
  readonly confirmRequested = output<DoseEntry>();

  protected readonly tags = SOURCE_TAGS;
  protected readonly icpPath = icpTestPath;
  protected readonly headingId = computed(() => `dose-day-${this.place()}-${this.day().date}`);
  protected readonly title = computed(() => dayText(this.day().date, { withWeekday: true }));
  protected readonly entries = computed(() => listedEntries(this.day()));

  protected nameOf(entry: DoseEntry): string {
    return elementName(this.lookup(), entry.elementId);
  }

  protected amountOf(entry: DoseEntry): string {
    return amountText(entry.amount, entry.unit);
  }
}
