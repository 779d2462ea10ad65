import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { provideTestHttp } from '../../../testing/providers';
import { AuthSession } from '../identity/auth-session';
import { handledStatuses } from './api-problem';
import { ErrorBannerService } from './error-banner.service';

describe('apiErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let banner: ErrorBannerService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    banner = TestBed.inject(ErrorBannerService);
  });

  afterEach(() => backend.verify());

  async function failApiCall(
    status: number,
    body: object,
    context = handledStatuses(),
  ): Promise<unknown> {
    const call = firstValueFrom(
      http.post('/api/test/history/list', { tankId: 'tank-1' }, { context }),
    );
    const request = await vi.waitFor(() => backend.expectOne('/api/test/history/list'));
    request.flush(body, { status, statusText: 'Failed' });
    return call.catch((error: unknown) => error);
  }

  it('shows the message and support reference of a failed call on the banner, and still fails the call', async () => {
    const error = await failApiCall(500, {
      message: 'Something went wrong on our side.',
      referenceId: 'REF-7Q2K',
    });

    expect(banner.current()).toEqual({
      message: 'Something went wrong on our side.',
      referenceId: 'REF-7Q2K',
      status: 500,
    });
    expect(error).toMatchObject({ status: 500 });
  });

  it('keeps statuses the caller handles itself off the banner', async () => {
    const error = await failApiCall(404, { message: 'No route' }, handledStatuses(404));

    expect(banner.current()).toBeNull();
    expect(error).toMatchObject({ status: 404 });
  });

  it('signs out and goes to sign-in, remembering the page, when the API answers 401', async () => {
    const session = TestBed.inject(AuthSession);
    await session.signIn('keeper@example.com', 'correct-horse-1');
    const router = TestBed.inject(Router);
    vi.spyOn(router, 'url', 'get').mockReturnValue('/app/profile');
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);

    await failApiCall(401, { message: 'Unauthorized' });

    expect(session.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { reason: 'expired', returnUrl: '/app/profile' },
    });
    expect(banner.current()).toBeNull();
  });

  it('leaves failures outside the API to their callers', async () => {
    const call = firstValueFrom(http.get('/elsewhere.json')).catch(() => undefined);
    backend
      .expectOne('/elsewhere.json')
      .flush({ message: 'nope' }, { status: 500, statusText: 'Failed' });
    await call;

    expect(banner.current()).toBeNull();
  });
});
