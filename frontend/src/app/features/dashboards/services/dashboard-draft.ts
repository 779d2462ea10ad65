import {
  DashboardChart,
  MAX_DASHBOARD_CHARTS,
  MAX_DOSE_ELEMENTS_PER_CHART,
} from './dashboard.model';

/** A chart on the editor's canvas; `key` keeps a card's identity while charts move. */
export interface DraftChart extends DashboardChart {
  readonly key: number;
}

let nextKey = 1;
export const draftChart = (chart: DashboardChart): DraftChart => ({ ...chart, key: nextKey++ });

/**
 * The canvas with a chart of `testElementId` inserted at `at` (the end when missing), unless the
 * canvas is full.
 *
 * @example addChart([], 'calcium').map((c) => c.testElementId); // ['calcium']
 */
export function addChart(
  charts: readonly DraftChart[],
  testElementId: string,
  at = charts.length,
): DraftChart[] {
  if (charts.length >= MAX_DASHBOARD_CHARTS) return [...charts];
  const index = Math.max(0, Math.min(at, charts.length));
  return [
    ...charts.slice(0, index),
    draftChart({ testElementId, doseElementIds: [] }),
    ...charts.slice(index),
  ];
}

/** The canvas with the chart at `from` moved to `to` (clamped to the canvas). */
export function moveChart(charts: readonly DraftChart[], from: number, to: number): DraftChart[] {
  const list = [...charts];
  if (from < 0 || from >= list.length) return list;
  const [chart] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(to, list.length)), 0, chart);
  return list;
}

export function removeChart(charts: readonly DraftChart[], at: number): DraftChart[] {
  return charts.filter((_, i) => i !== at);
}

/**
 * The chart at `at` with dosing slot `slot` (0 or 1) set to `doseElementId`, or emptied with ''.
 * Slots stay packed (an emptied first slot takes the second's element) and never hold one element twice.
 */
export function setDose(
  charts: readonly DraftChart[],
  at: number,
  slot: number,
  doseElementId: string,
): DraftChart[] {
  return charts.map((chart, i) => {
    if (i !== at || slot < 0 || slot >= MAX_DOSE_ELEMENTS_PER_CHART) return chart;
    const slots = [chart.doseElementIds[0] ?? '', chart.doseElementIds[1] ?? ''];
    slots[slot] = doseElementId;
    const doseElementIds = [...new Set(slots.filter((id) => id !== ''))];
    return { ...chart, doseElementIds };
  });
}

/** What the API saves: the charts without their canvas keys. */
export const savedCharts = (charts: readonly DraftChart[]): DashboardChart[] =>
  charts.map(({ testElementId, doseElementIds }) => ({
    testElementId,
    doseElementIds: [...doseElementIds],
  }));
