import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';
import { landOnHome } from '../support/home';

/**
 * The admin's console, once on a desktop and once on a phone. A keeper has the app open and an
 * upload of theirs failed with a support reference; the admin signs in, finds the keeper (live,
 * with their tanks), looks the reference up and acknowledges it, reads the report's cost beside
 * "Cost Explorer is not available on this machine", edits the Basic window, grants and revokes
 * friend access, and reads the feedback and About tabs. A keeper calling the admin API gets 403.
 */

let runtime: LocalRuntime;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

const ADMIN = { email: 'admin@reefamatic.local', password: 'E2e-admin-2026' };

interface Keeper {
  readonly email: string;
  readonly idToken: string;
  readonly socket: WebSocket;
  readonly testId: string;
  readonly referenceId: string;
}

async function api(path: string, body: unknown, idToken?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${runtime.baseUrl}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(idToken ? { authorization: `Bearer ${idToken}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

/** A keeper (through the API) with the app open (its WebSocket) and a report that failed to read. */
async function keeperWithFailedUpload(email: string): Promise<Keeper> {
  const password = 'Reef-keeper-2026';
  await fetch(`${runtime.baseUrl}/auth/sign-up`, { method: 'POST', body: JSON.stringify({ email, password, plan: 'TRIAL' }) });
  const signIn = await fetch(`${runtime.baseUrl}/auth/sign-in`, { method: 'POST', body: JSON.stringify({ email, password }) });
  const { idToken } = (await signIn.json()) as { idToken: string };
  const profile = await api('/user', {}, idToken);
  const tankId = (profile.body.tanks as { tankId: string }[])[0].tankId;
  const bytes = Buffer.from('%PDF-1.4\nthis is not a lab report\n');
  const ticket = await api('/test', { tankId, fileName: 'not-a-report.pdf', fileSize: bytes.length }, idToken);
  expect(ticket.status).toBe(200);
  await fetch(String(ticket.body.uploadUrl), { method: 'PUT', body: bytes, headers: { 'content-type': 'application/pdf' } });
  const testId = String(ticket.body.testId);
  const deadline = Date.now() + 30_000;
  let referenceId: string | undefined;
  while (!referenceId) {
    const history = await api('/test/history/list', { tankId }, idToken);
    referenceId = /RAM-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(JSON.stringify(history.body))?.[0];
    if (!referenceId && Date.now() > deadline) throw new Error(`the broken upload never failed: ${JSON.stringify(history.body)}`);
    if (!referenceId) await new Promise((r) => setTimeout(r, 250));
  }
  const socket = new WebSocket(`${runtime.baseUrl.replace(/^http/, 'ws')}/ws?token=${idToken}`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { email, idToken, socket, testId, referenceId };
}

describe.each([DESKTOP, MOBILE])('the admin on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  let keeper: Keeper;
  const rail = railOf(() => page, size);

  beforeAll(async () => {
    keeper = await keeperWithFailedUpload(`console-${size.name}@example.com`);
    browser = await openBrowser(size);
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    keeper?.socket.close();
    await browser?.close();
  });

  afterEach(() => {
    const unexpected = browser.problems.splice(0).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });

  test('a keeper is refused the admin API', async () => {
    const sut = await api('/user/admin/overview', {}, keeper.idToken);

    expect(sut.status).toBe(403);
  });

  test('finds the keeper, live, with their tank', async () => {
    await page.goto(`${runtime.baseUrl}/sign-in`);
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await landOnHome(page);
    await rail.show();
    await page.getByRole('link', { name: 'Admin console' }).click();
    await page.waitForURL('**/app/admin/overview');

    await page.fill('#keeper-search', keeper.email.split('@')[0]);
    const row = page.locator(`#keeper-list li[data-email="${keeper.email}"]`);
    // Live status is read when the admin searches; search again (a few times at most) until the
    // keeper's open connection is counted, as an admin would press Search again.
    for (let attempt = 1; ; attempt++) {
      await page.click('#keeper-search-go');
      await row.waitFor();
      if ((await row.locator('[data-live="true"]').count()) > 0 || attempt === 10) break;
      await page.waitForTimeout(1000);
    }
    await row.locator('[data-live="true"]').waitFor({ timeout: 5_000 });

    expect(await row.textContent()).toContain('TRIAL → TRIAL');
    expect(await row.textContent()).toMatch(/1 tests · 0 dose days · 0 programs/);
    await screenshot(page, '21-admin-overview', size);
  }, 60_000);

  test('looks up the reference id from the keeper’s banner and acknowledges it', async () => {
    await page.click('#admin-tab-errors');
    await page.fill('#reference-search', keeper.referenceId.toLowerCase());
    await page.click('#reference-find');
    const drawer = page.locator('#error-detail');
    await drawer.waitFor();

    expect(await drawer.textContent()).toContain('upload-convert');
    expect(await page.locator('#error-stack').textContent()).not.toBe('No stack was recorded.');
    await screenshot(page, '22-admin-error-detail', size, { fullPage: false });

    await page.click('#error-detail-acknowledge');
    await page.locator('#errors-notice', { hasText: '1 acknowledged' }).waitFor();
    await page.fill('#reference-search', keeper.referenceId);
    await page.click('#reference-find');
    await page.locator('#errors-notice', { hasText: `Support reference ${keeper.referenceId} was not found` }).waitFor();
  });

  test('reads the cost of the keeper’s report beside the Cost Explorer notice', async () => {
    await page.click('#admin-tab-costs');
    await page.locator('[data-cost-unavailable]').first().waitFor();

    expect(await page.locator('[data-cost-unavailable]').first().textContent()).toContain('Cost Explorer is not available on this machine');
    const row = page.locator(`#pdf-costs tr[data-test-id="${keeper.testId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Lambda GB-s: [\d.]+ → \$0\.0\d+/);
    await screenshot(page, '23-admin-costs', size);
  });

  test('edits the Basic upload window', async () => {
    await page.click('#admin-tab-config');
    const form = page.locator('#setting-basic_upload_window_minutes');
    await form.locator('input[name="value"]').fill('30');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="alert"]', { hasText: 'from 60 to 129600 minutes' }).waitFor();

    await form.locator('input[name="value"]').fill('1440');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="status"]', { hasText: 'Saved.' }).waitFor();
    expect(await form.textContent()).toContain(`Changed by ${ADMIN.email}`);
    await screenshot(page, '24-admin-config', size);
  });

  test('grants and revokes friend access', async () => {
    await page.click('#admin-tab-friends');
    await page.fill('#friend-email', keeper.email);
    await page.fill('#friend-note', 'e2e');
    await page.click('#friend-grant');
    await page.locator('#friend-notice', { hasText: `${keeper.email} has friend access now.` }).waitFor();
    const grant = page.locator(`#friend-list li[data-email="${keeper.email}"]`);
    await grant.waitFor();
    expect(((await api('/user', {}, keeper.idToken)).body.entitlements as { tier: string }).tier).toBe('FRIEND');
    await screenshot(page, '25-admin-friends', size);

    await grant.getByRole('button', { name: `Revoke ${keeper.email}` }).click();
    await grant.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.locator('#friend-notice', { hasText: `Friend access of ${keeper.email} revoked.` }).waitFor();
    expect(((await api('/user', {}, keeper.idToken)).body.entitlements as { tier: string }).tier).toBe('TRIAL');
  });

  test('reads RaM Feedback and the build in About', async () => {
    await page.click('#admin-tab-feedback');
    await page.locator('#outcome-summary').waitFor();
    await screenshot(page, '26-admin-feedback', size);

    await page.click('#admin-tab-about');
    const build = page.locator('#build-info');
    await build.waitFor();
    expect(await build.textContent()).toMatch(/Version\s*0\.1\.0/);
    expect(await page.locator('h3', { hasText: 'Unreleased' }).count()).toBe(1);
    await screenshot(page, '27-admin-about', size);
  });
});
