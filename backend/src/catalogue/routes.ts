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
}

const route = (path: string, fn: FunctionName, operation: string, auth: RouteAuth = 'user'): RouteDefinition => ({
  method: 'POST',
  path,
  function: fn,
  auth,
  operation,
});

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
  route('/user/dashboard/save', 'account-api', 'user-dashboard-save'),
  route('/user/dashboard/delete', 'account-api', 'user-dashboard-delete'),
  route('/user/template', 'account-api', 'user-entry-template-list'),
  route('/user/template/save', 'account-api', 'user-entry-template-save'),
  route('/user/template/delete', 'account-api', 'user-entry-template-delete'),
  route('/user/target-ranges', 'account-api', 'user-target-ranges'),
  route('/user/reef-reviews', 'account-api', 'user-reef-reviews'),
  route('/test', 'testing-api', 'upload-presigned'),
  route('/test/elements/list', 'testing-api', 'test-list-test-elements'),
  route('/test/history', 'testing-api', 'test-get-test-history'),
  route('/test/history/icp', 'testing-api', 'test-get-icp-test-history'),
  route('/test/history/icp/trend', 'testing-api', 'test-get-icp-element-trend'),
  route('/test/history/list', 'testing-api', 'test-list-test-history'),
  route('/test/history/save', 'testing-api', 'test-save-test-history'),
  route('/corrections', 'testing-api', 'corrections-apply-correction'),
  route('/dose/elements/list', 'dosing-api', 'dose-list-dose-elements'),
  route('/dose/history', 'dosing-api', 'get-dose-history'),
  route('/dose/history/list', 'dosing-api', 'dose-list-dose-history'),
  route('/dose/history/save', 'dosing-api', 'dose-save-dose-history-apigw'),
  route('/dose/history/delete', 'dosing-api', 'dose-delete-dose-history'),
  route('/program/history', 'dosing-api', 'dose-get-program-history'),
  route('/program/history/list', 'dosing-api', 'dose-list-program-history'),
  route('/program/history/save', 'dosing-api', 'dose-save-program-history'),
  route('/program/history/delete', 'dosing-api', 'dose-delete-program-history'),
];

/** Finds the route for a method and path, or undefined. */
export function findRoute(method: string, path: string): RouteDefinition | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((r) => r.method === method.toUpperCase() && r.path === normalised);
}
