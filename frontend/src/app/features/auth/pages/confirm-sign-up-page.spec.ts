import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { submitForm, typeInto } from '../../../../testing/dom';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { provideTestHttp } from '../../../../testing/providers';
import { AuthSession } from '../../../core/identity/auth-session';
import { IDENTITY_CLIENT, IdentityError } from '../../../core/identity/identity-client';
import { ConfirmSignUpPage } from './confirm-sign-up-page';

describe('ConfirmSignUpPage', () => {
  let identity: FakeIdentityClient;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  async function render(email?: string) {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    identity = TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient;
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ConfirmSignUpPage);
    if (email) fixture.componentRef.setInput('email', email);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => localStorage.clear());

  it('confirms the code and signs straight in after a sign-up in this tab', async () => {
    const { fixture, element } = await render('new@example.com');
    identity.signUp.mockResolvedValue({ userSub: 'sub-1', confirmed: false });
    await TestBed.inject(AuthSession).signUp({
      email: 'new@example.com',
      password: 'correct-horse-1',
      plan: 'PRO',
    });
    typeInto(element, '#code', ' 123456 ');

    submitForm(element);
    await fixture.whenStable();

    expect(element.querySelector<HTMLInputElement>('#email')!.value).toBe('new@example.com');
    expect(identity.confirmSignUp).toHaveBeenCalledWith('new@example.com', '123456');
    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/app'));
  });

  it('sends the keeper to sign in when the password is not known here (a later visit)', async () => {
    const { fixture, element } = await render('later@example.com');
    typeInto(element, '#code', '123456');

    submitForm(element);
    await fixture.whenStable();

    await vi.waitFor(() => expect(navigateByUrl).toHaveBeenCalledWith('/sign-in?reason=confirmed'));
    expect(identity.signIn).not.toHaveBeenCalled();
  });

  it('asks for six digits before calling the provider, and shows a wrong code plainly', async () => {
    const { fixture, element } = await render('new@example.com');
    typeInto(element, '#code', '12ab');
    submitForm(element);
    await fixture.whenStable();
    expect(element.querySelector('#code-error')?.textContent).toContain('six-digit code');
    expect(identity.confirmSignUp).not.toHaveBeenCalled();

    identity.confirmSignUp.mockRejectedValue(
      new IdentityError('That code is not right.', 'CodeMismatchException'),
    );
    typeInto(element, '#code', '654321');
    submitForm(element);
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(element.querySelector('[role="alert"]')?.textContent).toContain(
        'That code is not right.',
      ),
    );
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
