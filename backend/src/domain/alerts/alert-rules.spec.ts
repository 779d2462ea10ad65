import { type AlertReading, DEFAULT_ALERT_PREFERENCES, alertsForTest, previousWeek, readingLine, weeklySummary } from './alert-rules';

const reading = (name: string, value: number, status: string, low?: number, high?: number): AlertReading => ({
  elementId: name.toLowerCase(),
  name,
  value,
  unit: 'mg/l',
  status,
  low,
  high,
});
const copper = reading('Copper', 0.31, 'CRITICAL', 0, 0.02);
const calcium = reading('Calcium', 380, 'LOW', 400, 450);
const magnesium = reading('Magnesium', 1350, 'OK', 1300, 1400);
const icp = { testId: 't1', tankId: 'k1', tankName: 'Reef 300', kind: 'ICP' as const, testDate: '2026-03-01', lab: 'OCEAMO' };
const link = 'http://localhost/app/tests/t1';

describe('alert rules', () => {
  it('writes a reading with its value, status and target range', () => {
    expect(readingLine(copper)).toBe('Copper 0.31 mg/l (CRITICAL, target 0–0.02)');
    expect(readingLine({ ...magnesium, low: undefined, high: undefined })).toBe('Magnesium 1350 mg/l (OK)');
  });

  it.each([
    ['defaults (critical only)', DEFAULT_ALERT_PREFERENCES, [copper, calcium, magnesium], [['critical', ['Copper']]]],
    ['critical on, nothing critical', DEFAULT_ALERT_PREFERENCES, [calcium, magnesium], []],
    [
      'out of range only',
      { ...DEFAULT_ALERT_PREFERENCES, critical: false, outOfRange: true },
      [copper, calcium],
      [['out-of-range', ['Calcium']]],
    ],
    [
      'critical and out of range',
      { ...DEFAULT_ALERT_PREFERENCES, outOfRange: true },
      [copper, calcium],
      [
        ['critical', ['Copper']],
        ['out-of-range', ['Calcium']],
      ],
    ],
    [
      'report finished folds the others in',
      { reportFinished: true, critical: true, outOfRange: true, weeklySummary: false },
      [copper, calcium, magnesium],
      [['report-finished', ['Copper', 'Calcium']]],
    ],
    ['everything off', { reportFinished: false, critical: false, outOfRange: false, weeklySummary: true }, [copper, calcium], []],
  ])('mails for %s', (_name, prefs, readings, expected) => {
    const mails = alertsForTest(icp, readings, prefs, link);
    expect(mails.map((m) => [m.kind, m.readings.map((r) => r.name)])).toEqual(expected);
    for (const mail of mails) expect(mail.text).toContain(link);
  });

  it('names the critical element and its reading in the subject and text', () => {
    const [mail] = alertsForTest(icp, [copper], DEFAULT_ALERT_PREFERENCES, link);
    expect(mail.subject).toBe('Reef 300: Copper is critical');
    expect(mail.text).toContain('- Copper 0.31 mg/l (CRITICAL, target 0–0.02)');
  });

  it('sends no report-finished mail for a manual test, only the reading alerts', () => {
    const mails = alertsForTest(
      { ...icp, kind: 'MANUAL', lab: undefined },
      [copper],
      { ...DEFAULT_ALERT_PREFERENCES, reportFinished: true },
      link,
    );
    expect(mails.map((m) => m.kind)).toEqual(['critical']);
  });

  it('says a report is fine when nothing needs attention', () => {
    const [mail] = alertsForTest(icp, [magnesium], { ...DEFAULT_ALERT_PREFERENCES, reportFinished: true }, link);
    expect(mail.subject).toBe('Reef 300: your ICP report (OCEAMO) of 2026-03-01 is ready');
    expect(mail.text).toContain('Every evaluated reading is within its target range.');
  });

  it('finds the Monday-to-Sunday week before a date', () => {
    expect(previousWeek(new Date('2026-03-16T07:00:00Z'))).toEqual({ start: '2026-03-09', end: '2026-03-15', id: '2026-03-09' });
    expect(previousWeek(new Date('2026-03-15T23:00:00Z'))).toEqual({ start: '2026-03-02', end: '2026-03-08', id: '2026-03-02' });
  });

  it('summarises a week with its tests, what needs attention and the dose days', () => {
    const summary = weeklySummary(
      'Reef 300',
      '2026-03-09',
      '2026-03-15',
      [{ testDate: '2026-03-10', kind: 'MANUAL', readings: [calcium, magnesium] }],
      5,
      'http://x/app',
    );
    expect(summary.subject).toBe('Reef 300: your week 2026-03-09 to 2026-03-15');
    expect(summary.text).toContain('- 2026-03-10: manual test, 2 readings');
    expect(summary.text).toContain('- 2026-03-10: Calcium 380 mg/l (LOW, target 400–450)');
    expect(summary.text).toContain('Dose days logged: 5.');
    expect(weeklySummary('Reef 300', 'a', 'b', [], 0, 'x').text).toContain('- no tests logged');
  });
});
