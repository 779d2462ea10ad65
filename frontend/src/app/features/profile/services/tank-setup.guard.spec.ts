import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { tankFactory } from '../../../../testing/factories';
import { provideTestHttp } from '../../../../testing/providers';
import { tankSetupGuard } from './tank-setup.guard';

describe('tankSetupGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function run(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const result = TestBed.runInInjectionContext(() =>
      tankSetupGuard({} as ActivatedRouteSnapshot, { url: '/app' } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;
    answer(await vi.waitFor(() => http.expectOne('/api/user')));
    return result;
  }

  it('sends a keeper whose first tank is not confirmed to the set-up page', async () => {
    const result = await run((r) => r.flush({ tanks: [tankFactory({ setupConfirmed: false })] }));

    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/app/setup');
  });

  it.each([
    ['confirmed', { setupConfirmed: true }],
    ['stored before set-up existed', {}],
  ])('lets a keeper whose tanks are %s go home', async (_what, tank) => {
    expect(await run((r) => r.flush({ tanks: [tankFactory(tank)] }))).toBe(true);
  });

  it('lets the keeper through when the profile cannot be read', async () => {
    expect(
      await run((r) => r.flush({ message: 'down' }, { status: 503, statusText: 'Unavailable' })),
    ).toBe(true);
  });
});
