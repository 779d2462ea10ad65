import type { Locator, Page } from 'playwright-core';
import type { ScreenSize } from './browser';

/** The app shell's side rail, which a phone keeps behind the menu button. */
export interface Rail {
  show(): Promise<void>;
  hide(): Promise<void>;
  /** A rail section (Tests, Doses, Programs) by its heading. */
  section(heading: string): Locator;
  /** Waits until the live-update dot says the WebSocket is connected. */
  waitUntilLive(): Promise<void>;
}

/** `pageOf` is read on every call, so a rail can be made before the browser opens. */
export function railOf(pageOf: () => Page, size: ScreenSize): Rail {
  const onPhone = size.name === 'mobile';
  return {
    async show() {
      if (!onPhone) return;
      const page = pageOf();
      const toggle = page.locator('button[aria-controls="side-rail"]');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await page.locator('#side-rail').waitFor({ state: 'visible' });
    },
    async hide() {
      if (!onPhone) return;
      const page = pageOf();
      const close = page.locator('#nav-close');
      if (await close.isVisible()) await close.click();
      await page.locator('#side-rail').waitFor({ state: 'hidden' });
    },
    section: (heading) => pageOf().locator('ram-history-section', { has: pageOf().locator('h2', { hasText: heading }) }),
    async waitUntilLive() {
      await pageOf().locator('[data-testid="connection-status"][data-status="live"]').first().waitFor({ state: 'attached' });
    },
  };
}
