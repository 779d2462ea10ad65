import { readFileSync } from 'node:fs';
import { contrastRatio, hexToLinearRgb, oklchToLinearRgb } from './contrast';
import { darkChartTheme } from './chart-theme';

// The palette as the browser gets it: the light block first, then the dark one.
const palette = readFileSync('src/styles/palette.css', 'utf8');

function tokensOf(block: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/--(?:color-)?([a-z]+(?:-\d+)?):\s*([^;]+);/g))
    tokens.set(name, value.trim());
  return tokens;
}

const blocks = [...palette.matchAll(/\{([^}]*)\}/g)].map(([, body]) => body);
const THEMES = { light: tokensOf(blocks[0]), dark: tokensOf(blocks[1]) };

function ratio(theme: keyof typeof THEMES, foreground: string, background: string): number {
  const colour = (token: string) => {
    const value = THEMES[theme].get(token);
    if (!value) throw new Error(`${theme} theme has no ${token}`);
    return oklchToLinearRgb(value);
  };
  return contrastRatio(colour(foreground), colour(background));
}

// [text, background, what the keeper reads there]
const TEXT_PAIRS: readonly (readonly [string, string, string])[] = [
  ['white', 'coral-600', 'element Critical badge'],
  ['white', 'coral-700', 'review Critical badge and the danger button'],
  ['sky-950', 'sky-200', 'element Low badge'],
  ['amber-950', 'amber-200', 'element High badge'],
  ['amber-950', 'amber-100', 'review Watch badge'],
  ['emerald-900', 'emerald-100', 'element In range badge'],
  ['lagoon-900', 'lagoon-100', 'review OK badge'],
  ['reef-700', 'reef-100', 'Missing and Evaluating badges'],
  ['reef-800', 'reef-100', 'No target range badge'],
  ['sky-900', 'sky-100', 'RO water badge'],
  ['reef-950', 'amber-300', 'rail Reading badge'],
  ['coral-900', 'coral-200', 'rail Failed badge'],
  ['coral-800', 'coral-50', 'alerts and refusals'],
  ['coral-700', 'white', 'field errors'],
  ['amber-900', 'amber-100', 'offline banner and safety-limit badge'],
  ['white', 'lagoon-700', 'primary button'],
  ['reef-900', 'reef-50', 'page text'],
  ['reef-600', 'white', 'secondary text on cards'],
  ['lagoon-800', 'white', 'links on cards'],
];

// [graphic, background, what it marks]
const GRAPHIC_PAIRS: readonly (readonly [string, string, string])[] = [
  ['coral-500', 'white', 'the ring round a critical element'],
  ['lagoon-500', 'white', 'the focus ring on cards'],
  ['lagoon-500', 'reef-50', 'the focus ring on the page'],
  ['reef-400', 'white', 'form field borders'],
];

describe('status colour contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`in the ${theme} theme`, () => {
      for (const [text, background, what] of TEXT_PAIRS) {
        it(`reads ${text} on ${background} (${what}) at 4.5:1 or more`, () => {
          expect(ratio(theme, text, background)).toBeGreaterThanOrEqual(4.5);
        });
      }
      for (const [graphic, background, what] of GRAPHIC_PAIRS) {
        it(`shows ${graphic} on ${background} (${what}) at 3:1 or more`, () => {
          expect(ratio(theme, graphic, background)).toBeGreaterThanOrEqual(3);
        });
      }
    });
  }

  it('turns the card surface dark and the page text light in the dark theme', () => {
    const lightness = (theme: keyof typeof THEMES, token: string) =>
      Number(/oklch\(([\d.]+)/.exec(THEMES[theme].get(token) ?? '')?.[1]);
    expect(lightness('light', 'white')).toBe(1);
    expect(lightness('dark', 'white')).toBeLessThan(0.3);
    expect(lightness('dark', 'reef-900')).toBeGreaterThan(0.85);
  });

  it('draws chart labels on the dark card surface at 4.5:1 or more', () => {
    const surface = oklchToLinearRgb(THEMES.dark.get('white') ?? '');
    const label = hexToLinearRgb(darkChartTheme.textStyle.color);
    expect(contrastRatio(label, surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    const white = oklchToLinearRgb('oklch(1 0 0)');
    const black = hexToLinearRgb('#000000');
    expect(contrastRatio(black, white)).toBeCloseTo(21, 1);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it('agrees with the published ratio of a known pair', () => {
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    expect(contrastRatio(hexToLinearRgb('#767676'), hexToLinearRgb('#ffffff'))).toBeCloseTo(
      4.54,
      2,
    );
  });

  it('reads percentage lightness as Tailwind writes it', () => {
    expect(oklchToLinearRgb('oklch(100% 0 0)')).toEqual(oklchToLinearRgb('oklch(1 0 0)'));
  });
});
