import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { HistoryItem } from '../../history/services/history-item';
import { HistoryLists } from '../../history/services/history-lists';
import { canReadAgain, failedTestCommands } from '../../icp/services/failed-test';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';

/**
 * Under a failed ICP upload in the rail: read it again as another lab's report, or delete it,
 * without opening its page first. The rail entry follows by the pushed message (and a read after).
 */
@Component({
  selector: 'ram-rail-failed-test',
  imports: [ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block px-2 pb-1', 'data-testid': 'rail-failed-actions' },
  template: `
    <div class="flex flex-wrap items-center gap-1">
      @if (retryable()) {
        <select
          class="min-h-9 rounded-md border border-reef-700 bg-reef-900 px-1 text-xs text-reef-50"
          [attr.aria-label]="'Read the failed ' + item().label + ' test as a report of'"
          (change)="commands.chooseLab($event)"
          data-testid="rail-retry-lab"
        >
          @for (choice of labs; track choice.value) {
            <option [value]="choice.value" [selected]="choice.value === commands.lab()">
              {{ choice.label }}
            </option>
          }
        </select>
        <button
          type="button"
          class="min-h-9 rounded-md bg-reef-800 px-2 text-xs font-medium text-reef-50 hover:bg-reef-700"
          [disabled]="commands.busy()"
          (click)="retry()"
          data-testid="rail-retry"
        >
          {{ commands.busy() ? 'Working…' : 'Read again' }}
        </button>
      }
      <ram-confirm-button
        class="text-xs"
        label="Delete"
        [accessibleLabel]="'Delete the failed ' + item().label + ' test'"
        question="Delete this failed test and its PDF?"
        buttonClass="min-h-9 rounded-md px-2 text-xs font-medium text-coral-200 hover:bg-reef-900"
        [busy]="commands.busy()"
        (confirmed)="remove()"
      />
    </div>
    @if (commands.problem(); as message) {
      <p class="mt-1 text-xs text-coral-200" role="alert">{{ message }}</p>
    }
  `,
})
export class RailFailedTest {
  readonly item = input.required<HistoryItem>();

  private readonly lists = inject(HistoryLists);
  private readonly realtime = inject(WebSocketManager);
  private readonly router = inject(Router);
  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly retryable = computed(() => canReadAgain(this.item().failureKind));
  protected readonly commands = failedTestCommands(() => this.item().lab);

  protected async retry(): Promise<void> {
    const tankId = this.lists.tankId;
    if (tankId && (await this.commands.retry(tankId, this.item().id)))
      this.realtime.refreshAfterOwnChange();
  }

  protected async remove(): Promise<void> {
    const tankId = this.lists.tankId;
    const open = this.router.url.includes(this.item().id);
    if (!tankId || !(await this.commands.remove(tankId, this.item().id))) return;
    this.realtime.refreshAfterOwnChange();
    // Its page would say "not found" now: go home instead.
    if (open) await this.router.navigateByUrl('/app');
  }
}
