import { HttpContext, HttpContextToken, HttpErrorResponse } from '@angular/common/http';

/** A failed API call as the keeper sees it: what went wrong and the reference to quote to support. */
export interface ApiProblem {
  readonly message: string;
  readonly status: number;
  readonly referenceId?: string;
  readonly code?: string;
}

/** Statuses the caller shows in its own way (inline, as an empty state), so the banner stays quiet. */
export const HANDLED_STATUSES = new HttpContextToken<readonly number[]>(() => []);

/** @example http.post(url, body, { context: handledStatuses(404) }) */
export function handledStatuses(...statuses: number[]): HttpContext {
  return new HttpContext().set(HANDLED_STATUSES, statuses);
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Could not reach RaM. Check your connection and try again.',
  403: 'You do not have access to that.',
  404: 'That could not be found.',
  429: 'Too many requests just now. Wait a moment and try again.',
};

/** Reads `{ message, referenceId?, code? }` from an error body, with a plain fallback when it is missing. */
export function apiProblemFrom(error: HttpErrorResponse): ApiProblem {
  const body: unknown = error.error;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (field: string) =>
    typeof fields[field] === 'string' && fields[field] !== ''
      ? (fields[field] as string)
      : undefined;
  const message =
    text('message') ??
    FALLBACK_MESSAGES[error.status] ??
    `Something went wrong (HTTP ${error.status}). Try again in a moment.`;
  const referenceId = text('referenceId');
  const code = text('code');
  return {
    message,
    status: error.status,
    ...(referenceId ? { referenceId } : {}),
    ...(code ? { code } : {}),
  };
}
