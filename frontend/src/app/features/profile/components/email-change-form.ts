import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { AuthSession } from '../../../core/identity/auth-session';
import { ProfileService } from '../../../core/profile/profile.service';
import { codeControl } from '../../auth/components/code-field';
import { emailControl } from '../../auth/components/email-field';
import { FormAlert } from '../../auth/components/form-alert';
import { AuthFormState } from '../../auth/services/auth-form-state';

/**
 * Changes the sign-in email in two steps: a code goes to the new address, and only that code makes
 * it the account's (and the profile's) email. Until then the current one keeps working.
 */
@Component({
  selector: 'ram-email-change-form',
  imports: [ReactiveFormsModule, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <h3 class="font-semibold text-reef-900">Email</h3>
    <p class="mt-1 text-sm text-reef-700">
      You sign in with <strong class="break-all">{{ email() }}</strong>.
    </p>
    @if (sentTo(); as destination) {
      <form class="mt-3" [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate>
        <label for="email-code" class="field-label">Code sent to {{ destination }}</label>
        <div class="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div class="flex-1">
            <input
              id="email-code"
              type="text"
              class="field-input font-mono tracking-widest"
              formControlName="code"
              autocomplete="one-time-code"
              inputmode="numeric"
              maxlength="8"
              [attr.aria-invalid]="confirming.submitted() && code.invalid ? true : null"
              [attr.aria-describedby]="
                confirming.submitted() && code.invalid ? 'email-code-error' : null
              "
            />
            @if (confirming.submitted() && code.invalid) {
              <p id="email-code-error" class="field-error">
                Enter the six-digit code from the email.
              </p>
            }
          </div>
          <button type="submit" class="btn-primary mt-1" [disabled]="confirming.busy()">
            {{ confirming.busy() ? 'Checking…' : 'Confirm new email' }}
          </button>
        </div>
        <ram-form-alert class="mt-3" [message]="confirming.error()" />
        <button
          type="button"
          class="mt-2 min-h-11 text-sm font-medium text-lagoon-800 underline"
          (click)="startOver()"
        >
          Use another address
        </button>
      </form>
    } @else {
      <form class="mt-3" [formGroup]="requestForm" (ngSubmit)="request()" novalidate>
        <label for="new-email" class="field-label">New email</label>
        <div class="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div class="flex-1">
            <input
              id="new-email"
              type="email"
              class="field-input"
              formControlName="newEmail"
              autocomplete="email"
              inputmode="email"
              [attr.aria-invalid]="requesting.submitted() && newEmail.invalid ? true : null"
              [attr.aria-describedby]="
                requesting.submitted() && newEmail.invalid ? 'new-email-error' : null
              "
            />
            @if (requesting.submitted() && newEmail.invalid) {
              <p id="new-email-error" class="field-error">Enter the new email address.</p>
            }
          </div>
          <button type="submit" class="btn-secondary mt-1" [disabled]="requesting.busy()">
            {{ requesting.busy() ? 'Sending…' : 'Send a code' }}
          </button>
        </div>
        <ram-form-alert class="mt-3" [message]="requesting.error()" />
      </form>
    }
    <p class="mt-2 text-sm text-lagoon-800" role="status">{{ done() }}</p>
  `,
})
export class EmailChangeForm {
  /** The address the profile has now. */
  readonly email = input.required<string>();

  private readonly session = inject(AuthSession);
  private readonly profile = inject(ProfileService);
  protected readonly newEmail: FormControl<string> = emailControl();
  protected readonly code = codeControl();
  protected readonly requestForm = new FormGroup({ newEmail: this.newEmail });
  protected readonly confirmForm = new FormGroup({ code: this.code });
  protected readonly sentTo = signal<string | null>(null);
  protected readonly done = signal('');
  protected readonly requesting = new AuthFormState();
  protected readonly confirming = new AuthFormState();

  protected async request(): Promise<void> {
    this.done.set('');
    this.requesting.submitted.set(true);
    if (this.newEmail.invalid) return;
    const email = this.newEmail.value.trim();
    if (email.toLowerCase() === this.email().toLowerCase())
      return this.requesting.error.set('This is already your email.');
    await this.requesting.run(async () => {
      const delivery = await this.session.startEmailChange(email);
      this.sentTo.set(delivery.destination ?? email);
    });
  }

  protected async confirm(): Promise<void> {
    this.confirming.submitted.set(true);
    if (this.code.invalid) return;
    const email = this.newEmail.value.trim();
    if (
      await this.confirming.run(() =>
        this.session.confirmEmailChange(email, this.code.value.trim()),
      )
    ) {
      this.done.set(`Your email is now ${email.toLowerCase()}.`);
      this.startOver();
      this.newEmail.reset();
      this.profile.refresh();
    }
  }

  protected startOver(): void {
    this.sentTo.set(null);
    this.code.reset();
    this.confirming.submitted.set(false);
    this.confirming.error.set(null);
  }
}
