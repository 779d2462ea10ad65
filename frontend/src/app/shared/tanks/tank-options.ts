import { DosingMethod, IcpLab, Tank, VolumeUnit } from './tank';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export const DOSING_METHOD_CHOICES: readonly Choice<DosingMethod>[] = [
  {
    value: 'TRITON',
    label: 'Triton Method',
    hint: 'Core7 base elements and Triton trace elements',
  },
  {
    value: 'FAUNA_MARIN',
    label: 'Fauna Marin Balling Light',
    hint: 'Balling Light salts with the four trace blends',
  },
  {
    value: 'CUSTOM',
    label: 'Custom mix',
    hint: 'Your own Balling salts and single-element stocks',
  },
];

export const ICP_LAB_CHOICES: readonly Choice<IcpLab>[] = [
  { value: 'OCEAMO', label: 'Oceamo' },
  { value: 'TRITON', label: 'Triton Lab' },
  { value: 'ATI', label: 'ATI Lab' },
  { value: 'FAUNA_MARIN', label: 'Fauna Marin Lab' },
];

export const VOLUME_UNIT_CHOICES: readonly Choice<VolumeUnit>[] = [
  { value: 'L', label: 'litres' },
  { value: 'GAL', label: 'US gallons' },
];

export const LITRES_PER_US_GALLON = 3.785411784;
export const MAX_TANK_LITRES = 100_000;

const labelIn = <T extends string>(choices: readonly Choice<T>[], value: string): string =>
  choices.find((choice) => choice.value === value)?.label ?? value;

export const dosingMethodLabel = (method: string) => labelIn(DOSING_METHOD_CHOICES, method);
export const labLabel = (lab: string) => labelIn(ICP_LAB_CHOICES, lab);

/**
 * A volume in litres expressed in `unit`, to one decimal.
 *
 * @example volumeIn(378.5, 'GAL'); // 100
 */
export function volumeIn(litres: number, unit: VolumeUnit): number {
  const value = unit === 'GAL' ? litres / LITRES_PER_US_GALLON : litres;
  return Math.round(value * 10) / 10;
}

/** Litres for a volume in `unit`, to one decimal, as the API stores it. */
export function litresOf(volume: number, unit: VolumeUnit): number {
  return Math.round((unit === 'GAL' ? volume * LITRES_PER_US_GALLON : volume) * 10) / 10;
}

/**
 * The tank's volume as the keeper entered it, e.g. `300 L` or `80 US gal (302.8 L)`.
 */
export function volumeText(tank: Pick<Tank, 'volumeLitres' | 'volumeUnit'>): string {
  const litres = `${tank.volumeLitres.toLocaleString('en')} L`;
  if (tank.volumeUnit !== 'GAL') return litres;
  return `${volumeIn(tank.volumeLitres, 'GAL').toLocaleString('en')} US gal (${litres})`;
}
