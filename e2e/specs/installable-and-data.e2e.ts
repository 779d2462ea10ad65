import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';
import { landOnHome, submitSignUp } from '../support/home';

/**
 * Issue 24, as a new keeper on a desktop and on a phone: the app is installable and controlled by
 * its service worker; a critical kit reading puts a mail in the local outbox within seconds; with
 * the network gone the last results still show, under an offline banner; the profile sets alert
 * mails, exports JSON and a ZIP of CSVs, and deletes the account behind a typed email, after which
 * signing in fails.
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
type Mail = { to: string; subject: string; text: string; kind: string; sentAt: string };

async function outbox(): Promise<Mail[]> {
  return ((await (await fetch(`${runtime.baseUrl}/_local/outbox.json`)).json()) as { mails: Mail[] }).mails;
}

/** Calls the API in the page with the keeper's own token, as the app does. */
function api(page: Page, path: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ([p, b]) => {
      const { idToken } = JSON.parse(localStorage.getItem('ram.session') ?? '{}') as { idToken: string };
      const res = await fetch(`/api${p}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    [path, body] as const,
  );
}

describe.each([DESKTOP, MOBILE])('installable app, alerts and the keeper’s data on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  let testUrl: string;
  const email = `data-keeper-${size.name}@example.com`;
  const full = { fullPage: true };

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // Offline, the WebSocket and uncached calls fail by design; anything else in the console is a defect.
    const unexpected = browser.problems.splice(0).filter((p) => !/Failed to load resource|WebSocket|ERR_INTERNET_DISCONNECTED/.test(p));
    expect(unexpected).toEqual([]);
  });

  test('signs up and finds the app installable, under its service worker', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'TRIAL' });
    await landOnHome(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await fetch(`${runtime.baseUrl}/manifest.webmanifest`)).json()) as {
      display: string;
      icons: { sizes: string; purpose: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  test('mails a critical kit reading to the outbox within seconds', async () => {
    const profile = await api(page, '/user', {});
    const tankId = (profile.body.tanks as { tankId: string }[])[0].tankId;
    // The kit list is saved as a template through the API, as the template editor would.
    expect(
      (
        await api(page, '/user/template/save', {
          tankId,
          type: 'TEST',
          name: 'Copper check',
          elements: [{ elementId: 'copper' }, { elementId: 'calcium' }],
        })
      ).status,
    ).toBe(200);

    await page.goto(`${runtime.baseUrl}/app/tests/manual/new`);
    await page.locator('#manual-template-use').click();
    await page
      .getByRole('group', { name: 'Templates' })
      .getByRole('button', { name: /Copper check/ })
      .click();
    const values = page.locator('ram-manual-test-form input[inputmode="decimal"]');
    await values.nth(0).fill('0.05');
    await values.nth(1).fill('425');
    const saved = Date.now();
    await page.getByRole('button', { name: 'Save test' }).click();
    await page.getByRole('link', { name: 'Open the Reef Review' }).waitFor();
    await screenshot(page, '24-0-critical-kit-test', size, full);

    let mail: Mail | undefined;
    while (!mail && Date.now() - saved < 60_000) {
      mail = (await outbox()).find((m) => m.to === email && m.kind === 'alert-critical');
      if (!mail) await new Promise((r) => setTimeout(r, 200));
    }
    if (!mail)
      throw new Error(
        `no critical mail after 60 s; outbox: ${JSON.stringify((await outbox()).map((m) => [m.to, m.kind, m.sentAt]))}\n${runtime.output()}`,
      );
    console.log(`critical mail after ${Date.now() - saved} ms`);
    expect(mail!.subject).toBe('My reef: Copper is critical');
    expect(mail!.text).toContain('- Copper 0.05 mg/l (CRITICAL');
    testUrl = /Open it in Reef-A-Matic: (\S+)/.exec(mail!.text)![1];

    const outboxPage = await browser.context.newPage();
    await outboxPage.goto(`${runtime.baseUrl}/_local/outbox`);
    await outboxPage.getByText('My reef: Copper is critical').first().waitFor();
    await screenshot(outboxPage, '24-1-outbox', size);
    await outboxPage.close();
  });

  test('shows the last-seen test offline, under the offline banner', async () => {
    const path = new URL(testUrl).pathname + new URL(testUrl).search;
    await page.goto(`${runtime.baseUrl}${path}`);
    await page.getByText('Copper', { exact: true }).first().waitFor();

    await browser.context.setOffline(true);
    await page.reload();
    await page.locator('[data-testid="offline-banner"]').waitFor();
    await page.getByText('Copper', { exact: true }).first().waitFor();
    expect(await page.locator('body').textContent()).toContain('0.05');
    await screenshot(page, '24-2-offline-test', size);
    await browser.context.setOffline(false);
    await page.locator('[data-testid="offline-banner"]').waitFor({ state: 'detached' });
  });

  test('sets alert mails, and exports JSON and a ZIP of CSVs from the profile', async () => {
    await page.goto(`${runtime.baseUrl}/app/profile`);
    const alerts = page.getByRole('form', { name: 'Alert mails' });
    await alerts.locator('[data-alert="critical"]').waitFor();
    expect(await alerts.locator('[data-alert="critical"]').isChecked()).toBe(true);
    expect(await alerts.locator('[data-alert="weeklySummary"]').isChecked()).toBe(false);
    await alerts.locator('[data-alert="weeklySummary"]').check();
    await alerts.getByRole('button', { name: 'Save alerts' }).click();
    await alerts.getByText('Saved.').waitFor();

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      tests: { elements: { element_id: string; value: number }[] }[];
      alerts: { weekly_summary?: string }[];
    };
    expect(doc.tests[0].elements.find((e) => e.element_id === 'copper')?.value).toBe(0.05);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV (ZIP)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^reef-a-matic-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(await csv.path()));
    expect(strFromU8(files['tests.csv'])).toMatch(/\r\n\d{4}-\d{2}-\d{2},Copper,0\.05,mg\/l,copper,CRITICAL,/);
    await page.locator('#data-heading').scrollIntoViewIfNeeded();
    await screenshot(page, '24-3-profile-data', size, full);
  });

  test('deletes the account behind the typed email, and cannot sign in again', async () => {
    const remove = page.getByRole('button', { name: 'Delete my account' });
    expect(await remove.isDisabled()).toBe(true);
    await page.fill('#confirm-email', 'not-me@example.com');
    expect(await remove.isDisabled()).toBe(true);
    await page.fill('#confirm-email', email);
    await screenshot(page, '24-4-delete-confirm', size);
    await remove.click();
    await page.waitForURL(`${runtime.baseUrl}/?deleted=1`);

    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role="alert"]').waitFor();
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/Incorrect email or password/);
    expect(page.url()).toContain('/sign-in');
  });
});
