import type { ReviewContent } from './review-types';

/**
 * Optional rewording of a review's texts by a language model. The rules write every text from
 * facts; a model may only make them read better. A rewrite is kept only when it is a plain
 * sentence of sensible length that states exactly the same numbers as the rule's text, so a
 * model can never change a value, a dose or a day count. Anything else keeps the rule's words.
 */

/** What the model is shown: every text with its id, and the facts behind the findings. */
export interface WordingRequest {
  readonly title: string;
  readonly summary: string;
  readonly findings: readonly { readonly id: string; readonly text: string; readonly facts: Record<string, unknown> }[];
  readonly actions: readonly { readonly id: string; readonly text: string }[];
}

/** What the model may answer: new texts by id; anything missing keeps its original. */
export interface WordingReply {
  readonly title?: string;
  readonly summary?: string;
  readonly findings?: Readonly<Record<string, string>>;
  readonly actions?: Readonly<Record<string, string>>;
}

const MAX_LENGTH = 600;

export function wordingRequest(content: ReviewContent): WordingRequest {
  return {
    title: content.title,
    summary: content.summary,
    findings: content.findings.map((f) => ({
      id: f.findingId,
      text: f.text,
      facts: {
        element: f.name,
        value: f.value,
        unit: f.unit,
        status: f.status,
        severity: f.severity,
        range: f.targetRange,
        trend: f.trend?.signal,
      },
    })),
    actions: content.actions.map((a) => ({ id: a.actionId, text: a.text })),
  };
}

/** The numbers a text states, as written ("254.7", "3", "2026-11-20" → 2026, 11, 20). */
const numbersOf = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();

/** A rewrite is acceptable when it is a short non-empty text with the same numbers as the original. */
export function acceptableRewrite(original: string, rewrite: unknown): rewrite is string {
  if (typeof rewrite !== 'string') return false;
  const text = rewrite.trim();
  if (text.length === 0 || text.length > MAX_LENGTH || /[<>{}]/.test(text)) return false;
  return numbersOf(text).join('|') === numbersOf(original).join('|');
}

/** The content with every acceptable rewrite applied; ids the content does not have are ignored. */
export function applyWording(content: ReviewContent, reply: WordingReply): ReviewContent {
  const pick = (original: string, rewrite: unknown) => (acceptableRewrite(original, rewrite) ? rewrite.trim() : original);
  return {
    ...content,
    title: pick(content.title, reply.title),
    summary: pick(content.summary, reply.summary),
    findings: content.findings.map((f) => ({ ...f, text: pick(f.text, reply.findings?.[f.findingId]) })),
    actions: content.actions.map((a) => ({ ...a, text: pick(a.text, reply.actions?.[a.actionId]) })),
  };
}

/** Reads a model's answer: the first JSON object in it, or an error. */
export function parseWordingReply(text: string): WordingReply {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('the answer holds no JSON object');
  const value = JSON.parse(text.slice(start, end + 1)) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the answer is not a JSON object');
  return value as WordingReply;
}
