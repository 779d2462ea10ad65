import { InjectionToken } from '@angular/core';

/** The part of the browser's WebSocket the manager uses; tests hand in a fake with the same shape. */
export interface WebSocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

/** Opens a WebSocket to a URL; swapped in tests for a fake the test drives. */
export const WEB_SOCKET_FACTORY = new InjectionToken<(url: string) => WebSocketLike>(
  'WebSocketFactory',
  { providedIn: 'root', factory: () => (url: string) => new WebSocket(url) },
);

/** How the manager waits between attempts after a connection is lost. */
export interface ReconnectPolicy {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** A number in [0, 1); tests fix it to make delays exact. */
  readonly random: () => number;
}

export const RECONNECT_POLICY = new InjectionToken<ReconnectPolicy>('ReconnectPolicy', {
  providedIn: 'root',
  factory: () => ({ firstDelayMs: 1_000, maxDelayMs: 30_000, random: Math.random }),
});

/**
 * The wait before reconnect attempt `attempt` (0 = the first retry): doubling from the first delay
 * up to the cap, then between half and all of that, so tabs that lost the same server spread out.
 *
 * @example
 * reconnectDelay(3, { firstDelayMs: 1000, maxDelayMs: 30000, random: () => 1 }); // 8000
 * reconnectDelay(9, { firstDelayMs: 1000, maxDelayMs: 30000, random: () => 0 }); // 15000
 */
export function reconnectDelay(attempt: number, policy: ReconnectPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * policy.random());
}
