/** Problems keyed by the id of the field they belong under, in the order the form shows them. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The outcome of checking a form: what to send, or the problems to show. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/** The id of the field to fix first, or null when there is nothing to fix. */
export function firstProblemId(errors: FieldErrors): string | null {
  return Object.keys(errors)[0] ?? null;
}
