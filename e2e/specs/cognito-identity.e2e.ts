import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type CognitoEmulator, startCognitoEmulator } from '../support/cognito-emulator';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';
import { landOnHome, submitSignUp } from '../support/home';

/**
 * The SPA's Cognito client against a Cognito API emulator (cognito-local): the app is served with a
 * Cognito config, and the gateway trusts the emulator pool's tokens, as API Gateway trusts the real
 * pool's. Sign up with a plan, confirm with the emailed code, reach home, refresh an expired session,
 * sign out, reset a forgotten password and sign in with the new one.
 */

let cognito: CognitoEmulator;
let runtime: LocalRuntime;

beforeAll(async () => {
  ensureBuilt();
  cognito = await startCognitoEmulator();
  runtime = await startLocalRuntime({
    RAM_COGNITO_ENDPOINT: cognito.endpoint,
    RAM_COGNITO_USER_POOL_ID: cognito.userPoolId,
    RAM_COGNITO_CLIENT_ID: cognito.clientId,
  });
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
  await cognito?.stop();
});

const PASSWORD = 'Reef-keeper-2026';
const NEW_PASSWORD = 'Coral-garden-2027';
const CHANGED_PASSWORD = 'Lagoon-blue-2028';

interface StoredSession {
  idToken: string;
  refreshToken: string;
  expiresAt: number;
}

const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('ram.session') ?? 'null') as StoredSession | null);

function claimsOf(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe.each([DESKTOP, MOBILE])('a keeper signing in with Cognito on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const email = `cognito-${size.name}@example.com`;
  const movedEmail = `cognito-moved-${size.name}@example.com`;

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // A refused sign-in (the old password, on purpose) logs as a failed resource; nothing else may.
    const unexpected = browser.problems.splice(0).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });

  const signOut = async () => {
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app'));
  };

  test('signs up for Basic and is asked for the emailed code', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'BASIC' });

    await page.waitForURL('**/sign-up/confirm?email=*');
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const user = cognito.user(email);
    expect(user).toMatchObject({ status: 'UNCONFIRMED', attributes: { email, 'custom:plan': 'BASIC' } });
    expect(user?.confirmationCode).toMatch(/^\d{6}$/);
    await screenshot(page, 'cognito-01-confirm-code', size);
  });

  test('refuses a wrong code, then confirms with the right one and lands signed in on home', async () => {
    await page.fill('#code', '000000');
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await page.getByRole('alert').getByText('That code is not right').waitFor();

    await page.fill('#code', cognito.user(email)!.confirmationCode!);
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await landOnHome(page);
    await page.locator('#tank-summary-heading', { hasText: 'My reef' }).waitFor();

    expect(cognito.user(email)?.status).toBe('CONFIRMED');
    const session = await storedSession(page);
    expect(claimsOf(session!.idToken)).toMatchObject({
      iss: `${cognito.endpoint}/${cognito.userPoolId}`,
      aud: cognito.clientId,
      email,
      'custom:plan': 'BASIC',
    });
    await screenshot(page, 'cognito-02-home-after-confirm', size);
  });

  test('refreshes a session that expired while the tab was closed, through Cognito', async () => {
    const before = await storedSession(page);
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('ram.session')!) as { expiresAt: number };
      localStorage.setItem('ram.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });

    await page.reload();
    await page.locator('#tank-summary-heading', { hasText: 'My reef' }).waitFor();

    const after = await storedSession(page);
    expect(after!.idToken).not.toBe(before!.idToken);
    expect(after!.refreshToken).toBe(before!.refreshToken);
    expect(after!.expiresAt).toBeGreaterThan(Date.now());
  });

  test('signs out, asks for a reset code and sets a new password with it', async () => {
    await signOut();
    expect(await storedSession(page)).toBeNull();

    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password?email=*');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByText('Enter it with your new password').waitFor();
    await screenshot(page, 'cognito-03-reset-password', size);

    await page.fill('#code', cognito.user(email)!.confirmationCode!);
    await page.fill('#password', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save new password and sign in' }).click();
    await landOnHome(page);
    await page.locator('#tank-summary-heading', { hasText: 'My reef' }).waitFor();
  });

  test('signs in with the new password only', async () => {
    await signOut();
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/Incorrect email or password|Invalid password/)
      .waitFor();

    await page.fill('#password', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await landOnHome(page);
    await page.locator('#tank-summary-heading', { hasText: 'My reef' }).waitFor();
  });

  test('changes its password in the profile through ChangePassword, refusing a wrong current one', async () => {
    await page.goto(`${runtime.baseUrl}/app/profile`);
    const form = page.locator('ram-password-change-form');
    await page.fill('#current-password', PASSWORD);
    await page.fill('#new-password', CHANGED_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('alert').innerText()).resolves.toBe('The current password is not right.');

    await page.fill('#current-password', NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Password changed.').waitFor();
  });

  test('changes its email through UpdateUserAttributes and VerifyUserAttribute', async () => {
    const form = page.locator('ram-email-change-form');
    await page.fill('#new-email', movedEmail);
    await form.getByRole('button', { name: 'Send a code' }).click();
    await page.locator('#email-code').waitFor();
    // Cognito keeps the old address until the code is verified.
    expect(cognito.user(email)?.attributes.email).toBe(email);
    const code = cognito.user(email)?.attributeVerificationCode;
    expect(code).toMatch(/^\d{6}$/);

    await page.fill('#email-code', code!);
    await form.getByRole('button', { name: 'Confirm new email' }).click();
    await form.getByText(`Your email is now ${movedEmail}.`).waitFor();
    expect(cognito.user(movedEmail)?.attributes.email_verified).toBe('true');
    await form.locator('strong', { hasText: movedEmail }).waitFor();
    await screenshot(page, 'cognito-04-email-changed', size);
  });

  test('signs in with the new email and the changed password', async () => {
    await signOut();
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', movedEmail);
    await page.fill('#password', CHANGED_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await landOnHome(page);
    await page.locator('#tank-summary-heading', { hasText: 'My reef' }).waitFor();
  });
});
