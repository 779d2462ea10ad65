/**
 * The security headers of Reef-A-Matic, declared once: the lambdaliths put the API set on every
 * answer, the local gateway serves the app with the app set, and `infra/edge` builds CloudFront's
 * response-headers policy from the same values.
 */

/** Headers on every REST API answer: never cached, never sniffed, never framed. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** Browser features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()';

export interface AppOrigins {
  /** Origins the app calls with fetch/XHR besides its own: the REST API, identity, the upload bucket. */
  readonly connect: readonly string[];
  /** WebSocket origins (`ws://…` or `wss://…`). */
  readonly websocket: readonly string[];
}

/**
 * The app's Content Security Policy: scripts only from its own origin (no inline script, no eval),
 * connections only to the API, identity, upload and WebSocket origins, never framed.
 * Inline `style` attributes stay allowed: Angular's style bindings and the charts set them.
 *
 * @example appContentSecurityPolicy({ connect: ['https://api.example.com'], websocket: ['wss://ws.example.com'] })
 */
export function appContentSecurityPolicy(origins: AppOrigins): string {
  const connect = ["'self'", ...origins.connect, ...origins.websocket].filter((o, i, all) => all.indexOf(o) === i).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on the app's files (HTML, scripts, styles) wherever they are served. */
export function appSecurityHeaders(origins: AppOrigins): Record<string, string> {
  return {
    'content-security-policy': appContentSecurityPolicy(origins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
  };
}
