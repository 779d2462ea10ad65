import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { runtimeConfigFactory } from '../../../testing/factories';
import { RuntimeConfigError } from './runtime-config';
import { CONFIG_URL, RuntimeConfigService } from './runtime-config.service';

describe('RuntimeConfigService', () => {
  let sut: RuntimeConfigService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(RuntimeConfigService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads /config.json at runtime, bypassing the cache, and keeps it', async () => {
    const loading = sut.load();
    const request = http.expectOne(CONFIG_URL);
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.get('Cache-Control')).toBe('no-cache');
    request.flush(runtimeConfigFactory({ apiUrl: '/api/' }));

    await expect(loading).resolves.toMatchObject({ apiUrl: '/api' });
    expect(sut.current.identity.kind).toBe('local');
  });

  it('fails startup with a clear message when the config cannot be fetched', async () => {
    const loading = sut.load();
    http.expectOne(CONFIG_URL).flush('missing', { status: 404, statusText: 'Not Found' });

    await expect(loading).rejects.toThrow(/Could not load \/config\.json/);
  });

  it('fails startup when the config is malformed', async () => {
    const loading = sut.load();
    http.expectOne(CONFIG_URL).flush({ apiUrl: '/api' });

    await expect(loading).rejects.toBeInstanceOf(RuntimeConfigError);
  });

  it('refuses to hand out a config before one was loaded', () => {
    expect(() => sut.current).toThrow(RuntimeConfigError);
  });

  it('builds API addresses and recognises calls to the API only', () => {
    sut.use(runtimeConfigFactory({ apiUrl: '/api' }));

    expect(sut.apiUrlFor('/user')).toBe('/api/user');
    expect(sut.apiUrlFor('user/save')).toBe('/api/user/save');
    expect(sut.isApiCall('/api/user')).toBe(true);
    expect(sut.isApiCall('/apiary/user')).toBe(false);
    expect(sut.isApiCall('/auth/sign-in')).toBe(false);
  });
});
