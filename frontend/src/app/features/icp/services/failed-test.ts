import { Signal, computed, inject, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { outcomeOf } from '../../../core/api/api-outcome';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { IcpTestService } from './icp-test.service';

// Another lab helps only when the text was read but not understood (or reading ran out of time).
const READ_AGAIN_KINDS = ['LAYOUT', 'VALIDATION', 'DEADLINE'];

/**
 * Whether reading a failed upload again, as another lab's report, can help; an unknown kind (an
 * older test) is offered the retry and the API decides.
 *
 * @example canReadAgain('LAYOUT'); // true
 * @example canReadAgain('ENCRYPTED'); // false
 */
export function canReadAgain(failureKind: string | undefined): boolean {
  return READ_AGAIN_KINDS.includes(failureKind ?? 'DEADLINE');
}

/**
 * The lab to suggest for a second reading: the first one that is not the lab that failed.
 *
 * @example anotherLab('OCEAMO'); // 'TRITON'
 */
export function anotherLab(failedLab: string | undefined): string {
  return ICP_LAB_CHOICES.find((choice) => choice.value !== failedLab)?.value ?? 'OCEAMO';
}

/** What a failed upload's actions share, wherever they are shown (its page, the rail). */
export interface FailedTestCommands {
  readonly busy: Signal<boolean>;
  /** Why the last action was refused, in the API's words. */
  readonly problem: Signal<string | null>;
  /** The lab a retry reads the report as: the keeper's pick, else `anotherLab`. */
  readonly lab: Signal<string>;
  chooseLab(event: Event): void;
  /** Each resolves true when the API accepted. */
  retry(tankId: string, testId: string): Promise<boolean>;
  remove(tankId: string, testId: string): Promise<boolean>;
}

/** Call in an injection context (a component's field); `failedLab` is the lab that failed. */
export function failedTestCommands(failedLab: () => string | undefined): FailedTestCommands {
  const api = inject(IcpTestService);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  const picked = signal<string | null>(null);
  const lab = computed(() => picked() ?? anotherLab(failedLab()));
  const run = async <T>(call: Observable<T>): Promise<boolean> => {
    busy.set(true);
    problem.set(null);
    const outcome = await outcomeOf(call);
    busy.set(false);
    if (!outcome.ok) problem.set(outcome.message ?? 'That did not work. Try again in a moment.');
    return outcome.ok;
  };
  return {
    busy: busy.asReadonly(),
    problem: problem.asReadonly(),
    lab,
    chooseLab: (event) => picked.set((event.target as HTMLSelectElement).value),
    retry: (tankId, testId) => run(api.retryFailed(tankId, testId, lab())),
    remove: (tankId, testId) => run(api.deleteFailed(tankId, testId)),
  };
}
