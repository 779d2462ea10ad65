import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { provideTestHttp } from '../../../../testing/providers';
import { IDENTITY_CLIENT } from '../../../core/identity/identity-client';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  let identity: FakeIdentityClient;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  async function render(options: { email?: string; canReset?: boolean } = {}) {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    identity = TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient;
    identity.canResetPassword = options.canReset ?? true;
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ResetPasswordPage);
    if (options.email) fixture.componentRef.setInput('email', options.email);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => localStorage.clear());

  it('mails a code, then saves the new password with it and signs in', async () => {
    const { fixture, element } = await render({ email: 'keeper@example.com' });

    buttonLabelled(element, 'Send me a code').click();
    await fixture.whenStable();
    expect(identity.startPasswordReset).toHaveBeenCalledWith('keeper@example.com');
    await vi.waitFor(() =>
      expect(element.querySelector('[role="status"]')?.textContent).toContain('k***@e***.com'),
    );

    typeInto(element, '#code', '654321');
    typeInto(element, '#password', 'New-password-2');
    submitForm(element);
    await fixture.whenStable();

    expect(identity.resetPassword).toHaveBeenCalledWith(
      'keeper@example.com',
      '654321',
      'New-password-2',
    );
    expect(identity.signIn).toHaveBeenCalledWith('keeper@example.com', 'New-password-2');
    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app'));
  });

  it('holds a new password to the same rule as sign-up', async () => {
    const { fixture, element } = await render({ email: 'keeper@example.com' });
    buttonLabelled(element, 'Send me a code').click();
    await fixture.whenStable();

    typeInto(element, '#code', '654321');
    typeInto(element, '#password', 'short');
    submitForm(element);
    await fixture.whenStable();

    expect(element.querySelector('#password-error')).not.toBeNull();
    expect(identity.resetPassword).not.toHaveBeenCalled();
  });

  it('says plainly that a provider without mail cannot reset passwords', async () => {
    const { element } = await render({ canReset: false });

    expect(element.textContent).toContain('passwords cannot be reset here');
    expect(element.querySelector('form')).toBeNull();
  });
});
