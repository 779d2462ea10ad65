import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  billingCatalogFactory,
  profileFactory,
  runtimeConfigFactory,
} from '../../../../testing/factories';
import { provideTestHttp } from '../../../../testing/providers';
import type { UserProfile } from '../../../core/profile/profile.model';
import { ProfileService } from '../../../core/profile/profile.service';
import { LEAVE_APP } from '../services/billing.service';
import { BillingPanel } from './billing-panel';

describe('BillingPanel', () => {
  let leaveApp: ReturnType<typeof vi.fn>;
  let http: HttpTestingController;

  async function render(profile: UserProfile | (() => Promise<UserProfile>), returning?: string) {
    leaveApp = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(runtimeConfigFactory({ billing: billingCatalogFactory() })),
        { provide: LEAVE_APP, useValue: leaveApp },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const shown = typeof profile === 'function' ? await profile() : profile;
    const fixture = TestBed.createComponent(BillingPanel);
    fixture.componentRef.setInput('profile', shown);
    if (returning) fixture.componentRef.setInput('returning', returning);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = (element: HTMLElement, id: string) =>
    element.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();

  afterEach(() => http.verify());

  it('offers both plans at the chosen interval and opens checkout for the one picked', async () => {
    const { fixture, element } = await render(
      profileFactory({
        user: { plan: 'BASIC' },
        entitlements: { tier: 'NONE', reason: 'CHECKOUT_REQUIRED' },
      }),
    );
    expect(text(element, 'billing-price-BASIC')).toBe('€4.99 a month');

    element.querySelectorAll<HTMLInputElement>('input[name="billing-interval"]')[1]!.click();
    await fixture.whenStable();
    expect(text(element, 'billing-price-PRO')).toBe('€99.90 a year');
    element.querySelector<HTMLButtonElement>('[data-testid="choose-PRO"]')!.click();

    const checkout = await vi.waitFor(() => http.expectOne('/api/user/billing/checkout'));
    expect(checkout.request.body).toEqual({ plan: 'PRO', interval: 'YEAR' });
    checkout.flush({ kind: 'checkout', url: 'https://checkout.example/cs_1' });
    await vi.waitFor(() => expect(leaveApp).toHaveBeenCalledWith('https://checkout.example/cs_1'));
  });

  it('shows a subscriber the trial end and the renewal, and opens the portal', async () => {
    const profile = profileFactory({
      entitlements: { tier: 'PRO' },
      billing: {
        phase: 'TRIALING',
        plan: 'BASIC',
        interval: 'MONTH',
        status: 'trialing',
        trialEndsAt: '2027-01-01T10:00:00Z',
        renewsAt: '2027-01-01T10:00:00Z',
        hasCustomer: true,
      },
    });
    const { element } = await render(profile);

    expect(text(element, 'billing-standing')).toBe('Basic, monthly: Pro trial');
    expect(text(element, 'billing-status')).toBe('Pro trial');
    expect(element.textContent).toContain('1 Jan 2027');
    expect(element.querySelector('[data-testid="choose-BASIC"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="manage-billing"]')!.click();

    (await vi.waitFor(() => http.expectOne('/api/user/billing/portal'))).flush({
      url: '/_local/stripe/portal/bps_1',
    });
    await vi.waitFor(() => expect(leaveApp).toHaveBeenCalledWith('/_local/stripe/portal/bps_1'));
  });

  it('says why checkout could not open, with the support reference', async () => {
    const { fixture, element } = await render(profileFactory({ entitlements: { tier: 'NONE' } }));
    element.querySelector<HTMLButtonElement>('[data-testid="choose-BASIC"]')!.click();

    (await vi.waitFor(() => http.expectOne('/api/user/billing/checkout'))).flush(
      {
        message: 'Stripe could not open a checkout. Nothing was changed.',
        referenceId: 'RAM-7K2Q-M9XD',
        code: 'UPSTREAM_UNAVAILABLE',
      },
      { status: 502, statusText: 'Bad Gateway' },
    );
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(element.querySelector('[role="alert"]')?.textContent).toContain('RAM-7K2Q-M9XD'),
    );
    expect(leaveApp).not.toHaveBeenCalled();
  });

  it('reads the profile again after checkout until the webhook has recorded the plan', async () => {
    const pending = profileFactory({ billing: { phase: 'CHECKOUT_OPEN', hasCustomer: true } });
    const { fixture, element } = await render(async () => {
      const profiles = TestBed.inject(ProfileService);
      profiles.load();
      (await vi.waitFor(() => http.expectOne('/api/user'))).flush(pending);
      return profiles.loaded()!;
    }, 'success');
    expect(element.textContent).toContain('Waiting for Stripe to confirm');

    const again = await vi.waitFor(() => http.expectOne('/api/user'), { timeout: 3000 });
    again.flush(
      profileFactory({
        entitlements: { tier: 'PRO' },
        billing: { phase: 'TRIALING', plan: 'BASIC', interval: 'MONTH', hasCustomer: true },
      }),
    );
    fixture.componentRef.setInput('profile', TestBed.inject(ProfileService).loaded()!);
    await fixture.whenStable();

    expect(element.textContent).toContain('Your plan is active');
  });

  it('tells a billing-exempt keeper there is nothing to pay', async () => {
    const { element } = await render(
      profileFactory({ user: { billingExempt: true }, entitlements: { tier: 'FRIEND' } }),
    );

    expect(text(element, 'billing-standing')).toContain('nothing to pay');
    expect(element.querySelector('button')).toBeNull();
  });
});
