import { TestBed } from '@angular/core/testing';
import { provideTestHttp } from '../../../../testing/providers';
import { AuthSession } from '../../../core/identity/auth-session';
import { LandingPage } from './landing-page';

describe('LandingPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
  });

  async function render() {
    const fixture = TestBed.createComponent(LandingPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function links(element: HTMLElement): string[] {
    return [...element.querySelectorAll('a')].map(
      (a) => `${a.textContent?.trim()} → ${a.getAttribute('href')}`,
    );
  }

  it('invites visitors to start a free trial or sign in', async () => {
    const element = await render();

    expect(element.querySelector('h1')?.textContent).toContain('clear plan for your reef');
    expect(links(element)).toContain('Start your 7-day free trial → /sign-up?plan=TRIAL');
    expect(links(element)).toContain('Sign in → /sign-in');
  });

  it('links each plan to sign-up with that plan chosen', async () => {
    const element = await render();

    expect(links(element).filter((link) => link.startsWith('Choose'))).toEqual([
      'Choose Free Trial plan → /sign-up?plan=TRIAL',
      'Choose Basic plan → /sign-up?plan=BASIC',
      'Choose Pro plan → /sign-up?plan=PRO',
    ]);
  });

  it('takes a signed-in keeper straight to their tank', async () => {
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
    const element = await render();

    expect(links(element)).toContain('Open your tank → /app');
    expect(links(element)).not.toContain('Sign in → /sign-in');
  });
});
