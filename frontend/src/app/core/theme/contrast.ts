/** An sRGB colour with channels from 0 to 1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * A CSS `oklch()` colour as linear-light sRGB, clamped into the sRGB gamut (the way a browser
 * shows an out-of-gamut token, near enough for contrast). Lightness may be a number or a percentage.
 *
 * @example oklchToLinearRgb('oklch(1 0 0)'); // { r: 1, g: 1, b: 1 }
 */
export function oklchToLinearRgb(css: string): Rgb {
  const match = /^oklch\(\s*([\d.]+)(%?)\s+([\d.]+)\s+([\d.]+)\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`Not an oklch() colour: ${css}`);
  const lightness = Number(match[1]) / (match[2] ? 100 : 1);
  const chroma = Number(match[3]);
  const hue = (Number(match[4]) * Math.PI) / 180;
  const a = chroma * Math.cos(hue);
  const b = chroma * Math.sin(hue);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: clamp(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: clamp(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: clamp(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  };
}

/** A `#rrggbb` colour as linear-light sRGB. */
export function hexToLinearRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const channel = (part: string) => {
    const value = parseInt(part, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return { r: channel(match[1]), g: channel(match[2]), b: channel(match[3]) };
}

const luminance = ({ r, g, b }: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/**
 * WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white); AA asks 4.5 for
 * text and 3 for large text and graphics.
 *
 * @example contrastRatio(hexToLinearRgb('#000000'), hexToLinearRgb('#ffffff')); // 21
 */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
