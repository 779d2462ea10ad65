import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seedDemoHistory } from '../local/demo-history';
import { startLocalRuntime } from '../local/runtime';

const repoRoot = resolve(__dirname, '../../..');
const DEMO = { email: 'demo@reefamatic.local', password: 'ReefDemo-2026' };
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface HomeTimings {
  /** Navigation to home → the latest values on screen (the rail's list and five test reads). */
  readonly valuesMs: number[];
  /** Show Element Trends pressed → all eight default charts drawn (dashboard list, eight trends, the chart library). */
  readonly trendsMs: number[];
}

/**
 * Home with Element Trends on the demo tank, as a keeper's browser sees it: the local runtime with
 * the built SPA, the demo tank filled through the API, Debian's Chromium at desktop size. Each run
 * reloads home (warm caches, as on a second visit) and times the values and the eight charts.
 */
export async function homeWithTrendsMs(runs: number, dynamoEndpoint: string): Promise<HomeTimings> {
  const runtime = await startLocalRuntime({
    env: 'benchhome',
    port: 0,
    dynamoEndpoint,
    spaRoot: join(repoRoot, 'frontend', 'dist', 'frontend', 'browser'),
    demo: DEMO,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@reef.test',
    adminPassword: 'Bench-admin-2026',
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    await seedDemoHistory(runtime.url, DEMO);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${runtime.url}/sign-in`);
    await page.fill('#email', DEMO.email);
    await page.fill('#password', DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/app');
    const valuesMs: number[] = [];
    const trendsMs: number[] = [];
    // One run first to warm the lambdaliths and the browser cache; it is not counted.
    for (let run = 0; run <= runs; run += 1) {
      const started = Date.now();
      await page.goto(`${runtime.url}/app`);
      await page.locator('[data-testid="key-parameters"]').waitFor({ timeout: 60_000 });
      const values = Date.now() - started;
      const asked = Date.now();
      await page.getByRole('button', { name: 'Show Element Trends' }).click();
      await page.locator('[data-testid="trend-card-chart"][data-drawn="yes"]').nth(7).waitFor({ timeout: 60_000 });
      const trends = Date.now() - asked;
      if (run > 0) {
        valuesMs.push(values);
        trendsMs.push(trends);
      }
    }
    return { valuesMs, trendsMs };
  } finally {
    await browser.close();
    await runtime.stop();
  }
}
