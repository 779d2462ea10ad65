// The one "needs attention" rule of RaM. It has no imports on purpose: the app compiles this very
// file (frontend/src/app/shared/tests/test-result.ts re-exports it), so the ICP page, home, the
// tests table and Reef Review count the same readings.

/**
 * The evaluation statuses that ask the keeper to act, most urgent first: above a safety limit or
 * implausible (CRITICAL), below or above the target range. OK, NO_RANGE (nothing to judge by),
 * MISSING, RO water and PENDING never count, and neither does a trend on its own.
 */
export const ATTENTION_STATUSES = ['CRITICAL', 'LOW', 'HIGH'] as const;
export type AttentionStatus = (typeof ATTENTION_STATUSES)[number];

/**
 * Whether a reading with this evaluation status needs the keeper's attention.
 *
 * @example needsAttention('LOW'); // true
 * @example needsAttention('OK'); // false, however fast it moves
 */
export function needsAttention(status: string): status is AttentionStatus {
  return (ATTENTION_STATUSES as readonly string[]).includes(status);
}

/** How many of the readings need attention. */
export function attentionCount(readings: readonly { readonly status: string }[]): number {
  return readings.filter((reading) => needsAttention(reading.status)).length;
}

/** How loud a reading is in a Reef Review. */
export type ReadingSeverity = 'CRITICAL' | 'WARNING' | 'INFO';

/**
 * A reading's severity, decided by its status first: CRITICAL stays critical, LOW and HIGH (out of
 * range) are the only warnings. An in-range reading is never a warning: when its trend heads out of
 * the range (ALERT: at the current pace within the alert window; WATCH: later) it is something to
 * watch (INFO), as is a reading without a range or an element missing from a report. Anything else
 * (steady in range, RO water, not evaluated yet) is not reviewed: undefined.
 *
 * @example readingSeverity('HIGH'); // 'WARNING'
 * @example readingSeverity('OK', 'ALERT'); // 'INFO'
 * @example readingSeverity('OK', 'NONE'); // undefined
 */
export function readingSeverity(status: string, trend?: 'NONE' | 'WATCH' | 'ALERT'): ReadingSeverity | undefined {
  if (status === 'CRITICAL') return 'CRITICAL';
  if (needsAttention(status)) return 'WARNING';
  if (status === 'MISSING' || status === 'NO_RANGE') return 'INFO';
  if (status === 'OK' && (trend === 'ALERT' || trend === 'WATCH')) return 'INFO';
  return undefined;
}
