import { normaliseUnit } from './unit-conversion';

/** An element as a keeper enters it: its own unit and the others a kit or meter may show. */
export interface EnteredElement {
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  readonly alternateUnits?: readonly string[];
}

export type ConvertToUnit = (value: number, from: string, to: string, element?: string) => number;

export type ElementUnitReading = { readonly value: number } | { readonly problem: string };

/**
 * A reading entered in one of the units the element accepts, expressed in the element's own unit
 * (the one its range and history use): 2.86 meq/l → 8.0 dKH, 1.0264 SG → 35 ppt, 78.8 °F → 26 °C.
 * An unknown unit, or a result that is not a finite number, is a problem naming the accepted units.
 *
 * @example toElementUnit(78.8, '°F', { name: 'Temperature', canonical: 'Temperature', unit: '°C', alternateUnits: ['°F'] }, convert) // { value: 26 }
 */
export function toElementUnit(
  value: number,
  entered: string | undefined,
  element: EnteredElement,
  convert: ConvertToUnit,
): ElementUnitReading {
  const accepted = [element.unit, ...(element.alternateUnits ?? [])];
  if (entered === undefined || normaliseUnit(entered) === normaliseUnit(element.unit)) return { value };
  if (!accepted.some((u) => normaliseUnit(u) === normaliseUnit(entered))) {
    return { problem: `unit "${entered}" is not one ${element.name} can be entered in: use ${accepted.join(', ')}` };
  }
  const converted = convert(value, entered, element.unit, element.canonical);
  if (!Number.isFinite(converted)) return { problem: `${value} ${entered} cannot be expressed in ${element.unit}` };
  return { value: Number(converted.toPrecision(6)) };
}
