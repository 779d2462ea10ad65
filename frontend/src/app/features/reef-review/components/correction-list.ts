import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CorrectionProgress } from '../../../shared/tests/test-result';
import { numberText } from '../../../shared/format';
import { progressPercent } from '../services/review-text';
import { ReviewAction } from '../services/review.model';

const PROGRESS_WORDS: Record<CorrectionProgress['state'], string> = {
  NOT_STARTED: 'Not started',
  PARTIAL: 'Partly dosed',
  DONE: 'Done',
};

/** One-time corrections with how far each is dosed, and the way to the ICP page that applies them. */
@Component({
  selector: 'ram-correction-list',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ul class="space-y-4">
      @for (action of actions(); track action.actionId) {
        <li data-testid="correction">
          <div class="flex flex-wrap items-baseline justify-between gap-2">
            <h3 class="font-medium text-reef-900">{{ action.name }}</h3>
            @if (action.progress; as progress) {
              <span class="text-sm font-medium" [class]="stateTone(progress)">
                {{ stateWord(progress) }}
              </span>
            }
          </div>
          @if (action.correction; as dose) {
            <p class="mt-1 text-sm text-reef-800">
              {{ amount(dose.dailyAmount) }} {{ dose.unit }} a day for {{ dose.days }}
              {{ dose.days === 1 ? 'day' : 'days' }} ({{ amount(dose.totalAmount) }}
              {{ dose.unit }} in all)
            </p>
          }
          <p class="mt-1 text-sm text-reef-700">{{ action.text }}</p>
          @if (action.progress; as progress) {
            <div class="mt-2 flex items-center gap-3">
              <div
                class="h-2.5 flex-1 overflow-hidden rounded-full bg-reef-100"
                role="progressbar"
                [attr.aria-label]="action.name + ' correction dosed'"
                aria-valuemin="0"
                [attr.aria-valuemax]="progress.total"
                [attr.aria-valuenow]="progress.done"
                [attr.aria-valuetext]="progressText(progress)"
              >
                <div
                  class="h-full rounded-full"
                  [class]="progress.state === 'DONE' ? 'bg-lagoon-600' : 'bg-lagoon-500'"
                  [style.width.%]="percent(progress)"
                ></div>
              </div>
              <span class="shrink-0 text-sm text-reef-700 tabular-nums" data-testid="progress">
                {{ progressText(progress) }}
              </span>
            </div>
          }
        </li>
      }
    </ul>
    @if (applyLink(); as link) {
      <a [routerLink]="link" class="btn-secondary mt-4 w-full sm:w-auto">
        Apply corrections on the ICP page
      </a>
    }
  `,
})
export class CorrectionList {
  readonly actions = input.required<readonly ReviewAction[]>();
  /** The ICP test page where corrections are applied; none for a manual test. */
  readonly applyLink = input<string | null>(null);

  protected readonly amount = (value: number) => numberText(value, { maxDecimals: 4 });
  protected readonly percent = progressPercent;

  protected progressText(progress: CorrectionProgress): string {
    return `${progress.done} of ${progress.total} days`;
  }

  protected stateWord(progress: CorrectionProgress): string {
    return PROGRESS_WORDS[progress.state] ?? progress.state;
  }

  protected stateTone(progress: CorrectionProgress): string {
    return progress.state === 'DONE' ? 'text-lagoon-800' : 'text-reef-700';
  }
}
