import { numberText, parseNumber } from '../../../shared/format';

/** Units the API takes a dose or program amount in. */
export const DOSE_UNITS = ['ml', 'l', 'µl', 'g', 'mg', 'drops'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export const MAX_DOSE_AMOUNT = 100_000;

/** @example amountText(2.5, 'ml'); // '2.5 ml' */
export function amountText(amount: number, unit: string): string {
  return `${numberText(amount)} ${unit}`;
}

/** Why a typed dose amount cannot be sent, or null when it can. */
export function amountProblem(text: string): string | null {
  const value = parseNumber(text);
  if (value === null) return 'Enter an amount.';
  if (value < 0) return 'The amount cannot be negative.';
  if (value > MAX_DOSE_AMOUNT) return `Keep the amount to ${numberText(MAX_DOSE_AMOUNT)} or less.`;
  return null;
}

/** The unit a new row starts in: the product's own when the API takes it, else millilitres. */
export function startingUnit(unit: string | undefined): DoseUnit {
  return (DOSE_UNITS as readonly string[]).includes(unit ?? '') ? (unit as DoseUnit) : 'ml';
}
