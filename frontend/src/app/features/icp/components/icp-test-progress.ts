import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TestDetail } from '../../../shared/tests/test-result';
import { ProgressBar } from '../../../shared/ui/progress-bar';
import { SupportReference } from '../../../shared/ui/support-reference';
import { evaluationProgress } from '../services/element-view';

/**
 * Where RaM is with a test: reading the PDF, evaluating its elements (with a count when known),
 * or failed with the reference to quote to support. Changes are announced politely.
 */
@Component({
  selector: 'ram-icp-test-progress',
  imports: [ProgressBar, SupportReference],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', 'aria-live': 'polite', 'data-testid': 'test-progress' },
  template: `
    @switch (test().status) {
      @case ('PROCESSING') {
        <div class="card flex items-center gap-3">
          <span
            class="size-5 shrink-0 animate-spin rounded-full border-2 border-reef-200 border-t-lagoon-600 motion-reduce:animate-none"
            aria-hidden="true"
          ></span>
          <p class="text-reef-800">
            RaM is reading the report. This page updates by itself when it is done.
          </p>
        </div>
      }
      @case ('IN_PROGRESS') {
        <div class="card">
          <p class="text-reef-800">{{ evaluatingText() }}</p>
          @if (progress(); as progress) {
            <ram-progress-bar
              class="mt-2"
              [value]="progress.evaluated"
              [max]="progress.expected"
              label="Elements evaluated"
            />
          }
        </div>
      }
      @case ('ERROR') {
        <div
          role="alert"
          class="rounded-2xl border border-coral-200 bg-coral-50 p-4 text-coral-900"
        >
          <p class="font-medium">
            {{ test().errorMessage || 'RaM could not read this report.' }}
          </p>
          @if (test().referenceId; as referenceId) {
            <ram-support-reference class="mt-1 text-sm" [referenceId]="referenceId" />
          }
        </div>
      }
    }
  `,
})
export class IcpTestProgress {
  readonly test = input.required<TestDetail>();
  protected readonly progress = computed(() => evaluationProgress(this.test()));
  protected readonly evaluatingText = computed(() => {
    const progress = this.progress();
    return progress
      ? `Evaluating elements: ${progress.evaluated} of ${progress.expected} done.`
      : 'Evaluating elements…';
  });
}
