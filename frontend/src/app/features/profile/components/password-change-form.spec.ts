import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { AuthSession } from '../../../core/identity/auth-session';
import { IDENTITY_CLIENT, IdentityError } from '../../../core/identity/identity-client';
import { PasswordChangeForm } from './password-change-form';

describe('PasswordChangeForm', () => {
  let identity: FakeIdentityClient;

  beforeEach(async () => {
    localStorage.clear();
    identity = new FakeIdentityClient();
    TestBed.configureTestingModule({
      providers: [{ provide: IDENTITY_CLIENT, useValue: identity }],
    });
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  async function render() {
    const fixture = TestBed.createComponent(PasswordChangeForm);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      submitForm(element);
      await fixture.whenStable();
    };
    return { element, submit };
  }

  const text = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ') ?? '';

  it('changes the password after checking both fields, then says so and clears them', async () => {
    const { element, submit } = await render();
    typeInto(element, '#current-password', 'correct-horse-1');
    typeInto(element, '#new-password', 'better-horse-2');
    await submit();

    expect(identity.changePassword).toHaveBeenCalledWith(
      'access-1',
      'correct-horse-1',
      'better-horse-2',
    );
    expect(text(element)).toContain('Password changed. Use the new one next time you sign in.');
    expect(element.querySelector<HTMLInputElement>('#new-password')!.value).toBe('');
  });

  it('sends nothing while the new password is too weak, and says what it needs', async () => {
    const { element, submit } = await render();
    typeInto(element, '#current-password', 'correct-horse-1');
    typeInto(element, '#new-password', 'short');
    await submit();

    expect(identity.changePassword).not.toHaveBeenCalled();
    expect(element.querySelector('#new-password-error')?.textContent).toContain(
      'at least 8 characters with a letter and a digit',
    );
    expect(element.querySelector('#new-password')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the provider’s refusal of a wrong current password beside the form', async () => {
    identity.changePassword.mockRejectedValueOnce(
      new IdentityError('The current password is not right.', 'NotAuthorizedException'),
    );
    const { element, submit } = await render();
    typeInto(element, '#current-password', 'wrong-horse-1');
    typeInto(element, '#new-password', 'better-horse-2');
    await submit();

    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      'The current password is not right.',
    );
    expect(text(element)).not.toContain('Password changed');
    expect(buttonLabelled(element, 'Change password').disabled).toBe(false);
  });
});
