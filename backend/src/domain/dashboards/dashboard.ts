import { normaliseElementName } from '../canon/normalise-element-name';

/**
 * Custom dashboards: a named, ordered set of charts per tank. Each chart follows one test element and
 * compares it with at most two dosing elements of the tank's method. Pure rules: the catalogs to check
 * against and the way to name a dose product's element come in as arguments.
 */

export const MAX_DASHBOARD_CHARTS = 12;
export const MAX_DOSE_ELEMENTS_PER_CHART = 2;
export const MAX_DASHBOARD_NAME = 60;
/** The default dashboard follows the method's first groups only, so home stays quick to draw. */
export const DEFAULT_DASHBOARD_CHARTS = 8;
export const DEFAULT_DASHBOARD_ID = 'default';

export interface DashboardChart {
  readonly testElementId: string;
  readonly doseElementIds: readonly string[];
}

export interface DashboardInput {
  readonly name: string;
  readonly charts: readonly DashboardChart[];
}

/** What a chart may draw from: the tank's test elements and its method's dose catalog. */
export interface DashboardCatalogs {
  readonly testElementIds: ReadonlySet<string>;
  readonly doseElementIds: ReadonlySet<string>;
}

/** The parts of the catalogs the default dashboard and legacy selections are built from. */
export interface CatalogElement {
  readonly elementId: string;
  readonly canonical: string;
}

/**
 * Why a dashboard cannot be saved (empty when it can). Dose ids in `kept` are accepted even when the
 * method's catalog no longer has them: a dashboard saved with them keeps them when it is edited.
 *
 * @example dashboardProblems({ name: 'Balling', charts: [{ testElementId: 'calcium', doseElementIds: ['calcium', 'x', 'y'] }] }, catalogs)
 * // ['charts[0]: a chart compares at most 2 dosing elements', 'charts[0]: x is not in this tank's dose catalog', …]
 */
export function dashboardProblems(input: DashboardInput, catalogs: DashboardCatalogs, kept: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  if (!input.name.trim()) problems.push('name must not be blank');
  if (input.name.trim().length > MAX_DASHBOARD_NAME) problems.push(`name must be at most ${MAX_DASHBOARD_NAME} characters`);
  if (input.charts.length === 0) problems.push('charts must hold at least one chart');
  if (input.charts.length > MAX_DASHBOARD_CHARTS) problems.push(`charts can hold at most ${MAX_DASHBOARD_CHARTS} charts`);
  input.charts.forEach((chart, i) => {
    const at = `charts[${i}]`;
    if (!catalogs.testElementIds.has(chart.testElementId))
      problems.push(`${at}: ${chart.testElementId} is not in this tank's test elements`);
    if (chart.doseElementIds.length > MAX_DOSE_ELEMENTS_PER_CHART)
      problems.push(`${at}: a chart compares at most ${MAX_DOSE_ELEMENTS_PER_CHART} dosing elements`);
    if (new Set(chart.doseElementIds).size !== chart.doseElementIds.length) problems.push(`${at}: a dosing element appears more than once`);
    for (const doseId of chart.doseElementIds) {
      if (!catalogs.doseElementIds.has(doseId) && !kept.has(doseId)) problems.push(`${at}: ${doseId} is not in this tank's dose catalog`);
    }
  });
  return problems;
}

const groupKey = normaliseElementName;

/**
 * The dashboard every tank has without saving one: per canonical group of the method's dose catalog
 * (in catalog order), the test element of that group with up to two of the group's products, for the
 * first {@link DEFAULT_DASHBOARD_CHARTS} groups that can be measured.
 *
 * @example defaultCharts([{ elementId: 'calcium', canonical: 'Calcium' }], [{ elementId: 'ca-part', canonical: 'Calcium' }])
 * // [{ testElementId: 'calcium', doseElementIds: ['ca-part'] }]
 */
export function defaultCharts(testElements: readonly CatalogElement[], doseCatalog: readonly CatalogElement[]): DashboardChart[] {
  const testOf = new Map<string, string>();
  for (const t of testElements) if (!testOf.has(groupKey(t.canonical))) testOf.set(groupKey(t.canonical), t.elementId);
  const byGroup = new Map<string, string[]>();
  for (const product of doseCatalog) {
    const key = groupKey(product.canonical);
    if (!testOf.has(key)) continue;
    const doses = byGroup.get(key) ?? [];
    if (doses.length < MAX_DOSE_ELEMENTS_PER_CHART) doses.push(product.elementId);
    byGroup.set(key, doses);
  }
  return [...byGroup.entries()]
    .slice(0, DEFAULT_DASHBOARD_CHARTS)
    .map(([key, doseElementIds]) => ({ testElementId: testOf.get(key)!, doseElementIds }));
}

/**
 * Charts for a dashboard saved before charts existed, when a keeper picked dose elements only: each
 * dose element joins the chart of the test element of its canonical group (at most two per chart);
 * a dose element whose group has no test element is left out.
 *
 * @example chartsFromLegacySelection(['manganese-x'], [{ elementId: 'manganese', canonical: 'Manganese' }], () => 'Manganese')
 * // [{ testElementId: 'manganese', doseElementIds: ['manganese-x'] }]
 */
export function chartsFromLegacySelection(
  doseElementIds: readonly string[],
  testElements: readonly CatalogElement[],
  canonicalOfDose: (doseElementId: string) => string | undefined,
): DashboardChart[] {
  const testOf = new Map<string, string>();
  for (const t of testElements) if (!testOf.has(groupKey(t.canonical))) testOf.set(groupKey(t.canonical), t.elementId);
  const charts = new Map<string, string[]>();
  for (const doseId of new Set(doseElementIds)) {
    const canonical = canonicalOfDose(doseId);
    const testElementId = canonical === undefined ? undefined : testOf.get(groupKey(canonical));
    if (testElementId === undefined) continue;
    const doses = charts.get(testElementId) ?? [];
    if (doses.length < MAX_DOSE_ELEMENTS_PER_CHART) doses.push(doseId);
    charts.set(testElementId, doses);
  }
  return [...charts.entries()].slice(0, MAX_DASHBOARD_CHARTS).map(([testElementId, doses]) => ({ testElementId, doseElementIds: doses }));
}

/**
 * The ids a tank's dashboards take under a plan with a per-tank limit: one per place the plan
 * allows, the same for every request. Two saves racing for the last place both write the same
 * id, and the store's "only if absent" condition lets exactly one of them in. A plan without a
 * limit uses random ids instead (nothing to race for).
 *
 * @example dashboardSlotIds('ab12', 2) // ['ab12-slot-0', 'ab12-slot-1']
 */
export function dashboardSlotIds(tankKey: string, perTankLimit: number): string[] {
  return Array.from({ length: perTankLimit }, (_, slot) => `${tankKey}-slot-${slot}`);
}

/**
 * Whether one more dashboard may be saved for a tank: `perTankLimit` null means no limit.
 *
 * @example dashboardSlotOpen(1, 1) // false
 */
export function dashboardSlotOpen(perTankLimit: number | null, saved: number): boolean {
  return perTankLimit === null || saved < perTankLimit;
}
