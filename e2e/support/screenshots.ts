import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ScreenSize } from './browser';
import { REPO_ROOT } from './local-runtime';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs/screenshots');

export interface ShotOptions {
  /** The whole page from the top (default), or just the screen, for overlays such as the drawer. */
  readonly fullPage?: boolean;
}

/**
 * Saves the page as `docs/screenshots/<step>-<size>.png`, e.g. `03-home-mobile.png`. Full pages
 * are taken from the top, the pointer is moved out of the way so nothing shows a hover state,
 * animations are frozen and the caret hidden, so the pictures only change when the app does.
 */
export async function screenshot(page: Page, step: string, size: ScreenSize, options: ShotOptions = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${step}-${size.name}.png`);
  const fullPage = options.fullPage ?? true;
  await page.mouse.move(size.width - 1, size.height - 1);
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  return path;
}
