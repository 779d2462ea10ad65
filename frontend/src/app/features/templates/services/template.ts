import { Weekday, weekdaysText } from '../../../shared/tank-calendar';
import { Checked } from '../../../shared/forms/form-check';
import { parseNumber } from '../../../shared/format';
import { amountProblem, amountText } from '../../doses/services/dose-amount';
import { ElementKind } from '../../elements/services/element-catalogue';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';

/** What a template fills: a manual test, a dose log or a program. */
export type TemplateType = 'TEST' | 'DOSE' | 'PROGRAM';

export const TEMPLATE_TYPES: readonly TemplateType[] = ['TEST', 'DOSE', 'PROGRAM'];

/** One element of a template: TEST carries only the id, DOSE may carry a usual amount, PROGRAM carries amount, unit and days. */
export interface TemplateElement {
  readonly elementId: string;
  readonly amount?: number;
  readonly unit?: string;
  readonly weekdays?: readonly Weekday[];
}

/** A named element set of one tank, as `/user/template*` answer it. */
export interface EntryTemplate {
  readonly templateId: string;
  readonly tankId: string;
  readonly type: TemplateType;
  readonly name: string;
  readonly elements: readonly TemplateElement[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What `/user/template/save` takes: a new template (no `templateId`) or a change to one. */
export interface TemplateSave {
  readonly tankId: string;
  readonly templateId?: string;
  readonly type: TemplateType;
  readonly name: string;
  readonly elements: readonly TemplateElement[];
}

export const MAX_TEMPLATE_NAME = 80;
export const MAX_TEMPLATE_ELEMENTS = 40;

export const TEMPLATE_LABELS: Readonly<Record<TemplateType, { tab: string; noun: string }>> = {
  TEST: { tab: 'Tests', noun: 'manual test' },
  DOSE: { tab: 'Doses', noun: 'dose log' },
  PROGRAM: { tab: 'Programs', noun: 'program' },
};

/** The catalogue a template type's elements come from. */
export const kindOf = (type: TemplateType): ElementKind => (type === 'TEST' ? 'test' : 'dose');

/** A template row as typed: the amount as text; TEST rows leave amount, unit and days out. */
export interface TemplateRowInput {
  readonly key: string;
  readonly elementId: string;
  readonly name: string;
  readonly amount?: string;
  readonly unit?: string;
  readonly weekdays?: readonly Weekday[];
}

export interface TemplateIds {
  readonly name: string;
  readonly add: string;
  row(key: string, field: 'amount' | 'days'): string;
}

/**
 * Checks a template before it is sent: a name, 1 to 40 elements; a DOSE amount is optional but must
 * read as an amount when given; PROGRAM elements need an amount and at least one day.
 */
export function checkTemplate(
  type: TemplateType,
  form: { readonly name: string; readonly rows: readonly TemplateRowInput[] },
  ids: TemplateIds,
): Checked<{ name: string; elements: TemplateElement[] }> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) errors[ids.name] = 'Give the template a name.';
  else if (name.length > MAX_TEMPLATE_NAME)
    errors[ids.name] = `Keep the name to ${MAX_TEMPLATE_NAME} characters.`;
  if (form.rows.length === 0) errors[ids.add] = 'Add at least one element.';
  else if (form.rows.length > MAX_TEMPLATE_ELEMENTS)
    errors[ids.add] = `A template holds at most ${MAX_TEMPLATE_ELEMENTS} elements.`;
  for (const row of form.rows) {
    if (type === 'TEST') continue;
    const text = (row.amount ?? '').trim();
    if (type === 'PROGRAM' || text) {
      const problem = amountProblem(text);
      if (problem) errors[ids.row(row.key, 'amount')] = problem;
    }
    if (type === 'PROGRAM' && (row.weekdays ?? []).length === 0)
      errors[ids.row(row.key, 'days')] = 'Pick at least one day.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, elements: form.rows.map((row) => elementOfRow(type, row)) } };
}

function elementOfRow(type: TemplateType, row: TemplateRowInput): TemplateElement {
  if (type === 'TEST') return { elementId: row.elementId };
  const amount = parseNumber((row.amount ?? '').trim());
  const dose = amount === null ? {} : { amount, unit: row.unit ?? 'ml' };
  if (type === 'DOSE') return { elementId: row.elementId, ...dose };
  return {
    elementId: row.elementId,
    ...dose,
    weekdays: [...(row.weekdays ?? [])].sort((a, b) => a - b),
  };
}

/** The template's elements not in the form yet, and how many were. */
export function elementsToAdd(
  template: Pick<EntryTemplate, 'elements'>,
  presentIds: readonly string[],
): { readonly elements: TemplateElement[]; readonly skipped: number } {
  const elements = template.elements.filter((element) => !presentIds.includes(element.elementId));
  return { elements, skipped: template.elements.length - elements.length };
}

/** One template element in words, e.g. `Iodine: 2 ml on Mon, Thu`. */
export function templateElementText(element: TemplateElement, lookup: ElementLookup): string {
  const name = elementName(lookup, element.elementId);
  if (element.amount === undefined || !element.unit) return name;
  const amount = amountText(element.amount, element.unit);
  return element.weekdays
    ? `${name}: ${amount} on ${weekdaysText(element.weekdays)}`
    : `${name}: ${amount}`;
}

/** @example countText(1); // '1 element' */
export const countText = (count: number): string =>
  `${count} ${count === 1 ? 'element' : 'elements'}`;
