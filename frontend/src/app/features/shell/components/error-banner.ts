import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ApiProblem } from '../../../core/errors/api-problem';
import { CloseIcon } from '../../../shared/ui/close-icon';
import { SupportReference } from '../../../shared/ui/support-reference';

/** The sticky banner for a failed API call: what went wrong, and the reference to quote to support. */
@Component({
  selector: 'ram-error-banner',
  imports: [CloseIcon, SupportReference],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div
      role="alert"
      class="flex items-start gap-3 border-b border-coral-200 bg-coral-50 px-4 py-3 text-coral-900 sm:px-6"
    >
      <svg viewBox="0 0 20 20" class="mt-0.5 size-5 shrink-0 fill-coral-600" aria-hidden="true">
        <path d="M10 2 1 18h18L10 2Zm-1 6h2v5H9V8Zm0 6h2v2H9v-2Z" />
      </svg>
      <div class="min-w-0 flex-1 text-sm">
        <p class="font-medium">{{ problem().message }}</p>
        @if (problem().referenceId; as referenceId) {
          <ram-support-reference class="mt-1" [referenceId]="referenceId" />
        }
      </div>
      <button
        type="button"
        class="-m-1 rounded-md p-2 text-coral-800 hover:bg-coral-100"
        aria-label="Dismiss error"
        (click)="dismissed.emit()"
      >
        <ram-close-icon class="size-4" />
      </button>
    </div>
  `,
})
export class ErrorBanner {
  readonly problem = input.required<ApiProblem>();
  readonly dismissed = output();
}
