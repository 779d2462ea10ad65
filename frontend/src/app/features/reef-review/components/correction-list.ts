import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProgressBar } from '../../../shared/ui/progress-bar';
import { CorrectionProgress } from '../../../shared/tests/test-result';
import { numberText } from '../../../shared/format';
import { ReviewAction } from '../services/review.model';

const PROGRESS_WORDS: Record<CorrectionProgress['state'], string> = {
  NOT_STARTED: 'Not started',
  PARTIAL: 'Partly dosed',
  DONE: 'Done',
};

/** One-time corrections with how far each is dosed, and the way to the ICP page that applies them. */
@Component({
  selector: 'ram-correction-list',
  imports: [RouterLink, ProgressBar],
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
              <ram-progress-bar
                class="flex-1"
                size="thick"
                [value]="progress.done"
                [max]="progress.total"
                [complete]="progress.state === 'DONE'"
                [label]="action.name + ' correction dosed'"
                [valueText]="progressText(progress)"
              />
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
