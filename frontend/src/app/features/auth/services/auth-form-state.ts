import { signal } from '@angular/core';
import { IdentityError } from '../../../core/identity/identity-client';

/** Where an auth form stands: whether it was submitted, is waiting, or was refused and why. */
export class AuthFormState {
  readonly submitted = signal(false);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  /** The provider's code for the last refusal (e.g. `UserNotConfirmedException`), null otherwise. */
  readonly errorCode = signal<string | null>(null);

  /** Runs the identity call once; returns whether it succeeded, keeping the refusal's message. */
  async run(action: () => Promise<void>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.errorCode.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      this.errorCode.set(error instanceof IdentityError ? error.code : null);
      this.error.set(
        error instanceof IdentityError
          ? error.message
          : 'Something went wrong. Try again in a moment.',
      );
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

/** Only paths inside the app are followed after sign-in, so a crafted link cannot send keepers elsewhere. */
export function safeReturnUrl(returnUrl: string | undefined): string {
  return returnUrl && /^\/app(\/|$|\?)/.test(returnUrl) ? returnUrl : '/app';
}
