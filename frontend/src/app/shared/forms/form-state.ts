import { Injector, inject, signal } from '@angular/core';
import { Outcome } from '../../core/api/api-outcome';
import { focusAfterRender } from '../ui/focus';
import { Checked, FieldErrors, firstProblemId } from './form-check';

/**
 * Where a form stands while the keeper fills and sends it: the problems under its fields (focus goes
 * to the first), the API's refusal (for a notice with id `<idPrefix>-refusal`), whether it is saving.
 * Create in an injection context.
 */
export class FormState {
  private readonly injector = inject(Injector);
  readonly errors = signal<FieldErrors>({});
  readonly refusal = signal<string | null>(null);
  readonly saving = signal(false);

  constructor(private readonly idPrefix: string) {}

  get refusalId(): string {
    return `${this.idPrefix}-refusal`;
  }

  /** Shows the problems of a checked form and focuses the first; answers what to send, or null. */
  accept<T>(checked: Checked<T>): T | null {
    this.refusal.set(null);
    this.errors.set(checked.ok ? {} : checked.errors);
    if (checked.ok) return checked.value;
    const first = firstProblemId(checked.errors);
    if (first) this.focus(first);
    return null;
  }

  /**
   * Sends once at a time; answers the API's answer, or null after showing its refusal (failures
   * the banner shows leave the form as it is).
   */
  async send<T>(call: () => Promise<Outcome<T>>): Promise<T | null> {
    if (this.saving()) return null;
    this.saving.set(true);
    const outcome = await call();
    this.saving.set(false);
    if (outcome.ok) return outcome.value;
    // The refusal is shown in a notice, which takes focus itself.
    if (outcome.message) this.refusal.set(outcome.message);
    return null;
  }

  focus(id: string): void {
    focusAfterRender(this.injector, id);
  }
}
