import type { Page } from 'playwright-core';

/**
 * Waits for the app to land a freshly signed-in keeper on home. A keeper whose tank is not confirmed
 * yet is sent to the first tank set-up (/app/setup) first; this confirms the proposed tank there, as a
 * keeper accepting the defaults would, and waits for home.
 */
export async function landOnHome(page: Page): Promise<void> {
  await page.waitForURL(/\/app(\/setup)?(\?.*)?$/);
  if (new URL(page.url()).pathname === '/app/setup') {
    await page.getByRole('button', { name: 'Confirm my tank' }).click();
    await page.waitForURL('**/app');
  }
}

/** Opens the sign-up page for `plan`, fills in the account and presses the form's button. */
export async function submitSignUp(
  page: Page,
  baseUrl: string,
  account: { readonly email: string; readonly password: string; readonly plan: 'TRIAL' | 'BASIC' | 'PRO' },
  button = 'Create account',
): Promise<void> {
  await page.goto(`${baseUrl}/sign-up?plan=${account.plan}`);
  await page.fill('#email', account.email);
  await page.fill('#password', account.password);
  await page.getByRole('button', { name: button }).click();
}
