import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { LoadState } from '../load-state';
import { EmptyState } from './empty-state';
import { LoadingBlock } from './loading-block';

/** Shows loading, or a failure with a retry, and the projected content once the data is ready. */
@Component({
  selector: 'ram-load-state-frame',
  imports: [EmptyState, LoadingBlock],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @switch (state().status) {
      @case ('loading') {
        <ram-loading-block [label]="loadingLabel()" />
      }
      @case ('failed') {
        <ram-empty-state
          [heading]="failedHeading()"
          description="Check your connection, then try again."
        >
          <button type="button" class="btn-secondary mt-4" (click)="retry.emit()">Try again</button>
        </ram-empty-state>
      }
      @case ('ready') {
        <ng-content />
      }
    }
  `,
})
export class LoadStateFrame {
  readonly state = input.required<LoadState<unknown>>();
  readonly loadingLabel = input.required<string>();
  readonly failedHeading = input.required<string>();
  readonly retry = output();
}
