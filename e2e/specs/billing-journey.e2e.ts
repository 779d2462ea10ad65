import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, type ScreenSize, browserPerBlock } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';
import { submitSignUp } from '../support/home';

/**
 * Paying for RaM on the local Stripe stand-in, on a desktop and on a phone: the landing page's real
 * prices, sign-up with Basic straight into checkout, RAM_2026 and the 30-day Pro trial, yearly billing
 * from the portal, a cancellation at period end, and a canceled keeper who can still read but not save.
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
const DAY = 86_400_000;

describe.each([DESKTOP, MOBILE])('a Basic subscription on a $name screen', (size: ScreenSize) => {
  let page: Page;
  const email = `billing-${size.name}@example.com`;
  const full = { fullPage: size.name !== 'mobile' };
  const standing = () => page.getByTestId('billing-standing');

  async function openPortal(): Promise<void> {
    await page.getByTestId('manage-billing').click();
    await page.waitForURL(/\/_local\/stripe\/portal\//);
  }

  // A refused save is a 403, which the browser logs as a failed resource.
  browserPerBlock(size, (session) => (page = session.page));

  test('shows the real prices on the landing page', async () => {
    await page.goto(`${runtime.baseUrl}/`);
    await page.getByTestId('price-BASIC').waitFor();

    expect(await page.getByTestId('price-BASIC').textContent()).toContain('€4.99 a month or €49.90 a year');
    expect(await page.getByTestId('price-PRO').textContent()).toContain('€9.99 a month or €99.90 a year');
    await screenshot(page, '21-plans-and-prices', size, full);
  });

  test('signs up with Basic, pays with RAM_2026 on the checkout page and comes back on a 30-day Pro trial', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'BASIC' }, 'Create account and continue to checkout');
    await page.waitForURL(/\/_local\/stripe\/checkout\/cs_/);

    expect(await page.locator('#plan').textContent()).toBe('Reef-A-Matic Basic');
    expect(await page.locator('#price').textContent()).toBe('€4.99');
    await page.fill('#promo', 'RAM_2026');
    await page.getByText('RAM_2026: 50 % off the first year, €2.50 per month').waitFor();
    await screenshot(page, '22-checkout', size);
    await page.click('#pay');

    await page.waitForURL(/\/app\/profile\?checkout=success/);
    await standing().filter({ hasText: 'Basic, monthly: Pro trial' }).waitFor();
    const detail = (await page.getByTestId('billing-detail').textContent()) ?? '';
    const trialEnd = Date.parse(/until (\d+ \w+ \d{4})/.exec(detail)![1]!);
    expect(Math.round((trialEnd - Date.now()) / DAY)).toBeGreaterThanOrEqual(29);
    expect((await page.getByTestId('billing-status').textContent())?.trim()).toBe('Pro trial');
    await page.getByText('Your plan is active').waitFor();
    await screenshot(page, '23-plan-after-checkout', size, full);
  });

  test('switches to yearly billing in the portal', async () => {
    await openPortal();
    await screenshot(page, '24-billing-portal', size);
    await page.getByRole('button', { name: /Switch to Basic yearly/ }).click();

    await page.waitForURL(/\/app\/profile/);
    await standing().filter({ hasText: 'Basic, yearly: Pro trial' }).waitFor();
  });

  test('cancels at the end of the period and keeps access until then', async () => {
    // A template saved while subscribed, to use once the subscription has ended.
    const saved = await page.evaluate(async () => {
      const { idToken } = JSON.parse(localStorage.getItem('ram.session') ?? '{}') as { idToken: string };
      const headers = { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' };
      const profile = (await (await fetch('/api/user', { method: 'POST', headers, body: '{}' })).json()) as { tanks: { tankId: string }[] };
      const body = {
        tankId: profile.tanks[0]!.tankId,
        type: 'TEST',
        name: 'Weekly kits',
        elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }],
      };
      return (await fetch('/api/user/template/save', { method: 'POST', headers, body: JSON.stringify(body) })).status;
    });
    expect(saved).toBe(200);

    await openPortal();
    await page.getByRole('button', { name: 'Cancel at period end' }).click();
    await page.waitForURL(/\/app\/profile/);
    await standing().filter({ hasText: 'Basic, yearly: ends' }).waitFor();
    expect(await page.getByTestId('billing-ends').isVisible()).toBe(true);
    expect(await page.getByTestId('billing-banner').count()).toBe(0);
    await screenshot(page, '25-canceling', size, full);
  });

  test('once canceled can read and use saved templates but not save, and is shown the way back', async () => {
    await openPortal();
    await page.getByRole('button', { name: 'Cancel now' }).click();
    await page.waitForURL(/\/app\/profile/);
    await standing().filter({ hasText: 'Subscription ended' }).waitFor();
    await page.getByTestId('billing-banner').filter({ hasText: 'you can read and export your history' }).waitFor();
    expect(await page.getByTestId('choose-BASIC').isVisible()).toBe(true);

    await page.goto(`${runtime.baseUrl}/app/tests/manual/new`);
    await page.locator('#manual-template-use').click();
    await page
      .getByRole('group', { name: 'Templates' })
      .getByRole('button', { name: /Weekly kits/ })
      .click();
    await page.getByText(/Added 2 elements from/).waitFor();
    const values = page.locator('ram-manual-test-form input[inputmode="decimal"]');
    for (const [i, value] of ['8.1', '420'].entries()) await values.nth(i).fill(value);
    await page.getByRole('button', { name: 'Save test' }).click();

    await page
      .getByText(/no active plan, so nothing can be saved right now/)
      .first()
      .waitFor();
    await screenshot(page, '26-canceled-keeper-cannot-save', size, full);
  });
});
