import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { landOnHome, submitSignUp } from '../support/home';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';

/**
 * Issue 24, item 6, as a new keeper on a desktop and on a phone: from the profile's data section,
 * import a lab portal's CSV (semicolons, decimal comma, day-first dates, one column per element):
 * every line is previewed with what it becomes, the one bad line is left out with its reason, the
 * ten good readings are saved as three manual tests, and they appear in the rail without a reload.
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

// Ten readings over three test days, and a calcium of 4200 mg/l that no reef tank holds.
const PORTAL_CSV = [
  'Datum;Calcium (mg/l);Magnesium (mg/l);KH (dKH);Nitrat (mg/l);Notiz',
  '01.02.2026;425;1350;8,1;2,5;nach Wasserwechsel',
  '08.02.2026;430;1340;7,9;;',
  '15.02.2026;4200;1360;8,3;4,1;Tippfehler?',
].join('\r\n');

describe.each([DESKTOP, MOBILE])('importing readings from a CSV on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const rail = railOf(() => page, size);
  const email = `csv-keeper-${size.name}@example.com`;

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    const unexpected = browser.problems.splice(0).filter((p) => !/Failed to load resource/.test(p));
    expect(unexpected).toEqual([]);
  });

  test('signs up and finds the import next to the export of the profile’s data', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'TRIAL' });
    await landOnHome(page);
    await rail.show();
    await rail.section('Tests').getByText('No tests yet.').waitFor({ state: 'attached' });
    await rail.waitUntilLive();
    await rail.hide();

    await page.goto(`${runtime.baseUrl}/app/profile`);
    await page.getByRole('link', { name: 'Import a CSV' }).click();
    await page.waitForURL('**/app/tests/import');
    await page.getByRole('heading', { name: 'Import readings' }).waitFor();
  });

  test('previews every line: ten readings to save in three tests, the impossible calcium left out', async () => {
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'reef-portal.csv', mimeType: 'text/csv', buffer: Buffer.from(PORTAL_CSV, 'utf8') });
    const summary = page.locator('#import-summary');
    await summary.waitFor();
    expect((await summary.textContent())?.trim()).toBe('11 readings in reef-portal.csv: 10 to save in 3 tests, 1 left out.');
    expect(await page.locator('tr[data-status="error"]').count()).toBe(1);
    const reason = page.locator('[data-testid="import-problem"]');
    expect((await reason.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Left out: 4200 mg/l is more than a reef tank can hold (100–1000 mg/l): check the value or the unit',
    );
    const kh = page.locator('tr[data-status="ok"]', { hasText: 'Alkalinity' }).first();
    expect((await kh.textContent())?.replace(/\s+/g, ' ')).toContain('8.1 dKH');
    await screenshot(page, '24-6-csv-preview', size);
  });

  test('saves the ten readings and shows the three tests in the rail without a reload', async () => {
    await page.getByRole('button', { name: 'Save 10 readings in 3 tests' }).click();
    await page.locator('#import-done').getByText('Saved 10 readings in 3 tests.').waitFor({ timeout: 30_000 });
    await screenshot(page, '24-7-csv-saved', size);

    await rail.show();
    const entries = rail.section('Tests').locator('[data-testid="history-entry"]');
    await entries.nth(2).waitFor({ timeout: 20_000 });
    expect(await entries.count()).toBe(3);
    await screenshot(page, '24-8-csv-in-rail', size, { fullPage: size.name === 'desktop' });
    await rail.hide();

    await page.locator('li a', { hasText: 'Manual test of' }).first().click();
    await page.waitForURL('**/app/tests/manual/**');
    await page.locator('[data-testid="element-card"]').first().waitFor();
  });
});
