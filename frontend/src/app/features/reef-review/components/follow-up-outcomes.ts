import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { numberText } from '../../../shared/format';
import { VERDICT_LABELS } from '../services/review-text';
import { FollowUpOutcome, OutcomeVerdict, ReviewDetail } from '../services/review.model';

const VERDICT_LOOKS: Record<OutcomeVerdict, { mark: string; tone: string }> = {
  CLOSER: { mark: '✓', tone: 'bg-lagoon-100 text-lagoon-900' },
  FURTHER: { mark: '✗', tone: 'bg-coral-100 text-coral-900' },
  UNCHANGED: { mark: '=', tone: 'bg-reef-100 text-reef-800' },
  UNKNOWN: { mark: '?', tone: 'bg-reef-50 text-reef-700' },
};

/** Whether the next test moved each finding closer to its target; a note until that test exists. */
@Component({
  selector: 'ram-follow-up-outcomes',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (followUp(); as followUp) {
      <p class="text-sm text-reef-700">
        Compared with the test of {{ followUp.date | date: 'd MMM y' }}.
      </p>
      <div class="mt-3 overflow-x-auto">
        <table class="w-full min-w-[20rem] text-left text-sm">
          <caption class="sr-only">
            Before and after, per element
          </caption>
          <thead class="border-b border-reef-200 text-xs text-reef-600 uppercase">
            <tr>
              <th scope="col" class="py-2 pr-2 font-semibold">Element</th>
              <th scope="col" class="py-2 pr-2 font-semibold">Before → after</th>
              <th scope="col" class="py-2 font-semibold">Result</th>
            </tr>
          </thead>
          <tbody>
            @for (outcome of followUp.outcomes; track outcome.elementId) {
              <tr class="border-b border-reef-100 align-top" data-testid="outcome">
                <th scope="row" class="py-2 pr-2 font-medium text-reef-900">{{ outcome.name }}</th>
                <td class="py-2 pr-2 text-reef-800 tabular-nums">
                  {{ value(outcome.before) }} → {{ value(outcome.after) }} {{ outcome.unit }}
                  @if (outcome.target !== undefined) {
                    <span class="block text-xs text-reef-600"
                      >target {{ value(outcome.target) }}</span
                    >
                  }
                </td>
                <td class="py-2">
                  <span
                    class="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap"
                    [class]="look(outcome).tone"
                    ><span aria-hidden="true">{{ look(outcome).mark }}</span
                    >{{ verdict(outcome) }}</span
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="text-sm text-reef-700">
        Outcomes appear here after your next test: RaM then shows, element by element, whether the
        changes moved your water closer to target.
      </p>
    }
  `,
})
export class FollowUpOutcomes {
  readonly followUp = input<ReviewDetail['followUp']>();

  protected value(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : numberText(value, { maxDecimals: 4 });
  }

  protected look(outcome: FollowUpOutcome) {
    return VERDICT_LOOKS[outcome.verdict] ?? VERDICT_LOOKS.UNKNOWN;
  }

  protected verdict(outcome: FollowUpOutcome): string {
    return VERDICT_LABELS[outcome.verdict] ?? outcome.verdict;
  }
}
