import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { AuthSession } from './auth-session';
import { signedInGuard, signedOutGuard } from './auth.guards';

describe('auth guards', () => {
  const signedIn = { value: false };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthSession, useValue: { isSignedIn: () => signedIn.value } },
      ],
    });
  });

  function run(guard: typeof signedInGuard, url: string): boolean | UrlTree {
    return TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as boolean | UrlTree;
  }

  it('sends a signed-out visitor to sign-in, remembering where they were going', () => {
    signedIn.value = false;

    const result = run(signedInGuard, '/app/profile');

    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe(
      '/sign-in?returnUrl=%2Fapp%2Fprofile',
    );
  });

  it('lets a signed-in keeper into the app', () => {
    signedIn.value = true;

    expect(run(signedInGuard, '/app')).toBe(true);
  });

  it('sends a signed-in keeper from the sign-in page to the app', () => {
    signedIn.value = true;

    expect(TestBed.inject(Router).serializeUrl(run(signedOutGuard, '/sign-in') as UrlTree)).toBe(
      '/app',
    );
  });
});
