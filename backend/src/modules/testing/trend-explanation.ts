import { elementStatus, type ResolvedRange } from '../../domain/corrections/target-range';
import { type DatedValue, assessTrend } from '../../domain/trends';

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(3)).toString());

/** Where a reading sits against its range, as a verb phrase. */
function positionOf(value: number | null, range: ResolvedRange, unit: string): string {
  const status = elementStatus(value, range, undefined, true);
  const { low, high } = range;
  if (low !== undefined && high !== undefined) {
    const band = `${fmt(low)}–${fmt(high)} ${unit}`;
    return status === 'LOW' ? `is below ${band}` : status === 'HIGH' ? `is above ${band}` : `is within ${band}`;
  }
  if (high !== undefined) return `is ${status === 'HIGH' ? 'above' : 'under'} the limit of ${fmt(high)} ${unit}`;
  if (low !== undefined) return `is ${status === 'LOW' ? 'below' : 'above'} the floor of ${fmt(low)} ${unit}`;
  return 'has no target range';
}

function movement(latest: DatedValue, earlier: DatedValue[], range: ResolvedRange): string {
  const trend = assessTrend({ current: latest, previous: earlier, range, projections: false });
  const since = trend.previousDate ? ` since ${trend.previousDate}` : '';
  switch (trend.direction) {
    case 'FIRST':
      return 'the only reading in this period';
    case 'STEADY':
      return `steady${since}`;
    default: {
      const word = trend.direction === 'UP' ? 'up' : 'down';
      return trend.changePercent !== undefined ? `${word} ${Math.abs(trend.changePercent)}%${since}` : `${word}${since}`;
    }
  }
}

/**
 * One sentence describing an element's chart: how many readings, the latest against the range, how it
 * moved since the reading before, and how many related doses were logged in the period.
 *
 * @example explainTrend({ name: 'Calcium', unit: 'mg/l', days: 90, range: { source: 'METHOD', low: 400, high: 460 }, points: [{ date: '2026-09-01', value: 440 }, { date: '2026-10-01', value: 410 }], doseCount: 3 })
 * // 'Calcium: 2 readings in the last 90 days; the latest, 410 mg/l on 2026-10-01, is within 400–460 mg/l, down 6.8% since 2026-09-01. 3 related doses were logged in the same period.'
 */
export function explainTrend(input: {
  name: string;
  unit: string;
  days: number;
  range: ResolvedRange;
  points: readonly DatedValue[];
  doseCount: number;
}): string {
  const period = input.days > 0 ? `in the last ${input.days} days` : 'so far';
  const doses =
    input.doseCount === 0
      ? 'No related doses were logged in the same period.'
      : `${input.doseCount} related dose${input.doseCount === 1 ? ' was' : 's were'} logged in the same period.`;
  if (input.points.length === 0) return `${input.name}: no readings ${period}. ${doses}`;
  const latest = input.points[input.points.length - 1];
  const earlier = input.points.slice(0, -1).reverse();
  const reading = latest.value === null ? `not detected on ${latest.date}` : `${fmt(latest.value)} ${input.unit} on ${latest.date}`;
  const count = `${input.points.length} reading${input.points.length === 1 ? '' : 's'} ${period}`;
  return `${input.name}: ${count}; the latest, ${reading}, ${positionOf(latest.value, input.range, input.unit)}, ${movement(latest, earlier, input.range)}. ${doses}`;
}
