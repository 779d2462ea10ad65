import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';
import { submitSignUp } from '../support/home';

/**
 * Issue 23's account basics and dark mode, as a new keeper on a desktop and on a phone: the name
 * asked at first tank set-up greets them on home; the profile changes the name, the password
 * (refusing a wrong current one and a weak new one) and the email (refusing a taken one; the code
 * comes from the local outbox, and the profile keeps the old address until it is given); the new
 * email and password sign in, the old ones no longer; the Dark switch outlives a reload.
 */

let runtime: LocalRuntime;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

const PASSWORD = 'Reef-keeper-2026';
const NEW_PASSWORD = 'Coral-garden-2027';

type Mail = { to: string; subject: string; kind: string };

/** The newest code of `kind` mailed to `address`, waiting up to 10 s for the mail to land in the outbox. */
async function codeMailedTo(address: string, kind = 'email-verification'): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { mails } = (await (await fetch(`${runtime.baseUrl}/_local/outbox.json`)).json()) as { mails: Mail[] };
    const mail = mails.find((m) => m.to === address && m.kind === kind);
    const code = /\b(\d{6})\b/.exec(mail?.subject ?? '')?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no verification code reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.each([DESKTOP, MOBILE])('account basics and dark mode on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const email = `account-keeper-${size.name}@example.com`;
  const newEmail = `moved-keeper-${size.name}@example.com`;

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // A refused change is a 4xx from the sign-in service, which the browser logs as a failed request.
    const unexpected = browser.problems.splice(0).filter((p) => !/Failed to load resource/.test(p));
    expect(unexpected).toEqual([]);
  });

  /** Home's heading once the profile has loaded and it greets the keeper by `name`. */
  const greetedAs = (name: string) => page.locator('h1', { hasText: new RegExp(`^Good (morning|afternoon|evening), ${name}$`) }).waitFor();
  const alertIn = (selector: string) => page.locator(`${selector} [role="alert"]`);

  test('is asked its name at first tank set-up and greeted with it on home', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'TRIAL' });
    await page.waitForURL('**/app/setup');
    await expect(page.locator('#display-name').inputValue()).resolves.toBe('');
    await page.fill('#display-name', 'Robin');
    await page.locator('ram-display-name-form').getByRole('button', { name: 'Save' }).click();
    await page.locator('ram-display-name-form [role="status"]', { hasText: 'Saved.' }).waitFor();
    await screenshot(page, '67-1-setup-name', size);
    await page.getByRole('button', { name: 'Confirm my tank' }).click();
    await page.waitForURL('**/app');
    await greetedAs('Robin');
  });

  test('renames itself in the profile', async () => {
    await page.goto(`${runtime.baseUrl}/app/profile`);
    await page.fill('#display-name', 'Robin Reef');
    await page.locator('ram-display-name-form').getByRole('button', { name: 'Save' }).click();
    await page.locator('ram-display-name-form [role="status"]', { hasText: 'Saved.' }).waitFor();
    await page.goto(`${runtime.baseUrl}/app`);
    await greetedAs('Robin Reef');
  });

  test('changes its password, after a wrong current one and a weak new one are refused', async () => {
    await page.goto(`${runtime.baseUrl}/app/profile`);
    const form = page.locator('ram-password-change-form');
    await page.fill('#current-password', 'Not-my-password-1');
    await page.fill('#new-password', NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(alertIn('ram-password-change-form').innerText()).resolves.toBe('The current password is not right');

    await page.fill('#current-password', PASSWORD);
    await page.fill('#new-password', 'weak');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#new-password-error').innerText()).resolves.toContain('at least 8 characters');

    await page.fill('#new-password', NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Password changed. Use the new one next time you sign in.').waitFor();
    await screenshot(page, '67-2-password-changed', size);
  });

  test('changes its email with the code sent to the new address, after a taken one is refused', async () => {
    const form = page.locator('ram-email-change-form');
    await page.fill('#new-email', runtime.demo.email);
    await form.getByRole('button', { name: 'Send a code' }).click();
    await expect(alertIn('ram-email-change-form').innerText()).resolves.toBe('An account with this email already exists');

    await page.fill('#new-email', newEmail);
    await form.getByRole('button', { name: 'Send a code' }).click();
    await page.locator('#email-code').waitFor();
    // Until the code is given, the profile keeps the address the keeper signs in with.
    await expect(form.locator('strong').first().innerText()).resolves.toBe(email);
    await screenshot(page, '67-3-email-code-asked', size);

    await page.fill('#email-code', await codeMailedTo(newEmail));
    await form.getByRole('button', { name: 'Confirm new email' }).click();
    await form.getByText(`Your email is now ${newEmail}.`).waitFor();
    await form.locator('strong', { hasText: newEmail }).waitFor();
    await screenshot(page, '67-4-email-changed', size);
  });

  test('signs in with the new email and password; the old ones no longer work', async () => {
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app'));

    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role="alert"]').waitFor();

    await page.fill('#email', newEmail);
    await page.fill('#password', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/app');
    await greetedAs('Robin Reef');
  });

  test('resets a forgotten password with the code mailed to the outbox, and signs in with it', async () => {
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app'));
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password**');
    await page.fill('#email', newEmail);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.locator('[role="status"]', { hasText: 'We sent a code to' }).waitFor();
    await screenshot(page, '69-1-reset-code-sent', size);

    await page.fill('#code', await codeMailedTo(newEmail, 'password-reset'));
    await page.fill('#password', 'Lagoon-blue-2028');
    await page.getByRole('button', { name: 'Save new password and sign in' }).click();
    await page.waitForURL('**/app');
    await greetedAs('Robin Reef');
    await screenshot(page, '69-2-signed-in-after-reset', size);
  });

  test('switches to Dark in the profile, which outlives a reload and ignores the light system setting', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${runtime.baseUrl}/app/profile`);
    await page.locator('ram-theme-switch').getByText('Dark', { exact: true }).click();
    const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    await expect(theme()).resolves.toBe('dark');
    await page.reload();
    await page.locator('ram-theme-switch').waitFor();
    await expect(theme()).resolves.toBe('dark');
    await expect(page.locator('ram-theme-switch input[value="dark"]').isChecked()).resolves.toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await screenshot(page, '68-profile-dark-chosen', size);

    await page.locator('ram-theme-switch').getByText('System', { exact: true }).click();
    await expect(theme()).resolves.toBe('light');
  });
});
