import type { AiDraftSuggestion } from './draft-types';

/** The model's answer holds no usable suggestion list. */
export class AiDraftReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AiDraftReplyError';
  }
}

/** The JSON value in a reply: inside a ```json fence when there is one, else from the first { or [ to its last partner. */
function jsonValue(reply: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(reply)?.[1];
  const body = fenced ?? reply;
  const starts = [body.indexOf('{'), body.indexOf('[')].filter((i) => i >= 0);
  if (starts.length === 0) throw new AiDraftReplyError('no JSON in the reply');
  const start = Math.min(...starts);
  const end = body.lastIndexOf(body[start] === '{' ? '}' : ']');
  try {
    return JSON.parse(body.slice(start, end + 1));
  } catch (error) {
    throw new AiDraftReplyError(`the reply's JSON does not parse: ${(error as Error).message}`);
  }
}

function suggestionOf(item: unknown): AiDraftSuggestion | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const i = item as Record<string, unknown>;
  if (typeof i.elementId !== 'string' || !i.elementId.trim()) return undefined;
  if (typeof i.amount !== 'number' || !Number.isFinite(i.amount) || i.amount < 0) return undefined;
  const weekdays = Array.isArray(i.weekdays) && i.weekdays.every((d) => typeof d === 'number') ? (i.weekdays as number[]) : undefined;
  return {
    elementId: i.elementId.trim(),
    amount: i.amount,
    ...(typeof i.unit === 'string' ? { unit: i.unit } : {}),
    ...(weekdays ? { weekdays } : {}),
    ...(typeof i.reason === 'string' && i.reason.trim() ? { reason: i.reason.trim() } : {}),
  };
}

/**
 * Reads the daily-dose suggestions from a model's reply: `{"suggestions": [...]}` or a bare list,
 * chatter and code fences around it ignored. Entries without an element id or a non-negative
 * amount are dropped one by one; a reply with no list at all throws {@link AiDraftReplyError}.
 *
 * @example parseAiDraftReply('{"suggestions":[{"elementId":"iodine","amount":1.2,"reason":"low"}]}')
 * // [{ elementId: 'iodine', amount: 1.2, reason: 'low' }]
 */
export function parseAiDraftReply(reply: string): AiDraftSuggestion[] {
  const value = jsonValue(reply);
  const list = Array.isArray(value) ? value : (value as { suggestions?: unknown } | null)?.suggestions;
  if (!Array.isArray(list)) throw new AiDraftReplyError('the reply has no suggestions list');
  return list.flatMap((item) => suggestionOf(item) ?? []);
}
