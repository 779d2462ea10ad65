import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, browserPerBlock, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { signInAsDemo } from '../support/home';
import { railOf } from '../support/rail';
import { screenshot } from '../support/screenshots';

/**
 * The demo keeper reads results at a glance, on a desktop and on a phone: the ICP page opens with
 * its summary strip and the elements needing attention inside the first screen, rows most urgent
 * first that open for their details; the Reef Review opens with its summary, the sections that ask
 * for a decision open and the others folded.
 */

let runtime: LocalRuntime;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

/** Whether the element lies wholly inside the first screen of the page, scrolled to the top. */
async function inFirstScreen(page: Page, selector: string, size: ScreenSize): Promise<boolean[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const boxes = await page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, width: box.width };
    }),
  );
  return boxes.map((box) => box.width > 0 && box.top >= 0 && box.bottom <= size.height);
}

describe.each([DESKTOP, MOBILE])('results at a glance on a $name screen', (size: ScreenSize) => {
  let page: Page;
  browserPerBlock(size, (session: BrowserSession) => (page = session.page));
  const rail = railOf(() => page, size);

  test('the ICP page fits its summary and the elements needing attention in the first screen', async () => {
    await signInAsDemo(page, runtime);
    await page.goto(`${runtime.baseUrl}/app`);
    await rail.show();
    await rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP' }).first().click();
    await page.waitForURL('**/app/tests/icp/**');
    await rail.hide();
    const strip = page.locator('[data-testid="attention-strip"]');
    await strip.waitFor();

    const named = strip.locator('[data-testid="attention-elements"] button');
    expect(await named.count()).toBeGreaterThan(0);
    expect(await inFirstScreen(page, '[data-testid="attention-strip"]', size)).toEqual([true]);
    const attention = await inFirstScreen(page, '[data-testid="attention-elements"] button', size);
    expect(attention.every(Boolean)).toBe(true);

    // The rows start with the elements named in the strip, in the same order.
    const names = (await named.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-element')))) as string[];
    const rows = await page
      .locator('[data-testid="element-group"][data-category="tank"] [data-testid="element-card"]')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-element'), n.getAttribute('data-status')]));
    expect(rows.slice(0, names.length).map(([id]) => id)).toEqual(names);
    expect(rows.slice(0, names.length).every(([, status]) => ['CRITICAL', 'LOW', 'HIGH'].includes(status ?? ''))).toBe(true);
    expect(rows.slice(names.length).some(([, status]) => ['CRITICAL', 'LOW', 'HIGH'].includes(status ?? ''))).toBe(false);

    // Every row is a tap target of at least 44 px.
    const heights = await page
      .locator('[data-testid="element-toggle"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await screenshot(page, '51-icp-at-a-glance', size, { fullPage: false });
  }, 300_000);

  test('a row opens for its details and folds again', async () => {
    const first = page.locator('[data-testid="element-group"][data-category="tank"] [data-testid="element-card"]').first();
    const toggle = first.locator('[data-testid="element-toggle"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await first.locator('[data-testid="element-details"]').count()).toBe(0);
    await toggle.click();
    await first.locator('[data-testid="element-details"]').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await first.locator('[data-testid="trend-button"]').count()).toBe(1);
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, '52-icp-row-open', size, { fullPage: false });

    // The trend chart of the row: drawn, dates and bars readable at this width.
    await first.locator('[data-testid="trend-button"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-testid="trend-chart"] svg').waitFor();
    await screenshot(page, '56-trend-chart', size, { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await toggle.click();
    await first.locator('[data-testid="element-details"]').waitFor({ state: 'detached' });
  });

  test('the Reef Review opens with its summary, the sections to act on open and the rest folded', async () => {
    await page.goto(`${runtime.baseUrl}/app/reef-review`);
    await page.waitForURL('**/app/reef-review/**');
    const glance = page.locator('[data-testid="review-glance"]');
    await glance.waitFor();
    expect(await inFirstScreen(page, '[data-testid="review-glance"]', size)).toEqual([true]);
    expect(await glance.locator('[data-testid="severity-counts"] li').count()).toBeGreaterThan(0);

    const sections = await page
      .locator('[data-testid="review-section"]')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-section'), (n as HTMLDetailsElement).open]));
    expect(sections.map(([key]) => key)).toContain('findings');
    expect(Object.fromEntries(sections)['outcomes']).toBe(false);
    // Daily adjustments are open exactly when some wait for a decision (the section is there only
    // when the review has any: an early review of the demo tank, still being filled, may not).
    const waiting = (await glance.locator('[data-testid="review-to-decide"]').textContent()) ?? '';
    const adjustments = Object.fromEntries(sections)['adjustments'] as boolean | undefined;
    if (adjustments !== undefined) expect(adjustments).toBe(/adjustments? to decide/.test(waiting));
    else expect(waiting).not.toMatch(/adjustments? to decide/);
    await screenshot(page, '53-review-at-a-glance', size, { fullPage: false });

    // A folded section opens with a tap on its heading.
    const outcomes = page.locator('[data-testid="review-section"][data-section="outcomes"]');
    await outcomes.locator('summary').click();
    await page.waitForFunction(() => (document.querySelector('[data-section="outcomes"]') as HTMLDetailsElement | null)?.open === true);
    expect(await outcomes.locator('ram-follow-up-outcomes').isVisible()).toBe(true);
    await screenshot(page, '54-review-sections', size);
  });
});

describe('a keeper whose browser speaks German', () => {
  let session: BrowserSession;

  afterAll(async () => {
    await session?.close();
  });

  test('reads the ICP page with decimal commas and German dates', async () => {
    session = await openBrowser(MOBILE, { locale: 'de-DE' });
    const page = session.page;
    await signInAsDemo(page, runtime);
    const rail = railOf(() => page, MOBILE);
    await page.goto(`${runtime.baseUrl}/app`);
    await rail.show();
    await rail.section('Tests').locator('[data-testid="history-entry"]', { hasText: 'ICP' }).first().click();
    await page.waitForURL('**/app/tests/icp/**');
    await rail.hide();
    await page.locator('[data-testid="attention-strip"]').waitFor();

    const values = await page.locator('[data-testid="element-value"]').allTextContents();
    const decimals = values.filter((value) => /\d[.,]\d/.test(value));
    expect(decimals.length).toBeGreaterThan(0);
    // A decimal comma, and a point only between thousands (10.215), never before decimals.
    for (const value of decimals) expect(value).toMatch(/^[^\d]*\d{1,3}(\.\d{3})*(,\d+)?\s/);
    expect(values.some((value) => /,\d/.test(value))).toBe(true);
    expect(values.join(' ')).not.toMatch(/n\.n\.|<\s*\d/);
    const heading = (await page.locator('h1').first().textContent()) ?? '';
    expect(heading).toMatch(/\d{1,2}\.? (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/);
    await screenshot(page, '55-icp-german', MOBILE, { fullPage: false });
    expect(session.problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([]);
  }, 300_000);
});
