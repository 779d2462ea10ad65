import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { vi } from 'vitest';

/**
 * Waits for the one open `POST /api{path}` whose body asks for `action` (the Reef Review and
 * target-range endpoints take `{ action, … }`), answers it, and hands back what was sent.
 *
 * @example const sent = await answerAction('/user/reef-reviews', 'SUMMARY', { open: 0, bySeverity });
 */
export async function answerAction(
  path: string,
  action: string,
  body: object,
  status = 200,
): Promise<Record<string, unknown>> {
  const http = TestBed.inject(HttpTestingController);
  const request: TestRequest = await vi.waitFor(() => {
    // A request the page replaced before it was answered is cancelled; it needs no answer.
    const matches = http
      .match(
        (candidate) =>
          candidate.method === 'POST' &&
          candidate.url === `/api${path}` &&
          (candidate.body as { action?: string } | null)?.action === action,
      )
      .filter((request) => !request.cancelled);
    if (matches.length === 0) throw new Error(`No open ${action} request to ${path}`);
    if (matches.length > 1) throw new Error(`${matches.length} open ${action} requests to ${path}`);
    return matches[0];
  });
  request.flush(body, { status, statusText: String(status) });
  return request.request.body as Record<string, unknown>;
}

/** {@link answerAction} for `POST /user/reef-reviews`. */
export const answerReviews = (action: string, body: object, status = 200) =>
  answerAction('/user/reef-reviews', action, body, status);

/**
 * Lets an answered call finish its promise chain (a macrotask later), then waits for the fixture to
 * render it: the saves and decisions await their call before they update the page.
 */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
