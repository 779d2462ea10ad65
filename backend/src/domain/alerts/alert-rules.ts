import { needsAttention } from '../attention/needs-attention';

/** What a keeper wants to hear about, per tank. */
export interface AlertPreferences {
  /** An ICP report finished evaluating. */
  readonly reportFinished: boolean;
  /** A reading is CRITICAL (past a hazard line). */
  readonly critical: boolean;
  /** A reading is HIGH or LOW (outside the target range). */
  readonly outOfRange: boolean;
  /** A Monday summary of the tank's past week. */
  readonly weeklySummary: boolean;
}

/** New keepers hear about critical readings and nothing else until they choose. */
export const DEFAULT_ALERT_PREFERENCES: AlertPreferences = {
  reportFinished: false,
  critical: true,
  outOfRange: false,
  weeklySummary: false,
};

export type AlertKind = 'report-finished' | 'critical' | 'out-of-range';

/** A measured element as the alert rules see it. */
export interface AlertReading {
  readonly elementId: string;
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  readonly status: string | undefined;
  readonly low?: number;
  readonly high?: number;
}

/** The finished test the alert is about. */
export interface FinishedTest {
  readonly testId: string;
  readonly tankId: string;
  readonly tankName: string;
  readonly kind: 'ICP' | 'MANUAL';
  readonly testDate: string;
  readonly lab?: string;
}

export interface AlertMail {
  readonly kind: AlertKind;
  readonly subject: string;
  readonly text: string;
  readonly readings: readonly AlertReading[];
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4))));

/** One line per reading: `Copper 0.31 mg/l (CRITICAL, target 0–0.02)`. */
export function readingLine(r: AlertReading): string {
  const target =
    r.low !== undefined || r.high !== undefined
      ? `, target ${r.low !== undefined ? number(r.low) : '…'}–${r.high !== undefined ? number(r.high) : '…'}`
      : '';
  return `${r.name} ${r.value === null ? 'not measured' : number(r.value)} ${r.unit} (${r.status ?? 'not evaluated'}${target})`;
}

const testLabel = (t: FinishedTest) => (t.kind === 'ICP' ? `ICP report${t.lab ? ` (${t.lab})` : ''}` : 'manual test');

/**
 * The mails a finished test earns under the keeper's preferences: at most one per kind, the
 * critical one carrying only CRITICAL readings, the out-of-range one only HIGH and LOW ones.
 * A report-finished mail lists whatever needs attention, so the keeper is not mailed twice
 * about the same reading when both are on: then the critical and out-of-range mails are folded in.
 */
export function alertsForTest(test: FinishedTest, readings: readonly AlertReading[], prefs: AlertPreferences, link: string): AlertMail[] {
  const critical = readings.filter((r) => r.status === 'CRITICAL');
  const outOfRange = readings.filter((r) => r.status === 'HIGH' || r.status === 'LOW');
  const footer = `\n\nOpen it in Reef-A-Matic: ${link}\n\nYou get this mail because of the alert settings of ${test.tankName}; change them in your profile.`;
  const mails: AlertMail[] = [];
  if (prefs.reportFinished && test.kind === 'ICP') {
    const attention = [...(prefs.critical ? critical : []), ...(prefs.outOfRange ? outOfRange : [])];
    const lines =
      attention.length > 0
        ? `Needs attention:\n${attention.map((r) => `- ${readingLine(r)}`).join('\n')}`
        : 'Every evaluated reading is within its target range.';
    mails.push({
      kind: 'report-finished',
      subject: `${test.tankName}: your ${testLabel(test)} of ${test.testDate} is ready${critical.length > 0 ? ` (${critical.length} critical)` : ''}`,
      text: `Your ${testLabel(test)} of ${test.testDate} for ${test.tankName} is evaluated: ${readings.length} readings.\n\n${lines}${footer}`,
      readings: attention,
    });
    return mails;
  }
  if (prefs.critical && critical.length > 0) {
    mails.push({
      kind: 'critical',
      subject: `${test.tankName}: ${critical.length === 1 ? `${critical[0].name} is` : `${critical.length} readings are`} critical`,
      text: `The ${testLabel(test)} of ${test.testDate} for ${test.tankName} has readings past a hazard line:\n${critical.map((r) => `- ${readingLine(r)}`).join('\n')}${footer}`,
      readings: critical,
    });
  }
  if (prefs.outOfRange && outOfRange.length > 0) {
    mails.push({
      kind: 'out-of-range',
      subject: `${test.tankName}: ${outOfRange.length} reading${outOfRange.length === 1 ? '' : 's'} outside the target range`,
      text: `The ${testLabel(test)} of ${test.testDate} for ${test.tankName} has readings outside their target range:\n${outOfRange.map((r) => `- ${readingLine(r)}`).join('\n')}${footer}`,
      readings: outOfRange,
    });
  }
  return mails;
}

/** One test of the week, for the summary. */
export interface WeekTest {
  readonly testDate: string;
  readonly kind: 'ICP' | 'MANUAL';
  readonly readings: readonly AlertReading[];
}

/** The weekly summary of a tank: tests of the week, what needs attention, doses logged. */
export function weeklySummary(
  tankName: string,
  weekStart: string,
  weekEnd: string,
  tests: readonly WeekTest[],
  doseDays: number,
  link: string,
): { subject: string; text: string } {
  const attention = tests.flatMap((t) =>
    t.readings.filter((r) => r.status !== undefined && needsAttention(r.status)).map((r) => `- ${t.testDate}: ${readingLine(r)}`),
  );
  const testLines =
    tests.length > 0
      ? tests.map((t) => `- ${t.testDate}: ${t.kind === 'ICP' ? 'ICP report' : 'manual test'}, ${t.readings.length} readings`).join('\n')
      : '- no tests logged';
  return {
    subject: `${tankName}: your week ${weekStart} to ${weekEnd}`,
    text:
      `Your week with ${tankName} (${weekStart} to ${weekEnd}).\n\nTests:\n${testLines}\n\n` +
      (attention.length > 0
        ? `Needs attention:\n${attention.join('\n')}\n\n`
        : tests.length > 0
          ? 'Every reading of the week was within its target range.\n\n'
          : '') +
      `Dose days logged: ${doseDays}.\n\nOpen Reef-A-Matic: ${link}\n\nYou get this summary because of the alert settings of ${tankName}; change them in your profile.`,
  };
}

/** The Monday-to-Sunday week before `now` (UTC dates), and its ISO-style id for idempotency. */
export function previousWeek(now: Date): { start: string; end: string; id: string } {
  const day = (now.getUTCDay() + 6) % 7; // Monday = 0
  const thisMonday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day);
  const start = new Date(thisMonday - 7 * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(thisMonday - 86_400_000).toISOString().slice(0, 10);
  return { start, end, id: start };
}
