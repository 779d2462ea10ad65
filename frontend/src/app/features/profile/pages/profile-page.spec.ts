import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { profileFactory, tankFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { ProfileService } from '../services/profile.service';
import { ProfilePage } from './profile-page';

describe('ProfilePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function renderLoaded(profile = profileFactory()) {
    const fixture = TestBed.createComponent(ProfilePage);
    await loadProfile(profile);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the plan, the access it gives today and when the trial ends', async () => {
    const { element } = await renderLoaded();

    expect(element.querySelector('[data-testid="plan"]')?.textContent).toBe('Free Trial');
    expect(element.querySelector('[data-testid="access-tier"]')?.textContent).toBe('Pro');
    expect(element.querySelector('[data-testid="trial-ends"]')?.textContent).toContain('2026');
  });

  it('lists every tank read-only', async () => {
    const { element } = await renderLoaded(
      profileFactory({
        tanks: [
          tankFactory({ tankId: 'a', name: 'Display reef' }),
          tankFactory({ tankId: 'b', name: 'Frag tank' }),
        ],
      }),
    );

    expect([...element.querySelectorAll('ram-tank-list h3')].map((h) => h.textContent)).toEqual([
      'Display reef',
      'Frag tank',
    ]);
    expect(element.querySelector('ram-tank-list input, ram-tank-list select')).toBeNull();
  });

  it('saves a new display name and confirms it', async () => {
    const { fixture, element } = await renderLoaded();
    expect(element.querySelector<HTMLInputElement>('#display-name')?.value).toBe('Robin');
    typeInto(element, '#display-name', 'Robin Reef');

    submitForm(element);
    const request = await vi.waitFor(() => http.expectOne('/api/user/save'));
    expect(request.request.body).toEqual({ displayName: 'Robin Reef' });
    request.flush(profileFactory({ user: { displayName: 'Robin Reef' } }));
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(element.querySelector('[role="status"]')?.textContent).toContain('Saved.'),
    );
  });

  it('shows the server’s 400 message under the field, not on the banner', async () => {
    const { fixture, element } = await renderLoaded();
    typeInto(element, '#display-name', 'Robin <script>');

    submitForm(element);
    (await vi.waitFor(() => http.expectOne('/api/user/save'))).flush(
      { message: 'displayName contains characters that are not allowed', code: 'INVALID_REQUEST' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(element.querySelector('#display-name-error')?.textContent).toContain(
        'characters that are not allowed',
      ),
    );
    expect(element.querySelector('#display-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('refuses an empty display name before calling the API', async () => {
    const { fixture, element } = await renderLoaded();
    typeInto(element, '#display-name', '   ');

    submitForm(element);
    await fixture.whenStable();

    expect(element.querySelector('#display-name-error')?.textContent).toContain(
      'Enter a display name.',
    );
  });

  it('offers a retry when the profile could not be loaded', async () => {
    const fixture = TestBed.createComponent(ProfilePage);
    const element: HTMLElement = fixture.nativeElement;
    TestBed.inject(ProfileService).load();
    (await vi.waitFor(() => http.expectOne('/api/user'))).flush(
      { message: 'down' },
      { status: 503, statusText: 'Unavailable' },
    );
    await fixture.whenStable();

    expect(element.textContent).toContain('Your profile could not be loaded');
    buttonLabelled(element, 'Try again').click();
    (await vi.waitFor(() => http.expectOne('/api/user'))).flush(profileFactory());
  });
});
