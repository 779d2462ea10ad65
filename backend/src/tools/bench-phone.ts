import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seedDemoHistory } from '../local/demo-history';
import { startLocalRuntime } from '../local/runtime';

const repoRoot = resolve(__dirname, '../../..');

/** Unregisters the service worker and empties its caches, so the next visit fetches the whole app. */
const FORGET_THE_APP = `(async () => {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const key of await caches.keys()) await caches.delete(key);
})()`;

/** Records the paint timeline from navigation start: FCP, LCP and the home's content (Element Timing). */
const WATCH_PAINTS = `(() => {
  const marks = (window.__ramPaints = {});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.entryType === 'element' && entry.identifier === 'home-content') marks.content ??= entry.renderTime || entry.loadTime;
      if (entry.entryType === 'largest-contentful-paint') marks.lcp = entry.startTime;
      if (entry.entryType === 'paint' && entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }
  }).observe({ entryTypes: ['element', 'largest-contentful-paint', 'paint'] });
})()`;

const PAINTS_SEEN = `(() => { const m = window.__ramPaints; return m && m.content !== undefined && m.fcp !== undefined ? m : undefined; })()`;
const DEMO = { email: 'demo@reefamatic.local', password: 'ReefDemo-2026' };

/** #22: home content visible on the throttled phone within this many ms. */
export const PHONE_HOME_TARGET_MS = 2500;

/**
 * The phone profile: Chromium's CPU slowed 4×, and a network like Lighthouse's "slow 4G" (150 ms
 * round trip, about 1.6 Mbit/s down and 750 kbit/s up), applied through the DevTools protocol.
 */
export const PHONE_PROFILE = {
  viewport: { width: 375, height: 812 },
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
} as const;

export interface PhoneHomeRun {
  /** First contentful paint, from the browser's paint timeline. */
  readonly fcpMs: number;
  /** The home's own content (latest values, or the first-upload invitation) drawn, from Element Timing. */
  readonly contentMs: number;
  /** Largest contentful paint when the content was drawn. */
  readonly lcpMs: number;
}

/**
 * Home on a throttled phone, as the demo keeper: the local runtime serving the built SPA, the demo
 * tank filled through the API, Debian's Chromium at 375×812 with the phone profile. Each run is a
 * first visit for the network (the HTTP cache and the service worker cleared, the session kept), so
 * every byte of the app comes over the slow link. Times are the browser's own: paint timing, Element
 * Timing on the home's content (`elementtiming="home-content"`) and LCP, all from navigation start.
 */
export async function phoneHomeRuns(runs: number, dynamoEndpoint: string): Promise<PhoneHomeRun[]> {
  const runtime = await startLocalRuntime({
    env: 'benchphone',
    port: 0,
    dynamoEndpoint,
    spaRoot: join(repoRoot, 'frontend', 'dist', 'frontend', 'browser'),
    demo: DEMO,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@reef.test',
    adminPassword: 'Bench-admin-2026',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await seedDemoHistory(runtime.url, DEMO);
    const context = await browser.newContext({ viewport: PHONE_PROFILE.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${runtime.url}/sign-in`);
    await page.fill('#email', DEMO.email);
    await page.fill('#password', DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/app');
    // Let the lambdaliths warm up: this measures the phone and the network, not a cold start.
    await page.locator('[elementtiming="home-content"]').first().waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_PROFILE.latencyMs,
      downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
      uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
    });
    const results: PhoneHomeRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Browser-side code as text: the backend compiles without the DOM's types.
      await page.evaluate(FORGET_THE_APP);
      await cdp.send('Network.clearBrowserCache');
      await page.goto('about:blank');
      await page.addInitScript({ content: WATCH_PAINTS });
      const requests: { url: string; start: number; end: number }[] = [];
      const onFinished = (request: import('playwright-core').Request) => {
        const t = request.timing();
        requests.push({ url: request.url().replace(runtime.url, ''), start: t.startTime, end: t.startTime + t.responseEnd });
      };
      if (process.env.BENCH_PHONE_WATERFALL) page.on('requestfinished', onFinished);
      const navigated = Date.now();
      await page.goto(`${runtime.url}/app`, { waitUntil: 'commit' });
      await page.locator('[elementtiming="home-content"]').first().waitFor({ timeout: 120_000 });
      const handle = await page.waitForFunction(PAINTS_SEEN, undefined, { timeout: 60_000 });
      const m = (await handle.jsonValue()) as Record<string, number>;
      page.off('requestfinished', onFinished);
      // BENCH_PHONE_WATERFALL=1 prints each request's start and end (ms from navigation) to stderr.
      for (const r of requests.sort((a, b) => a.start - b.start))
        process.stderr.write(`${(r.start - navigated).toFixed(0).padStart(6)} ${(r.end - navigated).toFixed(0).padStart(6)} ${r.url}\n`);
      results.push({ fcpMs: m.fcp, contentMs: m.content, lcpMs: m.lcp ?? m.content });
    }
    return results;
  } finally {
    await browser.close();
    await runtime.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The docs/benchmarks.md section for {@link phoneHomeRuns}. */
export function phoneHomeSection(runs: readonly PhoneHomeRun[], initialJsKb: number): string {
  const content = median(runs.map((r) => r.contentMs));
  return [
    `Home as the demo keeper on a throttled phone: Debian's Chromium at 375×812, CPU slowed ${PHONE_PROFILE.cpuSlowdown}× and a slow-4G-like network (${PHONE_PROFILE.latencyMs} ms round trip, 1.6 Mbit/s down, 750 kbit/s up) through the DevTools protocol. Each of ${runs.length} runs is a first visit for the network (HTTP cache and service worker cleared, the session kept) and is timed by the browser itself from navigation start: first contentful paint, the home's own content drawn (Element Timing on the latest values or the first-upload invitation) and the largest contentful paint. Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| figure | median ms | slowest ms | target | met |',
    '| --- | ---: | ---: | --- | :---: |',
    `| first contentful paint | ${median(runs.map((r) => r.fcpMs)).toFixed(0)} | ${Math.max(...runs.map((r) => r.fcpMs)).toFixed(0)} | | |`,
    `| **home content visible** | **${content.toFixed(0)}** | ${Math.max(...runs.map((r) => r.contentMs)).toFixed(0)} | ≤ ${PHONE_HOME_TARGET_MS} ms | ${content <= PHONE_HOME_TARGET_MS ? 'yes' : 'no'} |`,
    `| largest contentful paint | ${median(runs.map((r) => r.lcpMs)).toFixed(0)} | ${Math.max(...runs.map((r) => r.lcpMs)).toFixed(0)} | | |`,
    '',
    `Initial JavaScript (the SPA section above): **${initialJsKb.toFixed(1)} kB** gzipped against the #22 target of 80 kB (${initialJsKb <= 80 ? 'met' : 'not met'}).`,
  ].join('\n');
}
