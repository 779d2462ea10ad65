/**
 * Entry templates: named sets of elements a keeper reuses so a manual test, a dose log or a program
 * starts filled in. Tests remember which elements; doses also a usual amount; programs a whole
 * schedule per element. Pure checks; the catalog to check against comes in as an argument.
 */

export const TEMPLATE_TYPES = ['TEST', 'DOSE', 'PROGRAM'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export const MAX_TEMPLATE_ELEMENTS = 40;
/** Per tank and type: enough for every routine, few enough to pick from. */
export const MAX_TEMPLATES_PER_TYPE = 50;

export interface TemplateElement {
  readonly elementId: string;
  readonly amount?: number;
  readonly unit?: string;
  /** Sunday = 0 (programs only). */
  readonly weekdays?: readonly number[];
}

export interface TemplateInput {
  readonly type: TemplateType;
  readonly name: string;
  readonly elements: readonly TemplateElement[];
}

/**
 * Why a template cannot be saved (empty when it can). `known` holds the element ids of the catalog
 * the type draws from: the tank's test elements for TEST, its dose catalog for DOSE and PROGRAM.
 *
 * @example templateProblems({ type: 'PROGRAM', name: 'Trace', elements: [{ elementId: 'iodine' }] }, new Set(['iodine']))
 * // ['elements[0]: a program template needs amount, unit and weekdays']
 */
export function templateProblems(input: TemplateInput, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!input.name.trim()) problems.push('name must not be blank');
  if (input.elements.length === 0) problems.push('elements must hold at least one element');
  if (input.elements.length > MAX_TEMPLATE_ELEMENTS) problems.push(`elements can hold at most ${MAX_TEMPLATE_ELEMENTS} elements`);
  const seen = new Set<string>();
  input.elements.forEach((e, i) => {
    const at = `elements[${i}]`;
    if (seen.has(e.elementId)) problems.push(`${at}: ${e.elementId} appears more than once`);
    seen.add(e.elementId);
    if (!known.has(e.elementId))
      problems.push(`${at}: ${e.elementId} is not in this tank's ${input.type === 'TEST' ? 'test elements' : 'dose catalog'}`);
    if (e.amount !== undefined && !(Number.isFinite(e.amount) && e.amount >= 0)) problems.push(`${at}: amount must be zero or more`);
    if (input.type === 'TEST' && (e.amount !== undefined || e.weekdays !== undefined))
      problems.push(`${at}: a test template names elements only`);
    if (input.type === 'DOSE' && e.weekdays !== undefined) problems.push(`${at}: a dose template has no weekdays`);
    if (input.type === 'PROGRAM') {
      if (e.amount === undefined || !e.unit || !e.weekdays) problems.push(`${at}: a program template needs amount, unit and weekdays`);
      else if (e.weekdays.length === 0 || !e.weekdays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6))
        problems.push(`${at}: weekdays must name days from 0 (Sunday) to 6 (Saturday)`);
    }
  });
  return problems;
}
