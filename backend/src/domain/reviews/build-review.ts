import { attentionCount, needsAttention as statusNeedsAttention, readingSeverity } from '../attention/needs-attention';
import type { ResolvedRange } from '../corrections/target-range';
import { ALERT_HORIZON_DAYS, type TrendAssessment, assessTrend } from '../trends';
import {
  type AdjustmentAction,
  type CompareScope,
  type CorrectionAction,
  type DosingSchedule,
  type DraftChange,
  type Finding,
  type PriorTest,
  type ReviewAction,
  type ReviewContent,
  type ReviewElement,
  type Severity,
  SEVERITIES,
  scopeSize,
} from './review-types';

export interface ReviewInput {
  readonly kind: 'ICP' | 'MANUAL';
  readonly testDate: string;
  readonly lab?: string;
  readonly elements: readonly ReviewElement[];
  /** Earlier tests of the tank, newest first (the scope picks how many are compared). */
  readonly history: readonly PriorTest[];
  readonly compareScope: CompareScope;
  /** RaM's draft program changes (ICP reviews of Pro-equivalent keepers only). */
  readonly draftChanges?: readonly DraftChange[];
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);
/** The more serious of two severities. */
export const worst = (a: Severity, b: Severity): Severity => (rank(a) <= rank(b) ? a : b);

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(3)).toString());

function band(range: ResolvedRange | undefined, unit: string): string | undefined {
  if (!range) return undefined;
  if (range.low !== undefined && range.high !== undefined) return `${fmt(range.low)}–${fmt(range.high)} ${unit}`;
  if (range.high !== undefined) return `at most ${fmt(range.high)} ${unit}`;
  if (range.low !== undefined) return `at least ${fmt(range.low)} ${unit}`;
  return undefined;
}

/**
 * Severity of one element, by the shared rule ({@link readingSeverity}): CRITICAL above the hazard
 * line, WARNING only outside the range; an in-range reading whose trend heads out is INFO, to watch.
 */
export function findingSeverity(element: ReviewElement, trend: TrendAssessment | undefined): Severity | undefined {
  return readingSeverity(element.status, trend?.severity);
}

function findingText(e: ReviewElement, trend: TrendAssessment | undefined): string {
  const reading = e.value === null ? `${e.name} was not detected` : `${e.name} is ${fmt(e.value)} ${e.unit}`;
  const where = band(e.range, e.unit);
  const moving = trend && trend.direction !== 'FIRST' && trend.direction !== 'STEADY' ? ` (${trend.signal})` : '';
  switch (e.status) {
    case 'CRITICAL':
      return `${reading}, above the safe limit${where ? ` (${where})` : ''}${moving}. Find the source and change water before anything else.`;
    case 'HIGH':
      return `${reading}, above ${where ?? 'its range'}${moving}. Hold or reduce anything that doses it.`;
    case 'LOW':
      return `${reading}, below ${where ?? 'its range'}${moving}.`;
    case 'MISSING':
      return `${e.name} was expected but is not on this report.`;
    case 'NO_RANGE':
      return `${reading}, but it has no target range, so it cannot be judged. Set one on the targets page.`;
    default: {
      const leaving = trend?.severity === 'ALERT' ? `, and at this pace it leaves the range within ${ALERT_HORIZON_DAYS} days` : '';
      return `${reading}, still within ${where ?? 'range'}, but ${trend?.direction === 'UP' ? 'rising' : 'falling'}${moving}${leaving}: watch it on the next test.`;
    }
  }
}

/** The values an element had in the compared tests, newest first. */
function previousReadings(elementId: string, compared: readonly PriorTest[]): { date: string; value: number | null }[] {
  return compared.filter((t) => elementId in t.values).map((t) => ({ date: t.date, value: t.values[elementId] }));
}

const sameSchedule = (a: DosingSchedule | null, b: DosingSchedule): boolean =>
  a !== null && a.amount === b.amount && a.unit === b.unit && [...a.weekdays].sort().join(',') === [...b.weekdays].sort().join(',');

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const schedule = (s: DosingSchedule): string =>
  `${fmt(s.amount)} ${s.unit} ${
    s.weekdays.length === 7
      ? 'every day'
      : `on ${[...s.weekdays]
          .sort()
          .map((d) => weekdayNames[d])
          .join(', ')}`
  }`;

function correctionActions(elements: readonly ReviewElement[]): CorrectionAction[] {
  return elements.flatMap((e) =>
    e.correction?.kind === 'DOSE' && e.status === 'LOW'
      ? [
          {
            actionId: `correction#${e.elementId}`,
            type: 'CORRECTION' as const,
            elementId: e.elementId,
            name: e.name,
            text: `Dose ${e.correction.dailyMl} ml of ${e.name.toLowerCase()} solution a day for ${e.correction.days} day${e.correction.days === 1 ? '' : 's'} (${e.correction.totalMl} ml in all).`,
            correction: {
              dailyAmount: e.correction.dailyMl,
              unit: 'ml' as const,
              days: e.correction.days,
              totalAmount: e.correction.totalMl,
            },
          },
        ]
      : [],
  );
}

/** Only program rows whose amount, unit or dosing days really change become actions. */
function adjustmentActions(changes: readonly DraftChange[]): AdjustmentAction[] {
  return changes
    .filter((c) => !sameSchedule(c.current, c.suggested))
    .map((c) => ({
      actionId: `adjust#${c.elementId}`,
      type: 'DAILY_ADJUSTMENT' as const,
      elementId: c.elementId,
      name: c.name,
      text: c.current
        ? `Change ${c.name} from ${schedule(c.current)} to ${schedule(c.suggested)}.${c.reason ? ` ${c.reason}` : ''}`
        : `Start ${c.name} at ${schedule(c.suggested)}.${c.reason ? ` ${c.reason}` : ''}`,
      adjustment: { current: c.current, suggested: c.suggested },
    }));
}

function title(findings: readonly Finding[]): string {
  const critical = findings.filter((f) => f.severity === 'CRITICAL');
  if (critical.length === 1) return `${critical[0].name} is at a harmful level`;
  if (critical.length > 1) return `${critical.length} elements are at harmful levels`;
  const attention = attentionCount(findings);
  if (attention > 0) return `${attention} element${attention === 1 ? ' needs' : 's need'} attention`;
  if (findings.length > 0) return 'Mostly on target, a few things to watch';
  return 'Every measured element is on target';
}

function summary(input: ReviewInput, findings: readonly Finding[], actions: readonly ReviewAction[], compared: number): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const source = `${input.kind === 'ICP' ? `ICP test${input.lab ? ` (${input.lab})` : ''}` : 'Manual test'} of ${input.testDate}`;
  const parts = [
    count('CRITICAL') && `${count('CRITICAL')} critical`,
    count('WARNING') && `${count('WARNING')} out of range`,
    count('INFO') && `${count('INFO')} to watch`,
  ].filter(Boolean);
  const corrections = actions.filter((a) => a.type === 'CORRECTION').length;
  const adjustments = actions.filter((a) => a.type === 'DAILY_ADJUSTMENT').length;
  const todo = [
    corrections && `${corrections} one-time correction${corrections === 1 ? '' : 's'}`,
    adjustments && `${adjustments} daily program change${adjustments === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const comparedText =
    compared === 0 ? 'This is the first test to compare with.' : `Compared with ${compared} earlier test${compared === 1 ? '' : 's'}.`;
  return `${source}: ${parts.length ? parts.join(', ') : 'nothing out of range'}. ${todo.length ? `Suggested: ${todo.join(' and ')}. ` : ''}${comparedText}`;
}

/**
 * The rules' view of a test: findings (severity from the absolute reading first, then the trend
 * over the chosen scope), one-time corrections (ICP), daily adjustments from the draft program.
 *
 * @example buildReview({ kind: 'MANUAL', testDate: '2026-11-20', elements: [alkalinityAt6], history: [], compareScope: 'LAST_3' }).severity // 'WARNING'
 */
export function buildReview(input: ReviewInput): ReviewContent {
  const compared = input.history.filter((t) => t.date <= input.testDate).slice(0, scopeSize(input.compareScope));
  const findings: Finding[] = [];
  for (const e of input.elements) {
    const previous = previousReadings(e.elementId, compared);
    const trend =
      e.status === 'MISSING' || e.status === 'RO' || e.status === 'PENDING'
        ? undefined
        : assessTrend({
            current: { date: input.testDate, value: e.value },
            previous,
            range: e.range ?? { source: 'NONE' },
            projections: false,
          });
    const severity = findingSeverity(e, trend);
    if (!severity) continue;
    findings.push({
      findingId: `finding#${e.elementId}`,
      elementId: e.elementId,
      name: e.name,
      severity,
      status: e.status,
      value: e.value,
      unit: e.unit,
      ...(e.range ? { targetRange: e.range } : {}),
      ...(trend ? { trend } : {}),
      text: findingText(e, trend),
    });
  }
  findings.sort((a, b) => rank(a.severity) - rank(b.severity) || a.name.localeCompare(b.name));
  const actions: ReviewAction[] =
    input.kind === 'ICP' ? [...correctionActions(input.elements), ...adjustmentActions(input.draftChanges ?? [])] : [];
  const severity = findings.reduce<Severity>((s, f) => worst(s, f.severity), 'OK');
  return {
    severity,
    title: title(findings),
    summary: summary(input, findings, actions, compared.length),
    findings,
    actions,
    comparedTests: compared.map((t) => ({ testId: t.testId, date: t.date })),
  };
}

/** Regenerated content keeps the keeper's decisions on actions that still exist. */
export function keepDecisions(content: ReviewContent, previous: readonly ReviewAction[]): ReviewContent {
  const decided = new Map(previous.filter((a) => a.decision).map((a) => [a.actionId, a.decision]));
  return { ...content, actions: content.actions.map((a) => (decided.has(a.actionId) ? { ...a, decision: decided.get(a.actionId) } : a)) };
}

/**
 * Whether a test's review has something that needs attention by the one shared rule (a reading out
 * of range, above a safety limit or implausible): only then does a manual test open a review.
 * Trends to watch, missing elements and readings without a range alone never do.
 */
export const needsAttention = (content: ReviewContent): boolean => content.findings.some((f) => statusNeedsAttention(f.status));
