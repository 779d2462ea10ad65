import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type BrowserSession, DESKTOP, MOBILE, type ScreenSize, openBrowser } from '../support/browser';
import { type LocalRuntime, ensureBuilt, startLocalRuntime } from '../support/local-runtime';
import { screenshot } from '../support/screenshots';
import { landOnHome } from '../support/home';

/**
 * The accessibility check: axe-core run in the page on the main pages, as the demo keeper,
 * at desktop and phone size, in the light and the dark colour scheme. Any violation of impact
 * serious or critical fails, with every rule on (no rule is turned off to pass).
 */

const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);
const SCHEMES = ['light', 'dark'] as const;

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

let runtime: LocalRuntime;
let demoReady = false;

beforeAll(async () => {
  ensureBuilt();
  runtime = await startLocalRuntime();
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

/** Runs axe on the page as it stands; the source is evaluated, since the app's CSP refuses inline scripts. */
async function blockingViolations(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations as {
      id: string;
      impact: string;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((v) => BLOCKING.has(v.impact))
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Waits for the page's heading and for loading indicators to go, so axe sees the finished page. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]') && !/Loading/.test(document.body.innerText), undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

async function waitForDemoTank(): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!(demoReady ||= runtime.output().includes('Demo tank ready'))) {
    if (Date.now() > deadline) throw new Error(`the demo tank was not filled:\n${runtime.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe.each([DESKTOP, MOBILE])('accessibility of the main pages on a $name screen', (size: ScreenSize) => {
  let browser: BrowserSession;
  let page: Page;
  const paths = new Map<string, string>();

  beforeAll(async () => {
    browser = await openBrowser(size);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    const unexpected = browser.problems.splice(0).filter((p) => !/Failed to load resource|WebSocket/.test(p));
    expect(unexpected).toEqual([]);
  });

  async function check(path: string, scheme: (typeof SCHEMES)[number], shot?: string): Promise<void> {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${runtime.baseUrl}${path}`);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(scheme);
    if (shot) await screenshot(page, shot, size);
    expect({ path, scheme, violations: await blockingViolations(page) }).toEqual({ path, scheme, violations: [] });
  }

  describe.each(SCHEMES)('signed out, %s', (scheme) => {
    test('the landing page', () => check('/', scheme, scheme === 'dark' ? '61-landing-dark' : undefined));
    test('sign-in', () => check('/sign-in', scheme, scheme === 'dark' ? '62-sign-in-dark' : undefined));
  });

  test('the check itself reports a serious violation when a page has one', async () => {
    await page.goto(`${runtime.baseUrl}/`);
    await settle(page);
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Grey on grey';
      faint.style.cssText = 'color:#8a8a8a;background:#999999';
      const unnamed = document.createElement('button');
      document.querySelector('main')!.append(faint, unnamed);
    });
    const rules = (await blockingViolations(page)).map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  });

  // Blocks run in this order: signed out, then signing in, then signed in.
  describe('the demo keeper', () => {
    test('signs in and finds an ICP result', async () => {
      await waitForDemoTank();
      await page.goto(`${runtime.baseUrl}/sign-in`);
      await page.fill('#email', runtime.demo.email);
      await page.fill('#password', runtime.demo.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await landOnHome(page);
      await page.goto(`${runtime.baseUrl}/app/tests?kind=ICP`);
      // The page's own list (on a phone the rail's copy is hidden in its drawer).
      const icp = page.locator('main a[href*="/app/tests/icp/"]').first();
      await icp.waitFor();
      paths.set('icp', (await icp.getAttribute('href')) ?? '');
      expect(paths.get('icp')).toMatch(/\/app\/tests\/icp\/[\w-]+/);
    });
  });

  describe.each(SCHEMES)('signed in, %s', (scheme) => {
    const dark = scheme === 'dark';
    test('home', () => check('/app', scheme, dark ? '63-home-dark' : undefined));
    test('an ICP result', () => check(paths.get('icp')!, scheme, dark ? '64-icp-result-dark' : undefined));
    // The command center opens the demo tank's most urgent open review.
    test('the Reef Review', () => check('/app/reef-review', scheme, dark ? '65-reef-review-dark' : undefined));
    test('every test', () => check('/app/tests', scheme));
    test('the dose log', () => check('/app/doses', scheme));
    test('target ranges', () => check('/app/targets', scheme));
    test('the profile', () => check('/app/profile', scheme, dark ? '66-profile-dark' : undefined));
  });
});
