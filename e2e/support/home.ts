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

/**
 * Signs in as the demo keeper and waits until the runtime's background filling of the demo tank has
 * made its Reef Review: the page is left on that review.
 */
export async function signInAsDemo(
  page: Page,
  runtime: { readonly baseUrl: string; readonly demo: { readonly email: string; readonly password: string } },
): Promise<void> {
  await page.goto(`${runtime.baseUrl}/sign-in`);
  await page.fill('#email', runtime.demo.email);
  await page.fill('#password', runtime.demo.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The set-up page only if the background filling has not confirmed the demo tank yet.
  await page.waitForURL(/\/app(\/setup)?$/);
  const deadline = Date.now() + 120_000;
  for (;;) {
    await page.goto(`${runtime.baseUrl}/app/reef-review`);
    const found = await page
      .locator('[data-testid="finding"]')
      .first()
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (found) break;
    if (Date.now() > deadline) throw new Error('the demo tank has no Reef Review yet');
  }
  await page.waitForURL('**/app/reef-review/**');
}
