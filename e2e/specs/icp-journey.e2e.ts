import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateIcpFixture } from '../../backend/src/tools/icp-fixtures';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';
import { signInAsDemo, submitSignUp } from '../support/home';

/**
 * What RaM is for, once on a desktop and once on a phone: a new keeper signs up, adds their tank,
 * uploads a lab report, watches it turn Done in the rail without reloading, reads the ICP result,
 * opens the Reef Review, applies the calcium correction and finds the dose rows in the dose log
 * (today's given, the next two planned), gives tomorrow's early (2/3 given); a later kit test
 * supersedes the correction; a dangerous manual test shows no OK anywhere and a healthy one OK
 * everywhere, each range with its source, and opens no Reef Review.
 * Then the demo keeper signs in and finds a tank with months of history.
 */

let runtime: LocalRuntime;
let fixtureDir: string;
let reportPath: string;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
  fixtureDir = mkdtempSync(join(tmpdir(), 'ram-e2e-report-'));
  // Calcium at 380 mg/l is below the 400–460 range: the review suggests a correction.
  const fixture = await generateIcpFixture('OCEAMO', { seed: 77, values: { calcium: 380 } });
  reportPath = join(fixtureDir, fixture.fileName);
  writeFileSync(reportPath, fixture.bytes);
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

const PASSWORD = 'Reef-keeper-2026';

describe.each([DESKTOP, MOBILE])('a keeper’s first lab report on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const rail = railOf(() => page, size);
  const email = `icp-${size.name}@example.com`;
  const tankName = size.name === 'mobile' ? 'Nano reef' : 'Display reef';
  const full = { fullPage: size.name !== 'mobile' };

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // Reading a dose day nobody logged answers 404, which the browser logs as a failed resource.
    const unexpected = browser.problems.splice(0).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });

  test('signs up and adds the tank the report is for', async () => {
    await submitSignUp(page, runtime.baseUrl, { email, password: PASSWORD, plan: 'TRIAL' });
    // First set-up: name, volume and unit, method, lab and the browser's time zone, confirmed.
    await page.waitForURL('**/app/setup');
    await page.getByRole('heading', { name: 'Set up your tank' }).waitFor();
    const volume = page.locator('input[formcontrolname="volume"]');
    expect(await volume.inputValue()).toBe('300');
    await volume.fill('250');
    await screenshot(page, '25-tank-setup', size, full);
    await page.getByRole('button', { name: 'Confirm my tank' }).click();
    await page.waitForURL('**/app');

    await page.goto(`${runtime.baseUrl}/app/profile`);
    await page.getByRole('button', { name: 'Add a tank' }).click();
    await page.fill('#tank-new-name', tankName);
    await page.fill('#tank-new-volume', '400');
    await page.selectOption('#tank-new-volumeUnit', 'L');
    await page.selectOption('#tank-new-dosingMethod', 'CUSTOM');
    await page.selectOption('#tank-new-defaultLab', 'OCEAMO');
    await page.getByRole('button', { name: 'Add tank', exact: true }).click();
    await page.getByText(`Added ${tankName}.`).waitFor();

    await rail.show();
    await page.selectOption('#tank-switcher', { label: tankName });
    await rail.section('Tests').getByText('No tests yet.').waitFor({ state: 'attached' });
    await rail.waitUntilLive();
  });

  test('uploads the report and watches it turn Done in the rail, without reloading', async () => {
    await rail.show();
    await page.getByRole('button', { name: 'Upload ICP' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload ICP reports' });
    await dialog.locator('#upload-files').setInputFiles(reportPath);
    expect(await dialog.locator('#upload-lab').inputValue()).toBe('OCEAMO');
    await screenshot(page, '11-upload-dialog', size, { fullPage: false });

    await dialog.getByRole('button', { name: 'Upload report' }).click();
    await dialog.locator('[data-testid="upload-file-status"]', { hasText: /uploaded|processing|done/i }).waitFor({ timeout: 30_000 });
    // The dialog follows the report to its result, as the rail does.
    await dialog.locator('[data-testid="upload-file-status"]', { hasText: 'Done' }).waitFor({ timeout: 60_000 });
    await dialog.locator('[data-testid="upload-file-open"]', { hasText: 'Open result' }).waitFor();
    await screenshot(page, '11-upload-dialog-done', size, { fullPage: false });
    await dialog.getByRole('button', { name: /^(Close|Keep uploading in background)$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await rail.show();
    const entry = rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP OCEAMO' });
    await entry.waitFor({ timeout: 20_000 });
    await entry.getByText('Done', { exact: true }).waitFor({ timeout: 60_000 });
    await screenshot(page, '12-report-done', size, full);
  });

  test('reads the result: element cards with status, range and the calcium correction', async () => {
    await rail.show();
    await rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP OCEAMO' }).click();
    await page.waitForURL('**/app/tests/icp/**');
    await rail.hide();
    await page.locator('[data-testid="element-group"]').first().waitFor();
    const calcium = page.locator('[data-testid="correction-line"]', { hasText: 'Calcium' });
    await calcium.waitFor();
    expect(await calcium.textContent()).toMatch(/ml a day × 3\s+days/);
    await screenshot(page, '13-icp-detail', size, full);
  });

  test('opens the Reef Review of the report', async () => {
    await page.getByRole('link', { name: 'Open the Reef Review' }).click();
    await page.waitForURL('**/app/reef-review/**');
    await page.locator('[data-testid="finding"]', { hasText: 'Calcium' }).first().waitFor();
    await page.locator('[data-testid="correction"]', { hasText: 'Calcium' }).waitFor();
    await screenshot(page, '14-reef-review', size, full);
  });

  test('applies the calcium correction and finds its doses in the dose log', async () => {
    await page.getByRole('link', { name: 'Apply corrections on the ICP page' }).click();
    await page.waitForURL('**/app/tests/icp/**');
    await page.locator('#correction-calcium').check();
    await page.getByRole('button', { name: /^Apply selected/ }).click();
    await page.locator('[data-testid="corrections-queued"]').waitFor();
    const line = page.locator('[data-testid="correction-line"]', { hasText: 'Calcium' });
    await line.getByText('1/3 given').waitFor({ timeout: 30_000 });
    expect(await line.locator('[data-testid="correction-planned"]').textContent()).toBe('2 planned');
    await screenshot(page, '15-correction-applied', size, full);

    await page.goto(`${runtime.baseUrl}/app/doses`);
    const correctionDoses = page.locator('[data-testid="dose-entry"]', {
      has: page.locator('[data-testid="dose-source"]', { hasText: /ICP/ }),
    });
    await correctionDoses.first().waitFor({ timeout: 20_000 });
    expect(await correctionDoses.count()).toBe(3);
    // Today's dose is given; tomorrow's and the day after's are planned, not given yet.
    expect(await correctionDoses.locator('[data-testid="dose-planned"]').count()).toBe(2);
    await screenshot(page, '16-dose-log', size, full);

    // The keeper gives tomorrow's dose today: it counts as given, the day after's stays planned.
    const tomorrow = correctionDoses.filter({ has: page.locator('[data-testid="dose-confirm-early"]') }).last();
    await tomorrow.locator('[data-testid="dose-confirm-early"]').click();
    await page.locator('#dose-history-notice', { hasText: /counts as given\./ }).waitFor();
    await correctionDoses.locator('[data-testid="dose-given-early"]').first().waitFor();
    expect(await correctionDoses.locator('[data-testid="dose-planned"]').count()).toBe(1);
    // The rail hears of it live: only the day after tomorrow is still planned there.
    await rail.show();
    const plannedInRail = rail.section('Doses').locator('[data-testid="history-entry"]').filter({ hasText: 'Planned' });
    await plannedInRail.nth(1).waitFor({ state: 'detached', timeout: 20_000 });
    expect(await plannedInRail.count()).toBe(1);
    await rail.hide();
    await correctionDoses.locator('[data-testid="dose-given-early"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, '16-1-dose-given-early', size, full);
    await page.goBack();
    await line.getByText('2/3 given').waitFor({ timeout: 30_000 });
    expect(await line.locator('[data-testid="correction-planned"]').textContent()).toBe('1 planned');
  });

  test('logs a kit test from a saved template and is sent to its Reef Review', async () => {
    // The template is made through the API, as the template editor would save it.
    const saved = await page.evaluate(async (name) => {
      const { idToken } = JSON.parse(localStorage.getItem('ram.session') ?? '{}') as { idToken: string };
      const post = async (path: string, body: object) =>
        (
          await fetch(`/api${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).status;
      const profile = (await (
        await fetch('/api/user', {
          method: 'POST',
          headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()) as { tanks: { tankId: string; name: string }[] };
      const tankId = profile.tanks.find((t) => t.name === name)!.tankId;
      return post('/user/template/save', {
        tankId,
        type: 'TEST',
        name: 'Weekly kits',
        elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }, { elementId: 'magnesium' }],
      });
    }, tankName);
    expect(saved).toBe(200);

    await page.goto(`${runtime.baseUrl}/app/tests/manual/new`);
    await page.locator('#manual-template-use').click();
    await page
      .getByRole('group', { name: 'Templates' })
      .getByRole('button', { name: /Weekly kits/ })
      .click();
    await page.getByText(/Added 3 elements from/).waitFor();
    const values = page.locator('ram-manual-test-form input[inputmode="decimal"]');
    expect(await values.count()).toBe(3);
    for (const [i, value] of ['8.1', '372', '1340'].entries()) await values.nth(i).fill(value);
    await screenshot(page, '19-kit-test-from-template', size, full);

    await page.getByRole('button', { name: 'Save test' }).click();
    await page.getByRole('link', { name: 'Open the Reef Review' }).waitFor();
    await screenshot(page, '20-kit-test-saved', size, full);
  });

  test('shows the calcium correction superseded by the newer kit test', async () => {
    await rail.show();
    await rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP OCEAMO' }).click();
    await page.waitForURL('**/app/tests/icp/**');
    await rail.hide();
    const notice = page.locator('[data-testid="correction-line"]', { hasText: 'Calcium' }).locator('[data-testid="correction-superseded"]');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/Superseded: measured 372 mg\/l in a manual test on .*after this report/);
    await screenshot(page, '21-correction-superseded', size, full);
  });

  /** Saves a template of `elementIds` and fills a new manual test from it with `values`, in that order. */
  async function manualTestFrom(name: string, elementIds: readonly string[], values: readonly string[]): Promise<void> {
    const saved = await page.evaluate(
      async ({ tank, template, ids }) => {
        const { idToken } = JSON.parse(localStorage.getItem('ram.session') ?? '{}') as { idToken: string };
        const post = (path: string, body: object) =>
          fetch(`/api${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
        const profile = (await (await post('/user', {})).json()) as { tanks: { tankId: string; name: string }[] };
        const tankId = profile.tanks.find((t) => t.name === tank)!.tankId;
        return (
          await post('/user/template/save', { tankId, type: 'TEST', name: template, elements: ids.map((elementId) => ({ elementId })) })
        ).status;
      },
      { tank: tankName, template: name, ids: elementIds },
    );
    expect(saved).toBe(200);
    await page.goto(`${runtime.baseUrl}/app/tests/manual/new`);
    await page.locator('#manual-template-use').click();
    await page
      .getByRole('group', { name: 'Templates' })
      .getByRole('button', { name: new RegExp(name) })
      .click();
    await page.getByText(new RegExp(`Added ${elementIds.length} elements from`)).waitFor();
    const inputs = page.locator('ram-manual-test-form input[inputmode="decimal"]');
    expect(await inputs.count()).toBe(values.length);
    for (const [i, value] of values.entries()) await inputs.nth(i).fill(value);
  }

  const cardStatuses = async () =>
    page
      .locator('[data-testid="element-card"]')
      .evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-element'), c.getAttribute('data-status')]));

  test('asks to check an implausible value, then shows no OK on any reading of a dangerous test', async () => {
    await manualTestFrom(
      'Emergency',
      ['alkalinity', 'ph', 'salinity', 'temperature', 'ammonia', 'nitrite'],
      ['45', '7.2', '30', '31', '0.5', '1'],
    );
    await page.getByRole('button', { name: 'Save test' }).click();
    const refusal = page.locator('#manual-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Check the value or the unit: Alkalinity 45 dKH \(a reef tank holds 0\.5–25 dKH\)/);
    await screenshot(page, '22-implausible-check', size, full);

    await page.locator('[data-testid="confirm-implausible"]').click();
    await page.locator('[data-testid="element-card"]').first().waitFor();
    const statuses = Object.fromEntries(await cardStatuses());
    expect(statuses).toEqual({
      alkalinity: 'CRITICAL',
      ph: 'LOW',
      salinity: 'LOW',
      temperature: 'CRITICAL',
      ammonia: 'CRITICAL',
      nitrite: 'CRITICAL',
    });
    expect(await page.locator('[data-testid="element-status"]', { hasText: 'In range' }).count()).toBe(0);
    expect(await page.locator('[data-testid="element-implausible"]').count()).toBe(1);
    await screenshot(page, '23-dangerous-test', size, full);
  });

  test('shows OK with a named range on every reading of a healthy test, temperature entered in °F', async () => {
    await manualTestFrom(
      'Healthy',
      ['alkalinity', 'ph', 'salinity', 'temperature', 'calcium', 'magnesium', 'nitrate', 'phosphate'],
      ['8', '8.1', '35', '77.9', '430', '1350', '5', '0.05'],
    );
    await page.selectOption('select[aria-label="Unit of Temperature"]', '°F');
    await page.getByRole('button', { name: 'Save test' }).click();
    await page.locator('[data-testid="element-card"]').first().waitFor();
    const statuses = await cardStatuses();
    expect(statuses).toHaveLength(8);
    expect(statuses.filter(([, status]) => status !== 'OK')).toEqual([]);
    const ranges = await page.locator('[data-testid="element-range"]').allTextContents();
    expect(ranges).toHaveLength(8);
    for (const range of ranges) expect(range).toMatch(/^Target .+ \((Moonshiners method|Reef aquarium practice \(Holmes-Farley 2004\))\)$/);
    expect(await page.locator('[data-element="temperature"] [data-testid="element-entered"]').textContent()).toMatch(/Entered as 77\.9 °F/);
    // Nothing needs attention, so no Reef Review opens, whatever the earlier tests were.
    expect(await page.locator('[data-testid="result-summary"]').textContent()).toBe('Every measured element is within its target range.');
    expect(await page.locator('[data-testid="review-link"]').count()).toBe(0);
    await screenshot(page, '24-healthy-test', size, full);
  });
});

describe('the demo keeper', () => {
  let browser: BrowserSession;

  afterAll(async () => {
    await browser?.close();
  });

  test('signs in to a tank with months of tests, doses, a program and an open Reef Review', async () => {
    browser = await openBrowser(DESKTOP);
    const page = browser.page;
    await signInAsDemo(page, runtime);
    expect(await page.locator('[data-testid="adjustment-item"]').count()).toBeGreaterThan(0);
    await screenshot(page, '18-demo-review', DESKTOP);

    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    const rail = railOf(() => page, DESKTOP);
    await rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP OCEAMO' }).first().waitFor();
    await rail.section('Programs').locator('[data-testid="history-entry"]').first().waitFor();
    await screenshot(page, '17-demo-home', DESKTOP);
  }, 240_000);
});
