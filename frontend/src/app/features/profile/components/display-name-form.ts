import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ProfileService } from '../../../core/profile/profile.service';

export const DISPLAY_NAME_MAX = 80;

/** Edits the name RaM greets the keeper with; the server's refusal shows under the field. */
@Component({
  selector: 'ram-display-name-form',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <label for="display-name" class="field-label">Display name</label>
      <div class="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div class="flex-1">
          <input
            id="display-name"
            class="field-input"
            autocomplete="nickname"
            formControlName="displayName"
            [attr.aria-invalid]="error() ? true : null"
            [attr.aria-describedby]="error() ? 'display-name-error' : null"
          />
          @if (error(); as message) {
            <p id="display-name-error" class="field-error">{{ message }}</p>
          }
        </div>
        <button type="submit" class="btn-primary mt-1" [disabled]="saving()">
          {{ saving() ? 'Saving…' : 'Save' }}
        </button>
      </div>
      <p class="mt-2 text-sm text-lagoon-800" role="status">{{ saved() ? 'Saved.' : '' }}</p>
    </form>
  `,
})
export class DisplayNameForm {
  readonly displayName = input.required<string>();

  private readonly profile = inject(ProfileService);
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => this.form.setValue({ displayName: this.displayName() }));
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const value = this.form.controls.displayName.value.trim();
    if (!value) return this.error.set('Enter a display name.');
    if (value.length > DISPLAY_NAME_MAX)
      return this.error.set(`Keep the display name to ${DISPLAY_NAME_MAX} characters.`);
    this.error.set(null);
    this.saving.set(true);
    const result = await this.profile.saveDisplayName(value);
    this.saving.set(false);
    if (result.saved) this.saved.set(true);
    else if (result.fieldError) this.error.set(result.fieldError);
  }
}
