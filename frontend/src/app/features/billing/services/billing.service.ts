import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import type { BillingInterval, PaidPlan } from '../../../core/config/runtime-config';
import { type ApiProblem, apiProblemFrom } from '../../../core/errors/api-problem';

/** Leaves the app for Checkout or the billing portal (a full page load, as Stripe requires). */
export const LEAVE_APP = new InjectionToken<(url: string) => void>('LEAVE_APP', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (url: string) => document.location.assign(url);
  },
});

/** What `POST /user/billing/checkout` answers: a Checkout page, or the portal for a subscriber. */
export interface CheckoutAnswer {
  readonly kind: 'checkout' | 'portal';
  readonly url: string;
}

const SHOWN_HERE = [400, 403, 409, 502];

/** Opens Stripe Checkout and the billing portal; a refusal stays here as `problem` in the keeper's words. */
@Injectable({ providedIn: 'root' })
export class BillingService {
  private readonly api = inject(ApiClient);
  private readonly leave = inject(LEAVE_APP);

  /** What is opening right now (`checkout` or `portal`), to disable the buttons. */
  readonly busy = signal<'checkout' | 'portal' | null>(null);
  readonly problem = signal<ApiProblem | null>(null);

  /** Opens checkout for the plan; true when the browser is on its way there. */
  checkout(plan: PaidPlan, interval: BillingInterval): Promise<boolean> {
    return this.open('checkout', () =>
      firstValueFrom(
        this.api.post<CheckoutAnswer>(
          '/user/billing/checkout',
          { plan, interval },
          { handles: SHOWN_HERE },
        ),
      ),
    );
  }

  /** Opens the billing portal to change plan or interval, cancel or resume, or update the card. */
  portal(): Promise<boolean> {
    return this.open('portal', () =>
      firstValueFrom(
        this.api.post<{ url: string }>('/user/billing/portal', {}, { handles: SHOWN_HERE }),
      ),
    );
  }

  private async open(
    what: 'checkout' | 'portal',
    call: () => Promise<{ url: string }>,
  ): Promise<boolean> {
    this.busy.set(what);
    this.problem.set(null);
    try {
      const { url } = await call();
      this.leave(url);
      return true;
    } catch (error) {
      this.problem.set(
        error instanceof HttpErrorResponse
          ? apiProblemFrom(error)
          : { status: 0, message: 'Billing could not be opened. Try again.' },
      );
      this.busy.set(null);
      return false;
    }
  }
}
