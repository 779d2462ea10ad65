import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideTestHttp } from '../../../testing/providers';
import { AuthSession } from './auth-session';

describe('authTokenInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: AuthSession;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(AuthSession);
  });

  afterEach(() => {
    backend.verify();
    session.signOut();
  });

  it('sends the id token as a bearer token to the API', async () => {
    await session.signIn('keeper@example.com', 'correct-horse-1');

    const call = firstValueFrom(http.post('/api/user', {}));
    const request = await vi.waitFor(() => backend.expectOne('/api/user'));
    expect(request.request.headers.get('Authorization')).toBe('Bearer id-1');
    request.flush({});
    await call;
  });

  it('keeps the token away from addresses outside the API', async () => {
    await session.signIn('keeper@example.com', 'correct-horse-1');

    void firstValueFrom(http.get('https://lab.example.com/report.pdf'));
    const request = backend.expectOne('https://lab.example.com/report.pdf');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush('');
  });

  it('sends API calls without a token when nobody is signed in', async () => {
    void firstValueFrom(http.post('/api/user', {})).catch(() => undefined);

    const request = await vi.waitFor(() => backend.expectOne('/api/user'));
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });
});
