import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';

/**
 * What an attacker's page or a guessing visitor meets in the browser: the app arrives with its
 * security headers, its CSP stops injected inline script (and the app itself needs none), and
 * sign-in slows down after five wrong passwords.
 */

let runtime: LocalRuntime;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime({ RAM_DEMO_HISTORY: 'off' });
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

describe.each([DESKTOP, MOBILE])('hardening on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser(size);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('serves the app with its security headers and runs it under the CSP without a violation', async () => {
    const page = browser.page;
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });

    const response = await page.goto(`${runtime.baseUrl}/`);
    await page.locator('h1').waitFor();
    const headers = response!.headers();

    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
    // The whole stylesheet applies: no inline handler is needed to switch it on.
    expect(
      await page.evaluate(() =>
        Array.from(document.styleSheets).some((sheet) => sheet.href?.includes('styles-') && sheet.media.mediaText !== 'print'),
      ),
    ).toBe(true);
    expect(violations).toEqual([]);
    expect(browser.problems.splice(0)).toEqual([]);
  });

  test('blocks a script injected into the page', async () => {
    const page = browser.page;

    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });

    expect(ran).toBe(false);
    expect(browser.problems.splice(0).every((problem) => /Content Security Policy/.test(problem))).toBe(true);
  });

  test('answers API calls with no-store and nosniff', async () => {
    const page = browser.page;

    const headers = await page.evaluate(async () => {
      const response = await fetch('/api/user', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return {
        status: response.status,
        cache: response.headers.get('cache-control'),
        sniff: response.headers.get('x-content-type-options'),
      };
    });

    expect(headers).toEqual({ status: 401, cache: 'no-store', sniff: 'nosniff' });
    browser.problems.splice(0); // the 401 is logged as a failed resource
  });

  test('slows sign-in down after five wrong passwords and says for how long', async () => {
    const page = browser.page;
    await page.goto(`${runtime.baseUrl}/sign-in`);
    const email = `nobody-${size.name}@example.com`;
    const alert = page.locator('[role="alert"]');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.fill('#email', email);
      await page.fill('#password', `Wrong-password-${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/auth/sign-in'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect((await answered).status()).toBe(attempt < 6 ? 400 : 429);
      await alert.waitFor();
    }

    await page.waitForFunction(() => /try again in \d+ s/.test(document.querySelector('[role="alert"]')?.textContent ?? ''));
    await screenshot(page, '21-sign-in-throttled', size);
    browser.problems.splice(0); // the refused sign-ins are logged as failed resources
  });
});
