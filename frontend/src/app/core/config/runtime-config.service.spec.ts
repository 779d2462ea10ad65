import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { runtimeConfigFactory } from '../../../testing/factories';
import { RuntimeConfigError } from './runtime-config';
import {
  CONFIG_URL,
  EARLY_CONFIG,
  RuntimeConfigService,
  fetchConfigEarly,
} from './runtime-config.service';

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

  describe('with the config fetched before Angular started', () => {
    const early = (value: unknown) => {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          { provide: EARLY_CONFIG, useValue: Promise.resolve(value) },
        ],
      });
      sut = TestBed.inject(RuntimeConfigService);
      http = TestBed.inject(HttpTestingController);
    };

    it('uses that body without asking again', async () => {
      early(runtimeConfigFactory({ apiUrl: '/early/' }));
      await expect(sut.load()).resolves.toMatchObject({ apiUrl: '/early' });
      http.expectNone(CONFIG_URL);
    });

    it('asks again itself when the early fetch failed', async () => {
      early(undefined);
      const loading = sut.load();
      await Promise.resolve();
      await Promise.resolve();
      http.expectOne(CONFIG_URL).flush(runtimeConfigFactory({ apiUrl: '/api' }));
      await expect(loading).resolves.toMatchObject({ apiUrl: '/api' });
    });

    it('still refuses a malformed early body', async () => {
      early({ apiUrl: 42 });
      await expect(sut.load()).rejects.toThrow(RuntimeConfigError);
    });
  });

  describe('fetchConfigEarly', () => {
    it('fetches /config.json revalidated and resolves to its body', async () => {
      const fetcher = vi.fn(async () => new Response('{"apiUrl":"/api"}', { status: 200 }));
      await expect(fetchConfigEarly(fetcher)).resolves.toEqual({ apiUrl: '/api' });
      expect(fetcher).toHaveBeenCalledWith(CONFIG_URL, { cache: 'no-cache' });
    });

    it('resolves to undefined, never rejects, on a failed answer or network', async () => {
      await expect(
        fetchConfigEarly(async () => new Response('x', { status: 503 })),
      ).resolves.toBeUndefined();
      await expect(
        fetchConfigEarly(async () => {
          throw new TypeError('offline');
        }),
      ).resolves.toBeUndefined();
    });
  });
});
