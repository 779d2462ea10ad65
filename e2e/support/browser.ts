import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ScreenSize {
  readonly name: 'desktop' | 'mobile';
  readonly width: number;
  readonly height: number;
}

export const DESKTOP: ScreenSize = { name: 'desktop', width: 1280, height: 800 };
export const MOBILE: ScreenSize = { name: 'mobile', width: 375, height: 812 };

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Browser console errors and failed page scripts seen so far. */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile (`--user-data-dir`) at the given screen size, in British
 * English unless `locale` asks for another language (e.g. `de-DE`).
 */
export async function openBrowser(size: ScreenSize, { locale = 'en-GB' }: { readonly locale?: string } = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ram-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
    isMobile: size.name === 'mobile',
    hasTouch: size.name === 'mobile',
    locale,
    timezoneId: 'Europe/Berlin',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Gives the surrounding `describe` one browser at `size`: opened before its first test (handed to
 * `opened`), closed after its last, and every step fails on a console error other than a failed
 * request (an expected 4xx logs as one).
 *
 * @example let page: Page; browserPerBlock(DESKTOP, (session) => (page = session.page));
 */
export function browserPerBlock(size: ScreenSize, opened: (session: BrowserSession) => void): void {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser(size);
    opened(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    const unexpected = (session?.problems.splice(0) ?? []).filter((problem) => !/Failed to load resource/.test(problem));
    expect(unexpected).toEqual([]);
  });
}
