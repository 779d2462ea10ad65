import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { TestDetail } from '../../../shared/tests/test-result';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { canReadAgain, failedTestCommands } from '../services/failed-test';

/**
 * What a keeper can do with an upload that failed: type the report in by hand (the form starts
 * with the lab's panel), read it again as another lab's report, or delete it.
 */
@Component({
  selector: 'ram-failed-test-actions',
  imports: [RouterLink, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', 'data-testid': 'failed-test-actions' },
  template: `
    <section class="card" aria-labelledby="failed-actions-heading">
      <h2 id="failed-actions-heading" class="font-semibold text-reef-900">What you can do now</h2>
      @if (test().uploadGivenBack) {
        <p class="mt-1 text-sm text-reef-700" data-testid="upload-given-back">
          This upload did not count against your plan.
        </p>
      }
      <div class="mt-3 flex flex-wrap items-end gap-2">
        <a
          class="btn-primary"
          routerLink="/app/tests/icp/manual"
          [queryParams]="{ lab: test().lab ?? null, replaces: test().id }"
          data-testid="type-values"
          >Type the values in</a
        >
        @if (retryable()) {
          <label class="flex flex-col text-sm text-reef-800">
            Read it as a report of
            <select
              class="field-input mt-1"
              (change)="commands.chooseLab($event)"
              data-testid="retry-lab"
            >
              @for (choice of labs; track choice.value) {
                <option [value]="choice.value" [selected]="choice.value === commands.lab()">
                  {{ choice.label }}
                </option>
              }
            </select>
          </label>
          <button
            type="button"
            class="btn-secondary"
            [disabled]="commands.busy()"
            (click)="retry()"
            data-testid="retry"
          >
            {{ commands.busy() ? 'Working…' : 'Read it again' }}
          </button>
        }
        <ram-confirm-button
          label="Delete this test"
          question="Delete this failed test and its PDF?"
          [busy]="commands.busy()"
          (confirmed)="remove()"
        />
      </div>
      @if (commands.problem(); as message) {
        <p class="mt-2 text-sm text-coral-800" role="alert">{{ message }}</p>
      }
    </section>
  `,
})
export class FailedTestActions {
  readonly tankId = input.required<string>();
  readonly test = input.required<TestDetail>();
  /** The test is being read again: the page follows it. */
  readonly retried = output();
  /** The test is gone. */
  readonly deleted = output();

  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly retryable = computed(() => canReadAgain(this.test().failureKind));
  // Suggests a lab other than the one that failed, until the keeper picks one.
  protected readonly commands = failedTestCommands(() => this.test().lab);

  protected async retry(): Promise<void> {
    if (await this.commands.retry(this.tankId(), this.test().id)) this.retried.emit();
  }

  protected async remove(): Promise<void> {
    if (await this.commands.remove(this.tankId(), this.test().id)) this.deleted.emit();
  }
}
