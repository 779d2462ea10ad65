import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { typeInto } from '../../../../testing/dom';
import { profileFactory, tankFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { TankSetupPage } from './tank-setup-page';

describe('TankSetupPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(TankSetupPage);
    await loadProfile(
      profileFactory({
        user: { displayName: '' },
        tanks: [tankFactory({ tankId: 'tank-1', setupConfirmed: false })],
      }),
    );
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('asks the keeper’s name beside the tank, empty rather than made from the email', async () => {
    const { element } = await render();
    expect(element.querySelector('#name-heading')?.textContent?.trim()).toBe(
      'What should RaM call you?',
    );
    expect(element.querySelector<HTMLInputElement>('#display-name')?.value).toBe('');
    expect(element.querySelector('ram-tank-editor')).not.toBeNull();
  });

  it('saves the name the keeper types', async () => {
    const { fixture, element } = await render();
    typeInto(element, '#display-name', ' Robin ');
    element.querySelector('ram-display-name-form form')!.dispatchEvent(new Event('submit'));
    const request = await vi.waitFor(() => http.expectOne('/api/user/save'));
    expect(request.request.body).toEqual({ displayName: 'Robin' });
    request.flush(
      profileFactory({
        user: { displayName: 'Robin' },
        tanks: [tankFactory({ tankId: 'tank-1', setupConfirmed: false })],
      }),
    );
    await fixture.whenStable();
    await vi.waitFor(() =>
      expect(element.querySelector('ram-display-name-form [role="status"]')?.textContent).toContain(
        'Saved.',
      ),
    );
  });
});
