import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { profileFactory, tankFactory } from '../../../testing/factories';
import { provideTestHttp } from '../../../testing/providers';
import { ErrorBannerService } from '../errors/error-banner.service';
import { ProfileService } from './profile.service';

describe('ProfileService', () => {
  let sut: ProfileService;
  let http: HttpTestingController;
  let banner: ErrorBannerService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    sut = TestBed.inject(ProfileService);
    http = TestBed.inject(HttpTestingController);
    banner = TestBed.inject(ErrorBannerService);
  });

  afterEach(() => http.verify());

  async function expectPost(url: string) {
    return vi.waitFor(() => http.expectOne({ method: 'POST', url }));
  }

  it('loads the profile with an empty body and shares its tanks and name', async () => {
    sut.load();
    expect(sut.profile().status).toBe('loading');

    const request = await expectPost('/api/user');
    expect(request.request.body).toEqual({});
    request.flush(profileFactory());

    expect(sut.profile().status).toBe('ready');
    expect(sut.tanks().map((tank) => tank.name)).toEqual(['Mixed reef 300']);
    expect(sut.displayName()).toBe('Robin');
  });

  it('reports a failed load as failed, with no tanks', async () => {
    sut.load();
    (await expectPost('/api/user')).flush(
      { message: 'Something went wrong', referenceId: 'REF-1' },
      { status: 500, statusText: 'Error' },
    );

    expect(sut.profile()).toEqual({
      status: 'failed',
      message: 'Your profile could not be loaded.',
    });
    expect(sut.tanks()).toEqual([]);
  });

  it('refreshes behind the profile on screen, keeping it while the answer is on its way', async () => {
    sut.load();
    (await expectPost('/api/user')).flush(profileFactory());

    sut.refresh();
    expect(sut.profile().status).toBe('ready');
    (await expectPost('/api/user')).flush(
      profileFactory({ entitlements: { uploads: { allowed: true, limit: 3, remaining: 1 } } }),
    );

    expect(sut.loaded()?.entitlements.uploads.remaining).toBe(1);
  });

  it('saves the display name and takes the answer as the new profile', async () => {
    const saving = sut.saveDisplayName('Robin Reef');
    const request = await expectPost('/api/user/save');
    expect(request.request.body).toEqual({ displayName: 'Robin Reef' });
    request.flush(profileFactory({ user: { displayName: 'Robin Reef' } }));

    await expect(saving).resolves.toEqual({ saved: true });
    expect(sut.displayName()).toBe('Robin Reef');
  });

  it('hands a 400 back as the field error instead of raising the banner', async () => {
    const saving = sut.saveDisplayName('x'.repeat(81));
    (await expectPost('/api/user/save')).flush(
      { message: 'displayName must be 1 to 80 characters', code: 'INVALID_REQUEST' },
      { status: 400, statusText: 'Bad Request' },
    );

    await expect(saving).resolves.toEqual({
      saved: false,
      fieldError: 'displayName must be 1 to 80 characters',
    });
    expect(banner.current()).toBeNull();
  });

  it('adds a tank and hands it back with the id the server gave it', async () => {
    sut.load();
    (await expectPost('/api/user')).flush(profileFactory());
    const frag = {
      name: 'Frag tank',
      volume: 20,
      volumeUnit: 'GAL',
      dosingMethod: 'TRITON',
      defaultLab: 'ATI',
      timezone: 'Europe/Berlin',
    } as const;

    const saving = sut.saveTank(frag);
    const request = await expectPost('/api/user/save');
    expect(request.request.body).toEqual({ tanks: [frag] });
    const stored = tankFactory({
      tankId: 'tank-2',
      name: 'Frag tank',
      volumeLitres: 75.7,
      volumeUnit: 'GAL',
    });
    request.flush(profileFactory({ tanks: [tankFactory(), stored] }));

    await expect(saving).resolves.toEqual({ saved: true, tank: stored });
    expect(sut.tanks()).toHaveLength(2);
  });

  it('updates a tank by its id', async () => {
    const saving = sut.saveTank({
      tankId: 'tank-1',
      name: 'Display reef',
      volume: 300,
      volumeUnit: 'L',
      dosingMethod: 'CUSTOM',
      defaultLab: 'OCEAMO',
      timezone: 'UTC',
    });
    (await expectPost('/api/user/save')).flush(
      profileFactory({ tanks: [tankFactory({ name: 'Display reef', timezone: 'UTC' })] }),
    );

    await expect(saving).resolves.toMatchObject({ saved: true, tank: { name: 'Display reef' } });
  });

  it('leaves other save failures to the banner', async () => {
    const saving = sut.saveDisplayName('Robin');
    (await expectPost('/api/user/save')).flush(
      { message: 'Something went wrong', referenceId: 'REF-9' },
      { status: 500, statusText: 'Error' },
    );

    await expect(saving).resolves.toEqual({ saved: false });
    expect(banner.current()?.referenceId).toBe('REF-9');
  });
});
