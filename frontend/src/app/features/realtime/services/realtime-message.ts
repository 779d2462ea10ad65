import { HistoryChange, HistoryKind, testFacts } from '../../history/services/history-item';

const KINDS: Record<string, HistoryKind> = { TEST: 'test', DOSE: 'dose', PROGRAM: 'program' };

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Reads one WebSocket frame (docs/realtime.md) as a change to a history list; anything that is not a well-formed history message gives null, so a
 * stray frame (a gateway error, a future message type) is ignored rather than breaking the rail.
 *
 * @example
 * parseRealtimeMessage('{"type":"TEST","op":"upsert","tankId":"t1","item":{"id":"x","label":"ICP ATI"}}');
 * // { kind: 'test', op: 'upsert', tankId: 't1', item: { id: 'x', label: 'ICP ATI' } }
 */
export function parseRealtimeMessage(frame: unknown): HistoryChange | null {
  if (typeof frame !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(frame);
  } catch {
    return null;
  }
  if (!isFields(raw) || !isFields(raw['item'])) return null;
  const kind = KINDS[String(raw['type'])];
  const op = raw['op'];
  const item = raw['item'];
  const { id, label, date, status, givenEarly } = item;
  if (!kind || (op !== 'upsert' && op !== 'remove')) return null;
  if (!isText(raw['tankId']) || !isText(id)) return null;
  return {
    kind,
    op,
    tankId: raw['tankId'],
    item: {
      id,
      label: isText(label) ? label : id,
      ...(isText(date) ? { date } : {}),
      ...(isText(status) ? { status } : {}),
      ...(kind === 'test' ? testFacts(item) : {}),
      ...(givenEarly === true ? { givenEarly } : {}),
    },
  };
}
