import type { FunctionName } from './functions';

/**
 * Every REST endpoint: path (as in the spec, POST with a JSON body), the lambdalith that serves it,
 * and who may call it. API Gateway is built from this list, and the local gateway routes with it.
 */

/** `user`: a verified token; `admin`: the bootstrap admin's token; `none`: no token (Stripe signs instead). */
export type RouteAuth = 'user' | 'admin' | 'none';

export interface RouteDefinition {
  readonly method: 'POST';
  readonly path: string;
  readonly function: FunctionName;
  readonly auth: RouteAuth;
  /** The operation's name in logs, metrics and support-reference records. */
  readonly operation: string;
  /**
   * Whether the route saves something: `true`, or the body `action`s that do. A keeper without effective
   * access may read but not write; the route guard enforces it for every route marked here.
   */
  readonly writes?: true | readonly string[];
}

const route = (
  path: string,
  fn: FunctionName,
  operation: string,
  auth: RouteAuth = 'user',
  writes?: RouteDefinition['writes'],
): RouteDefinition => ({
  method: 'POST',
  path,
  function: fn,
  auth,
  operation,
  ...(writes ? { writes } : {}),
});

/** Whether this request to the route saves something (see `RouteDefinition.writes`). */
export function isWriteRequest(route: RouteDefinition, body: unknown): boolean {
  if (route.writes === true) return true;
  if (!route.writes) return false;
  const action = body && typeof body === 'object' ? (body as { action?: unknown }).action : undefined;
  return typeof action === 'string' && route.writes.includes(action);
}

export const ROUTES: readonly RouteDefinition[] = [
  route('/user', 'account-api', 'user-get-user-profile'),
  route('/user/save', 'account-api', 'user-save-user-profile'),
  route('/user/billing/checkout', 'account-api', 'user-billing-checkout'),
  route('/user/billing/portal', 'account-api', 'user-billing-portal'),
  route('/user/billing/friend-access', 'admin-api', 'user-billing-friend-access', 'admin'),
  route('/user/billing/webhook', 'billing-webhook', 'user-billing-webhook', 'none'),
  route('/user/admin/config', 'admin-api', 'user-admin-config-get', 'admin'),
  route('/user/admin/config/save', 'admin-api', 'user-admin-config-save', 'admin'),
  route('/user/admin/errors', 'admin-api', 'user-admin-errors-list', 'admin'),
  route('/user/admin/errors/clear', 'admin-api', 'user-admin-errors-clear', 'admin'),
  route('/user/admin/overview', 'admin-api', 'user-admin-overview-get', 'admin'),
  route('/user/admin/costs', 'admin-api', 'user-admin-costs-get', 'admin'),
  route('/user/admin/feedback', 'admin-api', 'user-admin-feedback-list', 'admin'),
  route('/user/dashboard', 'account-api', 'user-dashboard-list'),
  route('/user/dashboard/save', 'account-api', 'user-dashboard-save', 'user', true),
  route('/user/dashboard/delete', 'account-api', 'user-dashboard-delete', 'user', true),
  route('/user/template', 'account-api', 'user-entry-template-list'),
  route('/user/template/save', 'account-api', 'user-entry-template-save', 'user', true),
  route('/user/template/delete', 'account-api', 'user-entry-template-delete', 'user', true),
  route('/user/target-ranges', 'account-api', 'user-target-ranges', 'user', ['SAVE', 'RESET']),
  route('/user/reef-reviews', 'account-api', 'user-reef-reviews', 'user', ['DECIDE', 'RECALCULATE', 'DISMISS', 'COMPLETE']),
  route('/user/alerts', 'account-api', 'user-alert-preferences', 'user', ['SAVE']),
  // Export and erasure stay open to a keeper without a plan: their data is theirs to take or remove.
  route('/user/export', 'privacy-api', 'user-export-data'),
  route('/user/delete', 'privacy-api', 'user-delete-account'),
  route('/test', 'testing-api', 'upload-presigned', 'user', true),
  route('/test/elements/list', 'testing-api', 'test-list-test-elements'),
  route('/test/history', 'testing-api', 'test-get-test-history'),
  route('/test/history/icp', 'testing-api', 'test-get-icp-test-history'),
  route('/test/history/icp/trend', 'testing-api', 'test-get-icp-element-trend'),
  route('/test/history/icp/manual', 'testing-api', 'test-save-manual-icp-test', 'user', true),
  route('/test/history/icp/manual/panel', 'testing-api', 'test-get-manual-icp-panel'),
  route('/test/history/list', 'testing-api', 'test-list-test-history'),
  route('/test/history/save', 'testing-api', 'test-save-test-history', 'user', true),
  route('/test/history/delete', 'testing-api', 'test-delete-failed-test', 'user', true),
  route('/test/history/retry', 'testing-api', 'test-retry-failed-test', 'user', true),
  route('/test/import/preview', 'testing-api', 'test-preview-reading-import'),
  route('/test/import/save', 'testing-api', 'test-save-reading-import', 'user', true),
  route('/corrections', 'testing-api', 'corrections-apply-correction', 'user', true),
  route('/dose/elements/list', 'dosing-api', 'dose-list-dose-elements'),
  route('/dose/history', 'dosing-api', 'get-dose-history'),
  route('/dose/history/list', 'dosing-api', 'dose-list-dose-history'),
  route('/dose/history/save', 'dosing-api', 'dose-save-dose-history-apigw', 'user', true),
  route('/dose/history/delete', 'dosing-api', 'dose-delete-dose-history', 'user', true),
  route('/dose/history/confirm', 'dosing-api', 'dose-confirm-planned-dose', 'user', true),
  route('/program/history', 'dosing-api', 'dose-get-program-history'),
  route('/program/history/list', 'dosing-api', 'dose-list-program-history'),
  route('/program/history/save', 'dosing-api', 'dose-save-program-history', 'user', true),
  route('/program/history/delete', 'dosing-api', 'dose-delete-program-history', 'user', true),
];

/**
 * Reads whose handlers create nothing for the caller from scratch: the route guard checks the
 * account's tombstone beside them instead of before them (shared/http/live-account.ts). A handler
 * here that may create a row for the caller calls `assertAccountLive` before it writes.
 */
export const READ_ONLY_ROUTES: ReadonlySet<string> = new Set(['/user', '/test/history/list', '/dose/history/list']);

/** Finds the route for a method and path, or undefined. */
export function findRoute(method: string, path: string): RouteDefinition | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((r) => r.method === method.toUpperCase() && r.path === normalised);
}
