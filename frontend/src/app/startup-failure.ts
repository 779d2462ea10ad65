import { RuntimeConfigError } from './core/config/runtime-config';

/**
 * Replaces the blank page left by a failed start (usually a missing or wrong `/config.json`)
 * with a plain explanation, written with DOM calls because Angular itself did not start.
 */
export function showStartupFailure(doc: Document, error: unknown): void {
  const detail =
    error instanceof RuntimeConfigError
      ? error.message
      : 'An unexpected error stopped the app from starting.';
  const panel = doc.createElement('main');
  panel.setAttribute('role', 'alert');
  panel.className = 'mx-auto max-w-lg p-6';
  const heading = doc.createElement('h1');
  heading.className = 'text-xl font-semibold';
  heading.textContent = 'Reef-A-Matic could not start';
  const text = doc.createElement('p');
  text.className = 'mt-2';
  text.textContent = `${detail} Reload the page to try again.`;
  panel.append(heading, text);
  doc.body.replaceChildren(panel);
}
