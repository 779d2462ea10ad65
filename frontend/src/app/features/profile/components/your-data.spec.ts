import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { buttonLabelled, typeInto } from '../../../../testing/dom';
import { provideTestHttp } from '../../../../testing/providers';
import { AuthSession } from '../../../core/identity/auth-session';
import { YourData } from './your-data';

describe('YourData', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(YourData);
    fixture.componentRef.setInput('email', 'keeper@reef.test');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('offers the CSV import next to the export, and says a subscription ends with the account', async () => {
    const { element } = await render();
    expect(element.querySelector('a[href="/app/tests/import"]')?.textContent?.trim()).toBe(
      'Import a CSV',
    );
    expect(element.textContent).toContain(
      'A running subscription ends at once: nothing more is charged',
    );
  });

  it('keeps Delete disabled until the account’s email is typed, in any case', async () => {
    const { fixture, element } = await render();
    const remove = buttonLabelled(element, 'Delete my account');
    expect(remove.disabled).toBe(true);
    typeInto(element, '#confirm-email', 'someone@reef.test');
    await fixture.whenStable();
    expect(remove.disabled).toBe(true);
    typeInto(element, '#confirm-email', ' Keeper@Reef.test ');
    await fixture.whenStable();
    expect(remove.disabled).toBe(false);
  });

  it('sends the typed email, then signs out and leaves for the landing page', async () => {
    const { fixture, element } = await render();
    const signOut = vi.spyOn(TestBed.inject(AuthSession), 'signOut');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    typeInto(element, '#confirm-email', 'keeper@reef.test');
    await fixture.whenStable();
    buttonLabelled(element, 'Delete my account').click();
    const request = await vi.waitFor(() => http.expectOne('/api/user/delete'));
    expect(request.request.body).toEqual({ confirmEmail: 'keeper@reef.test' });
    request.flush({ deleted: true });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/'], { queryParams: { deleted: 1 } }),
    );
    expect(signOut).toHaveBeenCalled();
  });

  it('shows the API’s refusal next to the field and stays signed in', async () => {
    const { fixture, element } = await render();
    const signOut = vi.spyOn(TestBed.inject(AuthSession), 'signOut');
    typeInto(element, '#confirm-email', 'keeper@reef.test');
    await fixture.whenStable();
    buttonLabelled(element, 'Delete my account').click();
    (await vi.waitFor(() => http.expectOne('/api/user/delete'))).flush(
      { message: 'confirmEmail does not match the email of this account; nothing was deleted' },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(() =>
      expect(element.querySelector('#delete-error')?.textContent).toContain('nothing was deleted'),
    );
    expect(signOut).not.toHaveBeenCalled();
  });
});
