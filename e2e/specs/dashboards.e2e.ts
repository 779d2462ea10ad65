import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Locator, Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';
import { landOnHome } from '../support/home';

/** The page of a saved dashboard (not `/new`): its id is the API's, random or a plan's fixed place. */
const SAVED_DASHBOARD = /\/app\/dashboards\/(?!new$)[\w-]+$/;

/**
 * The demo keeper's week, on a desktop and on a phone: this week's values on home, Element Trends on
 * request, a raw value that leads to its test, a dashboard built by dragging (or tapping Add), every
 * test listed and read as an element table and downloaded, the dose log a month at a time. Then a
 * Basic keeper's second dashboard is refused with the reason.
 */

let runtime: LocalRuntime;
/** Latched: the runtime's output keeps only its last lines. */
let demoReady = false;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${runtime.baseUrl}/sign-in`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await landOnHome(page);
}

/** The runtime fills the demo tank in the background after it starts; wait until it says it is done. */
async function waitForDemoValues(page: Page): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!(demoReady ||= runtime.output().includes('Demo tank ready'))) {
    if (Date.now() > deadline) throw new Error(`the demo tank was not filled:\n${runtime.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await page.reload();
  for (;;) {
    const found = await page
      .locator('[data-testid="key-parameters"]')
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (found) return;
    if (Date.now() > deadline) throw new Error('the demo tank shows no values yet');
    await page.reload();
  }
}

/** Waits (up to 10 s) until the locator's texts are `expected`, then asserts them. */
async function textsBecome(locator: Locator, expected: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  let texts = await locator.allInnerTexts();
  while (JSON.stringify(texts) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    texts = await locator.allInnerTexts();
  }
  expect(texts).toEqual(expected);
}

describe.each([DESKTOP, MOBILE])('the demo keeper’s dashboards and history on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const rail = railOf(() => page, size);
  const full = { fullPage: size.name !== 'mobile' };
  const dashboardName = size.name === 'mobile' ? 'Phone trace' : 'Balling check';

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // A dose day nobody logged answers 404, which the browser logs as a failed resource.
    const unexpected = browser.problems.splice(0).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });

  test('home shows this week’s key values and names what needs attention', async () => {
    await signIn(page, runtime.demo.email, runtime.demo.password);
    await waitForDemoValues(page);
    const keys = page.locator('[data-testid="key-parameters"] > div');
    expect(await keys.count()).toBe(6);
    expect(await keys.first().locator('dt').innerText()).toMatch(/alkalinity/i);
    // The Reef Review comes first on the page, the values right after it.
    const reviewTop = await page.locator('ram-reef-review-card').boundingBox();
    const valuesTop = await page.locator('ram-latest-readings-card').boundingBox();
    expect(reviewTop!.y).toBeLessThan(valuesTop!.y);
    await expect(page.locator('[data-testid="attention-heading"]').innerText()).resolves.toMatch(/attention/);
    await screenshot(page, '21-home-values', size, full);
  }, 240_000);

  test('Element Trends load on request: eight default charts, each with its target band and doses', async () => {
    expect(await page.locator('[data-testid="trend-card"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Show Element Trends' }).click();
    await page.locator('[data-testid="trend-card-chart"][data-drawn="yes"]').nth(7).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="trend-card"]').count()).toBe(8);
    expect(await page.locator('[data-testid="trend-card-latest"]').first().innerText()).toMatch(/^Latest \d/);
    await page.locator('[data-testid="trend-card"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, '22-element-trends', size, full);
  }, 60_000);

  test('a raw value opens from its chart and leads to the test it came from', async () => {
    await page.locator('[data-testid="trend-card"]').first().getByRole('button', { name: 'Values' }).click();
    const measured = page.locator('[data-testid="raw-measured"] a').first();
    await measured.waitFor();
    await screenshot(page, '23-raw-values', size, { fullPage: false });
    await measured.click();
    await page.waitForURL(/\/app\/tests\/(icp|manual)\//);
    expect(page.url()).toMatch(/\/app\/tests\/(icp|manual)\/[^/]+$/);
  }, 60_000);

  test('builds a dashboard by dragging tests from the drawer (tapping Add on a phone) and saves it', async () => {
    await page.goto(`${runtime.baseUrl}/app/dashboards/new`);
    const canvas = page.locator('[data-testid="dashboard-canvas"]');
    await page.locator('[data-testid="drawer-test"]').first().waitFor();
    if (size.name === 'desktop') {
      for (const [done, id] of ['calcium', 'alkalinity'].entries()) {
        const source = page.locator(`[data-testid="drawer-test"][data-element-id="${id}"]`).first();
        await source.scrollIntoViewIfNeeded();
        const from = (await source.boundingBox())!;
        const to = (await canvas.boundingBox())!;
        await page.mouse.move(from.x + 20, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(from.x + 40, from.y + from.height / 2, { steps: 5 });
        await page.mouse.move(to.x + to.width / 2, to.y + to.height - 20, { steps: 15 });
        await page.mouse.up();
        // The dragged row animates back into the drawer before the next drag can start.
        await page.locator('[data-testid="canvas-chart"]').nth(done).waitFor();
        await page.waitForTimeout(400);
      }
    } else {
      await page.getByRole('button', { name: 'Add Calcium', exact: true }).click();
      await page.getByRole('button', { name: 'Add Alkalinity', exact: true }).click();
    }
    const charts = page.locator('[data-testid="canvas-chart"] h2');
    await textsBecome(charts, ['Calcium', 'Alkalinity']);
    // Reorder with the keyboard-friendly buttons, then compare calcium with the calcium part.
    await page.getByRole('button', { name: 'Move Alkalinity up' }).click();
    await textsBecome(charts, ['Alkalinity', 'Calcium']);
    await page.locator('[data-testid="canvas-chart"]').nth(1).locator('select').first().selectOption('calcium');
    await page.fill('#dashboard-name', dashboardName);
    await screenshot(page, '24-dashboard-editor', size, full);
    await page.getByRole('button', { name: 'Save dashboard' }).click();
    await page.waitForURL(SAVED_DASHBOARD);
    await page.getByText('Saved.').waitFor();

    await page.goto(`${runtime.baseUrl}/app`);
    await page.getByRole('button', { name: 'Show Element Trends' }).click();
    await page.locator('#dashboard-choice').selectOption({ label: dashboardName });
    await page.locator('[data-testid="trend-card-chart"][data-drawn="yes"]').nth(1).waitFor({ timeout: 30_000 });
    await textsBecome(page.locator('[data-testid="trend-card"] h3'), ['Alkalinity', 'Calcium']);
  }, 90_000);

  test('lists every test from the rail’s “and N older”, filters by kind and reads them as an element table', async () => {
    await rail.show();
    await rail.section('Tests').locator('[data-testid="history-older"]').click();
    await page.waitForURL('**/app/tests');
    await page.locator('[data-testid="tests-entry"]').first().waitFor();
    expect(await page.locator('[data-testid="tests-entry"]').count()).toBe(10);
    await page.getByRole('button', { name: 'Older' }).click();
    await page.locator('nav[aria-label="Pages of tests"]').getByText('Page 2').waitFor();
    await page.getByRole('button', { name: 'Newer' }).click();
    await page.locator('#tests-kind').selectOption('ICP');
    await page.locator('[data-testid="tests-entry"]').first().waitFor();
    const labels = await page.locator('[data-testid="tests-entry"]').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => /ICP/.test(label))).toBe(true);
    await screenshot(page, '25-tests', size, full);

    await page.getByRole('button', { name: 'Element table' }).click();
    const table = page.locator('[data-testid="element-table"]');
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBeGreaterThan(2);
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Calcium/)]));
    await screenshot(page, '26-element-table', size, full);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="element-table-csv"]').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Element,Unit,\d{4}-\d{2}-\d{2} ICP/);
    expect(csv).toMatch(/\nCalcium,mg\/l,\d/);
  }, 90_000);

  test('pages through the dose log by month with per-element totals and a chart', async () => {
    await page.goto(`${runtime.baseUrl}/app/doses`);
    const heading = page.locator('#dose-history-heading');
    await page.locator('[data-testid="dose-month-totals"] tbody tr').first().waitFor();
    const thisMonth = await heading.innerText();
    await page.getByRole('button', { name: 'Earlier month' }).click();
    await page.waitForFunction(
      (before) => document.querySelector('#dose-history-heading')?.textContent?.trim() !== before,
      thisMonth.trim(),
    );
    await page.locator('[data-testid="dose-month-chart"][data-drawn="yes"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="dose-month-totals"] tbody tr').count()).toBeGreaterThan(0);
    // A month of daily doses is a long page: the shot is of its totals and chart.
    await page.locator('ram-dose-month-summary').scrollIntoViewIfNeeded();
    await screenshot(page, '27-dose-month', size, { fullPage: false });
  }, 60_000);
});

describe('a Basic keeper', () => {
  let browser: BrowserSession;

  afterAll(async () => {
    await browser?.close();
  });

  test('keeps one saved dashboard per tank and is told so when saving a second', async () => {
    browser = await openBrowser(DESKTOP);
    const page = browser.page;
    const email = 'basic-dashboards@example.com';
    const password = 'Reef-keeper-2026';
    await page.goto(`${runtime.baseUrl}/sign-up`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.locator('input[name="plan"][value="BASIC"]').check();
    await page.getByRole('button', { name: 'Create account and continue to checkout' }).click();
    // A Basic sign-up goes on to checkout, whose payment starts a 30-day Pro trial (the billing journey
    // walks it). This journey needs a Basic subscription past its trial, so it records the live one the
    // webhook would have stored instead of paying.
    await page.waitForURL('**/_local/stripe/checkout/**');
    const doc = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: runtime.dynamoEndpoint,
        region: 'eu-central-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    const { Items = [] } = await doc.send(
      new QueryCommand({
        TableName: 'local-user',
        IndexName: 'email-index',
        KeyConditionExpression: 'email = :e',
        ExpressionAttributeValues: { ':e': email },
      }),
    );
    await doc.send(
      new UpdateCommand({
        TableName: 'local-user',
        Key: { user_id: Items[0].user_id },
        UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
        ExpressionAttributeValues: { ':s': 'active', ':t': 'BASIC' },
      }),
    );
    doc.destroy();

    for (const [name, expectSaved] of [
      ['First', true],
      ['Second', false],
    ] as const) {
      await page.goto(`${runtime.baseUrl}/app/dashboards/new`);
      await page.getByRole('button', { name: 'Add Calcium', exact: true }).click();
      await page.fill('#dashboard-name', name);
      await page.getByRole('button', { name: 'Save dashboard' }).click();
      if (expectSaved) await page.waitForURL(SAVED_DASHBOARD);
    }
    const problem = page.locator('[data-testid="dashboard-problem"]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('1 saved dashboard per tank');
    expect(await page.locator('text=Your plan keeps 1 saved dashboard per tank; this tank has 1.').count()).toBe(1);
    await screenshot(page, '28-basic-dashboard-limit', DESKTOP);
    browser.problems.splice(0);
  }, 120_000);
});
