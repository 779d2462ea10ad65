import type { Theme } from './theme.service';

/** The ECharts theme name the trend charts register for the dark theme. */
export const DARK_CHART_THEME = 'ram-dark';

// Colours of the dark palette (styles/palette.css) as the chart's canvas needs them: reef-800 text,
// reef-600 axis lines, reef-200 split lines, the card surface under the tooltip.
const TEXT = '#c9d6e6';
const AXIS = '#8ba0bb';
const SPLIT = '#2b3b52';
const SURFACE = '#14202f';

/**
 * Axis, legend and tooltip colours for charts drawn on the dark theme's cards (the series keep
 * their own colours). Registered with `registerTheme(DARK_CHART_THEME, darkChartTheme)`.
 */
export const darkChartTheme = {
  backgroundColor: 'transparent',
  textStyle: { color: TEXT },
  legend: { textStyle: { color: TEXT } },
  tooltip: {
    backgroundColor: SURFACE,
    borderColor: AXIS,
    textStyle: { color: TEXT },
  },
  timeAxis: {
    axisLine: { lineStyle: { color: AXIS } },
    axisLabel: { color: TEXT },
    splitLine: { lineStyle: { color: SPLIT } },
  },
  valueAxis: {
    axisLine: { lineStyle: { color: AXIS } },
    axisLabel: { color: TEXT },
    nameTextStyle: { color: TEXT },
    splitLine: { lineStyle: { color: SPLIT } },
  },
  categoryAxis: {
    axisLine: { lineStyle: { color: AXIS } },
    axisLabel: { color: TEXT },
    splitLine: { lineStyle: { color: SPLIT } },
  },
};

/** The chart theme for the page's theme, read from `<html data-theme>` as ThemeService sets it. */
export function chartThemeFor(root: HTMLElement): string | undefined {
  const theme = root.getAttribute('data-theme') as Theme | null;
  return theme === 'dark' ? DARK_CHART_THEME : undefined;
}
