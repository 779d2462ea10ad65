import type { Correction } from './correction';
import { type PlausibleRange, plausibleText } from './plausibility';
import type { ElementStatus, ResolvedRange } from './target-range';

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(3)).toString());

/**
 * One sentence a keeper can act on, built from the evaluated facts.
 *
 * @example elementMessage('Calcium', 380, 'mg/l', 'LOW', { source: 'METHOD', low: 400, high: 460 }, { kind: 'DOSE', dailyMl: 40, days: 2, … })
 * // 'Calcium 380 mg/l is below 400–460 mg/l: dose 40 ml a day for 2 days.'
 */
export function elementMessage(
  name: string,
  value: number | null,
  unit: string,
  status: ElementStatus,
  range: ResolvedRange,
  correction: Correction,
  implausible?: PlausibleRange,
): string {
  // pH has no unit to print after the number.
  const u = unit.toLowerCase() === 'ph' ? '' : ` ${unit}`;
  const reading = value === null ? `${name} was not detected` : `${name} ${fmt(value)}${u}`;
  const band =
    range.low !== undefined && range.high !== undefined
      ? `${fmt(range.low)}–${fmt(range.high)}${u}`
      : range.high !== undefined
        ? `${fmt(range.high)}${u}`
        : undefined;
  const dose =
    correction.kind === 'DOSE'
      ? `: dose ${correction.dailyMl} ml a day for ${correction.days} day${correction.days === 1 ? '' : 's'}.`
      : correction.reason === 'VOLUME_UNCONFIRMED'
        ? ': set your tank volume so RaM can size a correction dose.'
        : '.';
  if (implausible && value !== null)
    return `${reading} looks implausible: a reef tank holds ${plausibleText(implausible)}. Check the value or the unit, and test again before acting on it.`;
  switch (status) {
    case 'NO_RANGE':
      return `${reading} has no target range, so RaM cannot judge it; set one on the targets page.`;
    case 'CRITICAL':
      if (range.source !== 'HAZARD_FALLBACK' && band && range.low !== undefined)
        return `${reading} is beyond the safe limit for a reef tank (target ${band}): act on it today.`;
      return `${reading} is above the safe limit${band ? ` of ${band}` : ''}: find the source and do a water change.`;
    case 'HIGH':
      return `${reading} is above ${band ?? 'its range'}; stop or reduce dosing it.`;
    case 'LOW':
      return `${reading} is below ${band ?? 'its range'}${dose}`;
    case 'MISSING':
      return `${name} is missing from this report.`;
    default: {
      const limitOnly = range.low === undefined && range.high !== undefined;
      if (value === null) return band ? `${reading}${limitOnly ? ` (limit ${band})` : `; the range is ${band}`}.` : `${reading}.`;
      return band ? `${reading} is ${limitOnly ? `under the limit of ${band}` : `within ${band}`}.` : `${reading}.`;
    }
  }
}
