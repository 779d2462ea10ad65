import type { FunctionName } from '../catalogue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = (event: any, context: any) => Promise<any>;

/**
 * Handlers by function name, loaded lazily so a process only pays for the functions it runs.
 * Lambda uses each file's `handler` export directly; the local runtime and tests use this map.
 */
export const HANDLERS: Partial<Record<FunctionName, () => Promise<AnyHandler>>> = {
  'account-api': async () => (await import('./account-api')).handler,
  'admin-api': async () => (await import('./admin-api')).handler,
  'billing-webhook': async () => (await import('./billing-webhook')).handler,
  'testing-api': async () => (await import('./testing-api')).handler,
  'dosing-api': async () => (await import('./dosing-api')).handler,
  'daily-dose-save': async () => (await import('./daily-dose-save')).handler,
  'program-backfill': async () => (await import('./program-backfill')).handler,
  'apply-daily-dose': async () => (await import('./apply-daily-dose')).handler,
  'correction-dose-writer': async () => (await import('./correction-dose-writer')).handler,
  'ws-authorizer': async () => (await import('./ws-authorizer')).handler,
  'ws-connect': async () => (await import('./ws-connect')).handler,
  'ws-disconnect': async () => (await import('./ws-disconnect')).handler,
  'cognito-pre-signup': async () => (await import('./cognito-pre-signup')).handler,
  'cognito-post-confirmation': async () => (await import('./cognito-post-confirmation')).handler,
  'realtime-notify': async () => (await import('./realtime-notify')).handler,
  'icp-evaluate': async () => (await import('./icp-evaluate')).handler,
  'upload-convert': async () => (await import('./upload-convert')).handler,
  'seed-loader': async () => (await import('./seed-loader')).handler,
  'privacy-api': async () => (await import('./privacy-api')).handler,
  'alert-notify': async () => (await import('./alert-notify')).handler,
  'weekly-summary': async () => (await import('./weekly-summary')).handler,
};
