/**
 * A correction is sized from one test. Once the tank has a newer reading of the same element
 * (a kit test two days later, a newer ICP report), that reading is what the tank holds now, and the
 * old correction is superseded: it is shown as such and only applied after the keeper confirms.
 */

export interface TestMoment {
  readonly testId: string;
  /** The test's date, YYYY-MM-DD. */
  readonly date: string;
  /** When the test was recorded (ISO timestamp): orders two tests of the same date. */
  readonly createdAt: string;
}

export interface LaterReading extends TestMoment {
  readonly kind: 'ICP' | 'MANUAL';
  readonly value: number;
  readonly unit: string;
}

/** Whether `other` was taken after `test` (a later date, or the same date recorded later). */
export function isNewerTest(other: TestMoment, test: TestMoment): boolean {
  if (other.testId === test.testId) return false;
  return other.date > test.date || (other.date === test.date && other.createdAt > test.createdAt);
}

/**
 * The newest reading taken after the correction's test, if any: the one the correction is
 * superseded by.
 *
 * @example supersedingReading({ testId: 'icp', date: '2026-11-27', createdAt: '…' }, [{ testId: 'kit', kind: 'MANUAL', date: '2026-11-29', createdAt: '…', value: 405, unit: 'mg/l' }])?.value // 405
 */
export function supersedingReading(test: TestMoment, readings: readonly LaterReading[]): LaterReading | undefined {
  return readings
    .filter((r) => isNewerTest(r, test) && Number.isFinite(r.value))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0];
}
