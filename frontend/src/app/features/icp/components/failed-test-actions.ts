import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { outcomeOf } from '../../../core/api/api-outcome';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { TestDetail } from '../../../shared/tests/test-result';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { IcpTestService } from '../services/icp-test.service';

// Another lab helps only when the text was read but not understood.
const RETRYABLE = ['LAYOUT', 'VALIDATION', 'DEADLINE'];

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
            <select class="field-input mt-1" (change)="chooseLab($event)" data-testid="retry-lab">
              @for (choice of labs; track choice.value) {
                <option [value]="choice.value" [selected]="choice.value === lab()">
                  {{ choice.label }}
                </option>
              }
            </select>
          </label>
          <button
            type="button"
            class="btn-secondary"
            [disabled]="busy()"
            (click)="retry()"
            data-testid="retry"
          >
            {{ busy() ? 'Working…' : 'Read it again' }}
          </button>
        }
        <ram-confirm-button
          label="Delete this test"
          question="Delete this failed test and its PDF?"
          [busy]="busy()"
          (confirmed)="remove()"
        />
      </div>
      @if (problem(); as message) {
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

  private readonly api = inject(IcpTestService);
  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly retryable = computed(() =>
    RETRYABLE.includes(this.test().failureKind ?? 'DEADLINE'),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly picked = signal<string | null>(null);
  // Suggest a lab other than the one that failed, until the keeper picks one.
  protected readonly lab = computed(
    () =>
      this.picked() ?? ICP_LAB_CHOICES.find((c) => c.value !== this.test().lab)?.value ?? 'OCEAMO',
  );

  protected chooseLab(event: Event): void {
    this.picked.set((event.target as HTMLSelectElement).value);
  }

  protected async retry(): Promise<void> {
    await this.run(this.api.retryFailed(this.tankId(), this.test().id, this.lab()), () =>
      this.retried.emit(),
    );
  }

  protected async remove(): Promise<void> {
    await this.run(this.api.deleteFailed(this.tankId(), this.test().id), () => this.deleted.emit());
  }

  private async run<T>(call: Observable<T>, done: () => void): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    const outcome = await outcomeOf(call);
    this.busy.set(false);
    if (outcome.ok) done();
    else this.problem.set(outcome.message ?? 'That did not work. Try again in a moment.');
  }
}
