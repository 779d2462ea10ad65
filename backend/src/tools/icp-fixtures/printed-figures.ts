import type { LabStyle } from './lab-styles';

// How many decimals a lab prints for a figure of this size.
function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1) return 2;
  return 3;
}

/** A figure as the lab prints it, and the number that printed text stands for. */
export interface Figure {
  readonly text: string;
  readonly value: number;
}

/**
 * Prints a number the way the lab does: its decimal mark, thousands grouped where it groups them.
 *
 * @example printFigure(10780.4, LAB_STYLES.OCEAMO) // { text: '10.780', value: 10780 }
 */
export function printFigure(value: number, style: LabStyle, decimals = decimalsFor(value)): Figure {
  const fixed = value.toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const group = style.decimal === 'comma' ? '.' : ',';
  const grouped = style.groupThousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  const mark = style.decimal === 'comma' ? ',' : '.';
  return { text: fraction === undefined ? grouped : `${grouped}${mark}${fraction}`, value: Number(fixed) };
}

/**
 * Prints a limit or band edge as labs do, without trailing zeros (up to three decimals).
 *
 * @example compactFigure(0.5, LAB_STYLES.OCEAMO).text // '0,5'
 */
export function compactFigure(value: number, style: LabStyle): Figure {
  const decimals =
    value
      .toFixed(3)
      .replace(/\.?0+$/, '')
      .split('.')[1]?.length ?? 0;
  return printFigure(value, style, decimals);
}
