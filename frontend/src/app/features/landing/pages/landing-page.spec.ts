import { TestBed } from '@angular/core/testing';
import { billingCatalogFactory, runtimeConfigFactory } from '../../../../testing/factories';
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

  it('shows the real monthly and yearly prices of the paid plans, with the trial and the launch code', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: provideTestHttp(runtimeConfigFactory({ billing: billingCatalogFactory() })),
    });
    const element = await render();
    const price = (plan: string) =>
      element.querySelector(`[data-testid="price-${plan}"]`)?.textContent?.trim();

    expect(price('BASIC')).toBe('€4.99 a month or €49.90 a year');
    expect(price('PRO')).toBe('€9.99 a month or €99.90 a year');
    expect(element.textContent).toContain(
      'Starts with 30 days of Pro. Code RAM_2026: 50 % off for the first year.',
    );
  });

  it('takes a signed-in keeper straight to their tank', async () => {
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
    const element = await render();

    expect(links(element)).toContain('Open your tank → /app');
    expect(links(element)).not.toContain('Sign in → /sign-in');
  });
});
