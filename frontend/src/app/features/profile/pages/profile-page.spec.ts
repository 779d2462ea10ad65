import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { profileFactory, tankFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { CLOCK } from '../../../core/identity/clock';
import { ProfileService } from '../../../core/profile/profile.service';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { ProfilePage } from './profile-page';

describe('ProfilePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        { provide: CLOCK, useValue: () => Date.parse('2026-02-22T12:00:00Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The alert settings read each shown tank's preferences; their own spec covers them.
    for (const request of http.match('/api/user/alerts'))
      request.flush({
        preferences: {
          tankId: request.request.body.tankId,
          saved: false,
          reportFinished: false,
          critical: true,
          outOfRange: false,
          weeklySummary: false,
        },
      });
    http.verify();
  });

  async function renderLoaded(profile = profileFactory()) {
    const fixture = TestBed.createComponent(ProfilePage);
    await loadProfile(profile);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  function choose(element: HTMLElement, selector: string, value: string): void {
    const select = element.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  async function saveAnswer(body: object, status = 200) {
    const request = await vi.waitFor(() => http.expectOne('/api/user/save'));
    request.flush(body, { status, statusText: String(status) });
    return request.request.body;
  }

  it('shows the plan chosen, what it gives today and how long the trial lasts', async () => {
    const { element } = await renderLoaded();

    expect(element.querySelector('[data-testid="plan"]')?.textContent).toBe('Free Trial');
    const standing = element.querySelectorAll('[data-testid="plan-standing"] p');
    expect([...standing].map(text)).toEqual([
      'Free Trial',
      'Every Pro feature until 27 Feb 2026 — 5 days left.',
    ]);
    expect([...element.querySelectorAll('[data-testid="allowance-uploads"] p')].map(text)).toEqual([
      'ICP uploads',
      'Available: 2 of 3 trial uploads left',
    ]);
  });

  it('explains in words why an allowance is closed', async () => {
    const { element } = await renderLoaded(
      profileFactory({
        entitlements: {
          uploads: { allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3, remaining: 0 },
        },
      }),
    );

    expect(text(element.querySelector('[data-testid="allowance-uploads"]'))).toContain(
      "Not available: Your trial's 3 ICP uploads are used — choose a plan to keep uploading.",
    );
  });

  it('lists every tank with its settings and an edit button', async () => {
    const { element } = await renderLoaded(
      profileFactory({
        tanks: [
          tankFactory({ tankId: 'a', name: 'Display reef' }),
          tankFactory({ tankId: 'b', name: 'Frag tank', volumeLitres: 75.7, volumeUnit: 'GAL' }),
        ],
      }),
    );

    expect(text(element.querySelector('[data-testid="tank-a"] h3'))).toBe('Display reef Showing');
    expect(text(element.querySelector('[data-testid="tank-b"]'))).toContain('20 US gal (75.7 L)');
    expect(text(element.querySelector('#edit-b'))).toBe('Edit Frag tank');
  });

  it('adds a tank in gallons and offers to show it', async () => {
    const { fixture, element } = await renderLoaded();
    buttonLabelled(element, 'Add a tank').click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('tank-new-name');

    typeInto(element, '#tank-new-name', 'Frag tank');
    typeInto(element, '#tank-new-volume', '20');
    choose(element, '#tank-new-volumeUnit', 'GAL');
    choose(element, '#tank-new-dosingMethod', 'FAUNA_MARIN');
    choose(element, '#tank-new-defaultLab', 'ATI');
    choose(element, '#tank-new-timezone', 'America/New_York');
    submitForm(element.querySelector('ram-tank-editor')!);
    const frag = tankFactory({ tankId: 'tank-2', name: 'Frag tank', volumeUnit: 'GAL' });
    const sent = await saveAnswer(profileFactory({ tanks: [tankFactory(), frag] }));
    await fixture.whenStable();

    expect(sent).toEqual({
      tanks: [
        {
          name: 'Frag tank',
          volume: 20,
          volumeUnit: 'GAL',
          dosingMethod: 'FAUNA_MARIN',
          defaultLab: 'ATI',
          timezone: 'America/New_York',
        },
      ],
    });
    await vi.waitFor(() =>
      expect(text(element.querySelector('ram-tank-list [role="status"]'))).toContain(
        'Added Frag tank.',
      ),
    );
    buttonLabelled(element, 'Show Frag tank').click();
    expect(TestBed.inject(TankSelection).selectedTankId()).toBe('tank-2');
  });

  it('edits a tank with its values filled in and sends its id', async () => {
    const { fixture, element } = await renderLoaded();
    element.querySelector<HTMLButtonElement>('#edit-tank-1')!.click();
    await fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('#tank-tank-1-volume')?.value).toBe('300');
    expect(element.querySelector<HTMLSelectElement>('#tank-tank-1-timezone')?.value).toBe(
      'Europe/Berlin',
    );

    typeInto(element, '#tank-tank-1-name', 'Display reef');
    submitForm(element.querySelector('ram-tank-editor')!);
    const sent = await saveAnswer(
      profileFactory({ tanks: [tankFactory({ name: 'Display reef' })] }),
    );

    expect(sent).toMatchObject({
      tanks: [{ tankId: 'tank-1', name: 'Display reef', volume: 300 }],
    });
    await vi.waitFor(() =>
      expect(text(element.querySelector('ram-tank-list [role="status"]'))).toBe(
        'Saved Display reef.',
      ),
    );
  });

  it('checks the form before sending and focuses the first field to fix', async () => {
    const { fixture, element } = await renderLoaded();
    buttonLabelled(element, 'Add a tank').click();
    await fixture.whenStable();

    submitForm(element.querySelector('ram-tank-editor')!);
    await fixture.whenStable();

    expect(text(element.querySelector('#tank-new-name-error'))).toBe('Give the tank a name.');
    expect(text(element.querySelector('#tank-new-volume-error'))).toBe(
      'Enter the water volume, more than zero.',
    );
    expect(document.activeElement?.id).toBe('tank-new-name');
    http.expectNone('/api/user/save');
  });

  it('shows the server’s refusal under the field it names, not on the banner', async () => {
    const { fixture, element } = await renderLoaded();
    element.querySelector<HTMLButtonElement>('#edit-tank-1')!.click();
    await fixture.whenStable();

    submitForm(element.querySelector('ram-tank-editor')!);
    await saveAnswer(
      { message: 'tanks.0.timezone must be an IANA time zone such as Europe/Berlin' },
      400,
    );
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(text(element.querySelector('#tank-tank-1-timezone-error'))).toBe(
        'Time zone must be an IANA time zone such as Europe/Berlin.',
      ),
    );
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('closes the form on Cancel and gives focus back to its button', async () => {
    const { fixture, element } = await renderLoaded();
    element.querySelector<HTMLButtonElement>('#edit-tank-1')!.click();
    await fixture.whenStable();

    buttonLabelled(element, 'Cancel').click();
    await fixture.whenStable();

    expect(element.querySelector('ram-tank-editor')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('edit-tank-1'));
  });

  it('saves a new display name and confirms it', async () => {
    const { fixture, element } = await renderLoaded();
    expect(element.querySelector<HTMLInputElement>('#display-name')?.value).toBe('Robin');
    typeInto(element, '#display-name', 'Robin Reef');

    submitForm(element);
    const sent = await saveAnswer(profileFactory({ user: { displayName: 'Robin Reef' } }));
    await fixture.whenStable();

    expect(sent).toEqual({ displayName: 'Robin Reef' });
    await vi.waitFor(() =>
      expect(element.querySelector('ram-display-name-form [role="status"]')?.textContent).toContain(
        'Saved.',
      ),
    );
  });

  it('shows the server’s 400 message under the display name, not on the banner', async () => {
    const { fixture, element } = await renderLoaded();
    typeInto(element, '#display-name', 'Robin <script>');

    submitForm(element);
    await saveAnswer(
      { message: 'displayName contains characters that are not allowed', code: 'INVALID_REQUEST' },
      400,
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
