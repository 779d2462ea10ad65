import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, typeInto } from '../../../../testing/dom';
import { FakeIdentityClient } from '../../../../testing/fake-identity-client';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { AuthSession } from '../../../core/identity/auth-session';
import { IDENTITY_CLIENT, IdentityError } from '../../../core/identity/identity-client';
import { EmailChangeForm } from './email-change-form';

describe('EmailChangeForm', () => {
  let identity: FakeIdentityClient;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    identity = TestBed.inject(IDENTITY_CLIENT) as FakeIdentityClient;
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(EmailChangeForm);
    fixture.componentRef.setInput('email', 'keeper@example.com');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { element, submit, fixture };
  }

  const text = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('sends a code to the new address, then confirms it and reads the profile again', async () => {
    await loadProfile(profileFactory());
    const { element, submit } = await render();
    expect(text(element)).toContain('You sign in with keeper@example.com.');
    typeInto(element, '#new-email', 'new@example.com');
    await submit();

    expect(identity.startEmailChange).toHaveBeenCalledWith('access-1', 'new@example.com');
    expect(element.querySelector('label[for="email-code"]')?.textContent).toBe(
      'Code sent to n***@e***.com',
    );

    typeInto(element, '#email-code', ' 123456 ');
    await submit();

    expect(identity.confirmEmailChange).toHaveBeenCalledWith('access-1', '123456');
    expect(text(element)).toContain('Your email is now new@example.com.');
    expect(element.querySelector('#email-code')).toBeNull();
    // The profile is read again with the new tokens; the API stores the verified address.
    http.expectOne('/api/user').flush(profileFactory());
  });

  it('shows the refusal of an address another account uses', async () => {
    identity.startEmailChange.mockRejectedValueOnce(
      new IdentityError('An account with this email already exists.', 'AliasExistsException'),
    );
    const { element, submit } = await render();
    typeInto(element, '#new-email', 'taken@example.com');
    await submit();

    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      'An account with this email already exists.',
    );
    expect(element.querySelector('#email-code')).toBeNull();
  });

  it('asks for a real address, and not the one it has, before sending anything', async () => {
    const { element, submit } = await render();
    typeInto(element, '#new-email', 'not-an-email');
    await submit();
    expect(element.querySelector('#new-email-error')?.textContent).toBe(
      'Enter the new email address.',
    );
    typeInto(element, '#new-email', 'KEEPER@example.com');
    await submit();
    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      'This is already your email.',
    );
    expect(identity.startEmailChange).not.toHaveBeenCalled();
  });

  it('keeps the code step on a wrong code, and can start over with another address', async () => {
    identity.confirmEmailChange.mockRejectedValueOnce(
      new IdentityError('The code is not right', 'CodeMismatchException'),
    );
    const { element, submit, fixture } = await render();
    typeInto(element, '#new-email', 'new@example.com');
    await submit();
    typeInto(element, '#email-code', '000000');
    await submit();

    expect(element.querySelector('[role="alert"]')?.textContent).toBe('The code is not right');
    buttonLabelled(element, 'Use another address').click();
    await fixture.whenStable();
    expect(element.querySelector('#email-code')).toBeNull();
  });
});
