import { TankInput } from '../../../shared/tanks/tank';
import { MAX_TANK_LITRES, litresOf } from '../../../shared/tanks/tank-options';

export type TankField =
  'name' | 'volume' | 'volumeUnit' | 'dosingMethod' | 'defaultLab' | 'timezone';
export type TankFieldErrors = Partial<Record<TankField, string>>;

/** The tank fields in the order the form shows them. */
export const TANK_FIELDS: readonly TankField[] = [
  'name',
  'volume',
  'volumeUnit',
  'dosingMethod',
  'defaultLab',
  'timezone',
];
export const TANK_NAME_MAX = 60;

/** What is wrong with a tank before it is sent; empty when nothing is. */
export function checkTankInput(
  input: Omit<TankInput, 'volume'> & { volume: number | null },
): TankFieldErrors {
  const errors: TankFieldErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'Give the tank a name.';
  else if (name.length > TANK_NAME_MAX)
    errors.name = `Keep the name to ${TANK_NAME_MAX} characters.`;
  if (input.volume === null || !Number.isFinite(input.volume) || input.volume <= 0) {
    errors.volume = 'Enter the water volume, more than zero.';
  } else if (litresOf(input.volume, input.volumeUnit) > MAX_TANK_LITRES) {
    errors.volume = `That is more than ${MAX_TANK_LITRES.toLocaleString('en')} litres; check the number and unit.`;
  }
  if (!input.timezone) errors.timezone = 'Choose the time zone the tank is in.';
  return errors;
}

/**
 * The field a `POST /user/save` refusal names, with its message for under that field; null when
 * the message names no tank field.
 *
 * @example tankFieldErrorFrom('tanks.0.volume must be greater than zero');
 * // { field: 'volume', message: 'Volume must be greater than zero.' }
 */
export function tankFieldErrorFrom(message: string): { field: TankField; message: string } | null {
  const match = /^(?:tanks\.\d+\.)?(\w+)\s+(.*)$/.exec(message.trim());
  const field = TANK_FIELDS.find((candidate) => candidate === match?.[1]);
  if (!match || !field) return null;
  const words = {
    volumeUnit: 'Unit',
    dosingMethod: 'Dosing method',
    defaultLab: 'Lab',
    timezone: 'Time zone',
  } as Record<string, string>;
  const subject = words[field] ?? field[0].toUpperCase() + field.slice(1);
  const rest = match[2].replace(/\.$/, '');
  return { field, message: `${subject} ${rest}.` };
}
