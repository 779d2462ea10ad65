import { DOCUMENT, Injector, afterNextRender } from '@angular/core';

/**
 * Moves focus to the element with this id once the page has rendered the change that made it, e.g.
 * back to the button that opened a form the keeper just closed.
 */
export function focusAfterRender(injector: Injector, id: string): void {
  afterNextRender(() => injector.get(DOCUMENT).getElementById(id)?.focus(), { injector });
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal panel: Tab from the last control wraps to the first, Shift+Tab from the
 * first (or from `start`, the heading that holds focus when the panel opens) to the last.
 */
export function keepFocusInside(panel: HTMLElement, event: Event, start?: HTMLElement): void {
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const backwards = (event as KeyboardEvent).shiftKey;
  const active = panel.ownerDocument.activeElement;
  if (backwards && (active === first || active === start)) {
    event.preventDefault();
    last.focus();
  } else if (!backwards && active === last) {
    event.preventDefault();
    first.focus();
  }
}
