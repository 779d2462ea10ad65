import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { submitForm, typeInto } from '../../../../testing/dom';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { provideTestHttp } from '../../../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { IDENTITY_CLIENT } from '../../../core/identity/identity-client';
import { LEAVE_APP } from '../../billing/services/billing.service';
import { SignUpPage } from './sign-up-page';

describe('SignUpPage', () => {
  let identity: FakeIdentityClient;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;
  let leaveApp: ReturnType<typeof vi.fn>;

  async function render(plan?: string) {
    leaveApp = vi.fn();
    TestBed.configureTestingModule({
      providers: [...provideTestHttp(), { provide: LEAVE_APP, useValue: leaveApp }],
    });
    identity = TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient;
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignUpPage);
    if (plan !== undefined) fixture.componentRef.setInput('plan', plan);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function checkedPlan(element: HTMLElement): string | null {
    return element.querySelector<HTMLInputElement>('input[name="plan"]:checked')?.value ?? null;
  }

  beforeEach(() => localStorage.clear());

  it('offers Free Trial, Basic and Pro with the trial’s terms spelled out', async () => {
    const { element } = await render();
    const plans = [...element.querySelectorAll('fieldset label')].map(
      (label) => label.textContent ?? '',
    );

    expect(plans).toHaveLength(3);
    expect(plans[0]).toContain('Free Trial');
    expect(plans[0]).toContain('3 ICP report uploads');
    expect(plans[0]).toContain('7 days');
    expect(checkedPlan(element)).toBeNull();
  });

  it('preselects the plan a landing-page link asked for', async () => {
    const { element } = await render('trial');

    expect(checkedPlan(element)).toBe('TRIAL');
  });

  it('insists on an explicit plan before creating the account', async () => {
    const { fixture, element } = await render();
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    submitForm(element);
    await fixture.whenStable();

    expect(element.querySelector('#plan-error')?.textContent).toContain(
      'Choose Free Trial, Basic or Pro',
    );
    expect(identity.signUp).not.toHaveBeenCalled();
  });

  it('creates a trial account and opens the app', async () => {
    const { fixture, element } = await render('TRIAL');
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    submitForm(element);
    await fixture.whenStable();

    expect(identity.signUp).toHaveBeenCalledWith({
      email: 'new@example.com',
      password: 'correct-horse-1',
      plan: 'TRIAL',
    });
    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app'));
  });

  it('continues a Pro sign-up straight to checkout for the chosen interval', async () => {
    const { fixture, element } = await render('TRIAL');
    element.querySelector<HTMLInputElement>('input[value="PRO"]')!.click();
    await fixture.whenStable();
    element.querySelectorAll<HTMLInputElement>('input[name="interval"]')[1]!.click();
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    submitForm(element);
    const http = TestBed.inject(HttpTestingController);
    const checkout = await vi.waitFor(() => http.expectOne('/api/user/billing/checkout'));
    expect(checkout.request.body).toEqual({ plan: 'PRO', interval: 'YEAR' });
    checkout.flush({ kind: 'checkout', url: '/_local/stripe/checkout/cs_1' });

    await vi.waitFor(() => expect(leaveApp).toHaveBeenCalledWith('/_local/stripe/checkout/cs_1'));
    expect(identity.signUp).toHaveBeenCalledWith({
      email: 'new@example.com',
      password: 'correct-horse-1',
      plan: 'PRO',
    });
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('opens Plan & billing when checkout cannot start, so the keeper can try again there', async () => {
    const { fixture, element } = await render('BASIC');
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    submitForm(element);
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    (await vi.waitFor(() => http.expectOne('/api/user/billing/checkout'))).flush(
      { message: 'Stripe could not open a checkout.', referenceId: 'RAM-AAAA-BBBB' },
      { status: 502, statusText: 'Bad Gateway' },
    );

    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app/profile#billing'));
    expect(leaveApp).not.toHaveBeenCalled();
  });

  it('asks for a password with a letter and a digit, as the identity provider does', async () => {
    const { fixture, element } = await render('BASIC');
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'longbutnodigits');

    submitForm(element);
    await fixture.whenStable();

    expect(element.querySelector('#password-error')?.textContent).toContain('a letter and a digit');
    expect(identity.signUp).not.toHaveBeenCalled();
  });
});
