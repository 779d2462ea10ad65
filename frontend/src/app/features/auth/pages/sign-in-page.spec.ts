import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { runtimeConfigFactory } from '../../../../testing/factories';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { provideTestHttp } from '../../../../testing/providers';
import { IDENTITY_CLIENT, IdentityError } from '../../../core/identity/identity-client';
import { SignInPage } from './sign-in-page';

const demo = { email: 'demo@reefamatic.local', password: 'reef-demo-1' };

describe('SignInPage', () => {
  let identity: FakeIdentityClient;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  async function render(inputs: { returnUrl?: string; reason?: string } = {}, withDemo = true) {
    TestBed.configureTestingModule({
      providers: provideTestHttp(runtimeConfigFactory(withDemo ? { demo } : {})),
    });
    identity = TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient;
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SignInPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  async function submit(
    fixture: { whenStable(): Promise<unknown> },
    element: HTMLElement,
  ): Promise<void> {
    submitForm(element);
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());

  it('shows the demo credentials of this environment and fills them in on request', async () => {
    const { fixture, element } = await render();

    expect(element.querySelector('[data-testid="demo-email"]')?.textContent).toBe(demo.email);
    expect(element.querySelector('[data-testid="demo-password"]')?.textContent).toBe(demo.password);
    buttonLabelled(element, 'Use demo account').click();
    await fixture.whenStable();

    expect(element.querySelector<HTMLInputElement>('#email')!.value).toBe(demo.email);
    expect(element.querySelector<HTMLInputElement>('#password')!.value).toBe(demo.password);
  });

  it('offers no demo account where the config has none', async () => {
    const { element } = await render({}, false);

    expect(element.textContent).not.toContain('Try the demo tank');
  });

  it('signs in and returns to the page the keeper was headed for', async () => {
    const { fixture, element } = await render({ returnUrl: '/app/profile' });
    typeInto(element, '#email', ' keeper@example.com ');
    typeInto(element, '#password', 'correct-horse-1');

    await submit(fixture, element);

    expect(identity.signIn).toHaveBeenCalledWith('keeper@example.com', 'correct-horse-1');
    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app/profile'));
  });

  it('ignores a return address outside the app', async () => {
    const { fixture, element } = await render({ returnUrl: 'https://evil.example.com' });
    typeInto(element, '#email', 'keeper@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    await submit(fixture, element);

    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app'));
  });

  it('shows the provider’s refusal next to the form', async () => {
    const { fixture, element } = await render();
    identity.signIn.mockRejectedValue(
      new IdentityError('Incorrect email or password', 'NotAuthorizedException'),
    );
    typeInto(element, '#email', 'keeper@example.com');
    typeInto(element, '#password', 'wrong-1');

    await submit(fixture, element);

    await vi.waitFor(() =>
      expect(element.querySelector('[role="alert"]')?.textContent).toContain(
        'Incorrect email or password',
      ),
    );
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('points out missing fields without calling the provider', async () => {
    const { fixture, element } = await render();

    await submit(fixture, element);

    expect(element.querySelector('#email-error')?.textContent).toContain('Enter the email address');
    expect(element.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
    expect(identity.signIn).not.toHaveBeenCalled();
  });

  it('explains why the keeper was sent back after the session ended', async () => {
    const { element } = await render({ reason: 'expired' });

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Your session ended');
  });

  it('sends a keeper whose account is not confirmed yet to the code step', async () => {
    const { fixture, element } = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    identity.signIn.mockRejectedValue(
      new IdentityError('Confirm your email address first', 'UserNotConfirmedException'),
    );
    typeInto(element, '#email', 'new@example.com');
    typeInto(element, '#password', 'correct-horse-1');

    await submit(fixture, element);

    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/sign-up/confirm'], {
        queryParams: { email: 'new@example.com' },
      }),
    );
  });

  it('offers a password reset only where the provider can send one', async () => {
    expect((await render()).element.textContent).toContain('Forgot your password?');

    TestBed.resetTestingModule();
    const local = await (async () => {
      TestBed.configureTestingModule({ providers: provideTestHttp(runtimeConfigFactory()) });
      (TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient).canResetPassword = false;
      const fixture = TestBed.createComponent(SignInPage);
      await fixture.whenStable();
      return fixture.nativeElement as HTMLElement;
    })();
    expect(local.textContent).not.toContain('Forgot your password?');
  });
});
