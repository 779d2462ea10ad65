import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { IDENTITY_CLIENT } from '../identity/identity-client';
import { FakeIdentityClient } from '../../../testing/fake-identity-client';
import { InstallableApp } from './installable-app';
import { OFFLINE_MESSAGE, offlineInterceptor } from './offline.interceptor';

describe('offlineInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let app: InstallableApp;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([offlineInterceptor])),
        provideHttpClientTesting(),
        { provide: IDENTITY_CLIENT, useFactory: () => new FakeIdentityClient() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    app = TestBed.inject(InstallableApp);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('counts the app offline while answers come from the saved copy, and online again on a network answer', async () => {
    const copy = firstValueFrom(client.post('/api/test/history', {}));
    http
      .expectOne('/api/test/history')
      .flush({ ok: 1 }, { headers: { 'x-ram-offline-copy': '2026-03-01T10:00:00.000Z' } });
    await copy;
    expect([app.online(), app.copySavedAt()]).toEqual([false, '2026-03-01T10:00:00.000Z']);

    const fresh = firstValueFrom(client.post('/api/test/history', {}));
    http.expectOne('/api/test/history').flush({ ok: 2 });
    await fresh;
    expect([app.online(), app.copySavedAt()]).toEqual([true, null]);
  });

  it('says the keeper is offline when a call cannot reach RaM', async () => {
    const save = firstValueFrom(client.post('/api/dose/history/save', {}));
    http.expectOne('/api/dose/history/save').error(new ProgressEvent('error'), { status: 0 });
    await expect(save).rejects.toMatchObject({
      status: 0,
      error: { message: OFFLINE_MESSAGE, code: 'OFFLINE' },
    });
    expect(app.online()).toBe(false);
  });
});
