import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { CORPUS } from '../../backend/src/tools/lab-corpus/corpus';
import { miniPdf } from '../../backend/src/tools/lab-corpus/mini-pdf';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';
import { landOnHome, submitSignUp } from '../support/home';

/**
 * The reports keepers really get, drawn by the lab-report corpus (not by the parser's own fixture
 * generator): a two-page German Oceamo report and an English Triton report with an RO block reach
 * their results; a report whose table cannot be read ends in Error with the upload given back, and
 * the keeper types it in by hand, which is evaluated like an upload.
 */

let runtime: LocalRuntime;
let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
  dir = mkdtempSync(join(tmpdir(), 'ram-e2e-lab-reports-'));
  const write = (name: string, bytes: Uint8Array) => {
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name], bytes);
  };
  write('german', CORPUS.find((r) => r.name === 'oceamo-table-ro-2p')!.draw());
  write('english', CORPUS.find((r) => r.name === 'triton-ideal-first-ro')!.draw());
  // A Triton report whose element table is a chart: the lab is named, no row can be read.
  write(
    'unreadable',
    miniPdf([
      {
        texts: [
          { text: 'TRITON Lab', x: 50, y: 780, size: 16 },
          { text: 'Analysis ID: TR-515151', x: 50, y: 750 },
          { text: 'Date of sampling: 2025-03-20', x: 50, y: 736 },
          { text: 'Your results are shown in the chart below.', x: 50, y: 700 },
        ],
      },
    ]),
  );
}, 420_000);

afterAll(async () => {
  await runtime?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PASSWORD = 'Reef-keeper-2026';

describe.each([DESKTOP, MOBILE])('lab reports as keepers get them, on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const rail = railOf(() => page, size);
  const full = { fullPage: size.name !== 'mobile' };

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // A refused retry or a failed upload is answered with a 4xx the browser logs as a failed resource.
    const unexpected = browser.problems.splice(0).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });

  async function upload(file: string, lab: string): Promise<void> {
    await rail.show();
    await page.getByRole('button', { name: 'Upload ICP', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload ICP reports' });
    await dialog.locator('#upload-files').setInputFiles(file);
    await dialog.locator('#upload-lab').selectOption(lab);
    await dialog.getByRole('button', { name: 'Upload report' }).click();
    // The dialog keeps listing the files uploaded before: follow this one.
    await dialog
      .getByRole('listitem')
      .filter({ hasText: basename(file) })
      .locator('[data-testid="upload-file-status"]', { hasText: /uploaded|processing|done|failed|error|could not/i })
      .waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: /^(Close|Keep uploading in background)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function openEntry(label: string, status: string, nth = 0): Promise<void> {
    await rail.show();
    const entry = rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: label }).nth(nth);
    await entry
      .getByText(status, { exact: true })
      // Evaluation runs element by element through the FIFO queue; on a busy machine that takes a while.
      .waitFor({ timeout: 240_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(tmpdir(), `ram-e2e-lab-reports-${size.name}-${label}.png`), fullPage: true });
        throw error;
      });
    await entry.click();
    await page.waitForURL('**/app/tests/icp/**');
    await rail.hide();
  }

  test('signs up for the trial', async () => {
    await submitSignUp(page, runtime.baseUrl, { email: `reports-${size.name}@example.com`, password: PASSWORD, plan: 'TRIAL' });
    await landOnHome(page);
    await rail.show();
    await rail.waitUntilLive();
  });

  test('reads a two-page German report: tank rows by section, the Osmosewasser block as RO cards', async () => {
    await upload(files.german, 'OCEAMO');
    await openEntry('ICP OCEAMO', 'Done');
    await page.getByText('Analysis OC-25-05102').waitFor();
    const ro = page.locator('[data-testid="element-group"][data-category="osmose"]');
    await ro.waitFor();
    expect(await ro.locator('[data-testid="element-card"]').count()).toBe(10);
    expect(
      await page.locator('[data-testid="element-group"]:not([data-category="osmose"]) [data-testid="element-card"]').count(),
    ).toBeGreaterThanOrEqual(37);
    await screenshot(page, '41-german-two-page-report', size, full);
  }, 420_000);

  test('reads an English report with the ideal before the value and an RO block on page two', async () => {
    await upload(files.english, 'TRITON');
    await openEntry('ICP TRITON', 'Done');
    await page.getByText('Analysis 1102934').waitFor();
    await page.locator('[data-testid="element-group"][data-category="osmose"]').waitFor();
    expect(await page.locator('[data-testid="element-group"][data-category="osmose"] [data-testid="element-card"]').count()).toBe(8);
    await screenshot(page, '42-english-report-with-ro', size, full);
  }, 420_000);

  test('a report it cannot read fails, gives the upload back, and offers manual entry', async () => {
    await upload(files.unreadable, 'TRITON');
    await openEntry('ICP TRITON', 'Failed');
    const actions = page.locator('[data-testid="failed-test-actions"]');
    await actions.waitFor();
    await page.getByText(/could not find an element table/).waitFor();
    await actions.locator('[data-testid="upload-given-back"]').waitFor();
    await page
      .getByText(/RAM-[A-Z0-9]{4}-[A-Z0-9]{4}/)
      .first()
      .waitFor();
    await screenshot(page, '43-unreadable-report', size, full);
  }, 420_000);

  test('types the report in from the lab panel and gets it evaluated like an upload', async () => {
    await page.locator('[data-testid="type-values"]').click();
    await page.waitForURL('**/app/tests/icp/manual**');
    expect(await page.locator('[data-testid="manual-icp-lab"]').inputValue()).toBe('TRITON');
    await page.locator('[data-testid="manual-icp-tank"] input[data-element="sodium"]').waitFor();
    await page.fill('[data-testid="manual-icp-number"]', 'TR-515151');
    await page.fill('[data-testid="manual-icp-date"]', '2025-03-20');
    const values: Record<string, string> = {
      sodium: '10650',
      magnesium: '1298',
      calcium: '415',
      potassium: '402',
      strontium: '8.1',
      copper: '0,62',
      lead: 'n.n.',
      cadmium: '< 0,1',
    };
    for (const [elementId, value] of Object.entries(values)) await page.fill(`input[data-element="${elementId}"]`, value);
    await page.fill('[data-testid="manual-icp-rodi"] input[data-element="copper-ro"]', '0,7');
    await screenshot(page, '44-manual-entry', size, full);

    await page.locator('[data-testid="manual-icp-save"]').click();
    await page.waitForURL(/\/app\/tests\/icp\/(?!manual)/);
    await page.locator('[data-testid="test-status"]', { hasText: 'Done' }).waitFor({ timeout: 240_000 });
    await page.getByText('Analysis TR-515151').waitFor();
    await page.locator('[data-testid="element-group"][data-category="osmose"]').waitFor();
    // The failed upload it replaces is gone from the rail.
    await rail.show();
    await rail
      .section('Tests')
      .locator('[data-testid="history-entry"]', { hasText: 'Failed' })
      .waitFor({ state: 'detached', timeout: 20_000 });
    await rail.hide();
    await screenshot(page, '45-manual-entry-evaluated', size, full);
  }, 420_000);
  test('a failed upload is read again as another lab and deleted, from the rail itself', async () => {
    await upload(files.unreadable, 'TRITON');
    await rail.show();
    const failed = rail.section('Tests').locator('li', { hasText: 'ICP TRITON' }).filter({ hasText: 'Failed' }).first();
    await failed.waitFor({ timeout: 240_000 });
    const actions = failed.locator('[data-testid="rail-failed-actions"]');
    await actions.locator('[data-testid="rail-retry-lab"]').selectOption('ATI');
    await screenshot(page, '46-failed-upload-in-the-rail', size, full);
    await actions.locator('[data-testid="rail-retry"]').click();

    // Read again as an ATI report: still no table, so it fails again, now under its new lab.
    const again = rail.section('Tests').locator('li', { hasText: 'ICP ATI' }).filter({ hasText: 'Failed' }).first();
    await again.waitFor({ timeout: 240_000 });
    await again.getByRole('button', { name: 'Delete the failed ICP ATI test' }).click();
    await again
      .getByRole('group', { name: 'Delete this failed test and its PDF?' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await again.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await rail.section('Tests').locator('[data-testid="rail-failed-actions"]').count()).toBe(0);
    await rail.hide();
  }, 420_000);
});
