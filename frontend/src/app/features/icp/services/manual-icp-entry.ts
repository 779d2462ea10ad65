/** One row of a lab's panel, as the manual entry form lists it. */
export interface ManualIcpPanelRow {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly category: string;
  readonly source: 'tank' | 'rodi';
  readonly required: boolean;
}

/** A typed row as the API takes it. */
export type ManualIcpRow =
  | { readonly elementId: string; readonly value: number }
  | { readonly elementId: string; readonly notDetected: true; readonly detectionLimit?: number };

const NOT_DETECTED = /^(n\.?\s?[nbgd]\.?|nd|[-–—]{1,3})$/i;

function numberIn(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  // "10.780" and "10,780" group thousands; "1,23" and "1.23" are decimals.
  const grouped = /^[1-9]\d{0,2}([.,])\d{3}$/.exec(t);
  const normalised = grouped ? t.replace(grouped[1], '') : t.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

/**
 * Reads what the keeper typed for one row, the way the lab printed it: a number (decimal comma or
 * point), "n.n."/"n.d."/"---" for not detected, or "< 0,5" for below a limit. Empty means the row is
 * left out; anything else is an error to show beside the field.
 *
 * @example readTypedValue('sodium', '10.780') // { row: { elementId: 'sodium', value: 10780 } }
 * @example readTypedValue('lead', '< 0,5') // { row: { elementId: 'lead', notDetected: true, detectionLimit: 0.5 } }
 */
export function readTypedValue(
  elementId: string,
  typed: string,
): { row?: ManualIcpRow; error?: string } {
  const text = typed.trim();
  if (text === '') return {};
  if (NOT_DETECTED.test(text)) return { row: { elementId, notDetected: true } };
  const below = /^<\s*(.+)$/.exec(text);
  if (below) {
    const limit = numberIn(below[1]);
    return limit === undefined
      ? { error: 'Write the limit as a number, e.g. < 0,5' }
      : { row: { elementId, notDetected: true, detectionLimit: limit } };
  }
  const value = numberIn(text);
  return value === undefined
    ? { error: 'Type a number, n.n. or < limit' }
    : { row: { elementId, value } };
}
