import {
  DEFAULT_DASHBOARD_CHARTS,
  MAX_DASHBOARD_CHARTS,
  chartsFromLegacySelection,
  dashboardProblems,
  dashboardSlotIds,
  dashboardSlotOpen,
  defaultCharts,
} from './dashboard';

const catalogs = {
  testElementIds: new Set(['calcium', 'alkalinity', 'manganese', 'phosphorus']),
  doseElementIds: new Set(['calcium', 'alkalinity', 'manganese', 'phosphate']),
};
const chart = (testElementId: string, ...doseElementIds: string[]) => ({ testElementId, doseElementIds });

describe('dashboardProblems', () => {
  it.each([
    ['a chart with its test and two doses', { name: 'Balling', charts: [chart('calcium', 'calcium', 'alkalinity')] }, []],
    ['a chart with no doses', { name: 'Nutrients', charts: [chart('phosphorus')] }, []],
    ['a blank name', { name: '  ', charts: [chart('calcium')] }, ['name must not be blank']],
    ['no charts', { name: 'Empty', charts: [] }, ['charts must hold at least one chart']],
    [
      'an unknown test element',
      { name: 'X', charts: [chart('unobtainium')] },
      ["charts[0]: unobtainium is not in this tank's test elements"],
    ],
    [
      'three dosing elements',
      { name: 'X', charts: [chart('calcium', 'calcium', 'alkalinity', 'manganese')] },
      ['charts[0]: a chart compares at most 2 dosing elements'],
    ],
    [
      'a dose element outside the catalog',
      { name: 'X', charts: [chart('calcium', 'core7-base-elements-2')] },
      ["charts[0]: core7-base-elements-2 is not in this tank's dose catalog"],
    ],
    [
      'the same dose twice',
      { name: 'X', charts: [chart('calcium', 'calcium', 'calcium')] },
      ['charts[0]: a dosing element appears more than once'],
    ],
    [
      'too many charts',
      { name: 'X', charts: Array.from({ length: MAX_DASHBOARD_CHARTS + 1 }, () => chart('calcium')) },
      [`charts can hold at most ${MAX_DASHBOARD_CHARTS} charts`],
    ],
  ])('%s', (_case, input, expected) => {
    expect(dashboardProblems(input, catalogs)).toEqual(expected);
  });

  it('keeps a legacy dose element the saved dashboard already had', () => {
    const input = { name: 'Old', charts: [chart('manganese', 'manganese-x')] };
    expect(dashboardProblems(input, catalogs)).toEqual(["charts[0]: manganese-x is not in this tank's dose catalog"]);
    expect(dashboardProblems(input, catalogs, new Set(['manganese-x']))).toEqual([]);
  });
});

describe('defaultCharts', () => {
  const tests = [
    { elementId: 'calcium', canonical: 'Calcium' },
    { elementId: 'alkalinity', canonical: 'Alkalinity' },
    { elementId: 'phosphate', canonical: 'Phosphorus' },
  ];

  it('gives one chart per measurable group of the dose catalog, in catalog order, with up to two of its products', () => {
    const doses = [
      { elementId: 'alk-a', canonical: 'Alkalinity' },
      { elementId: 'ca', canonical: 'Calcium' },
      { elementId: 'alk-b', canonical: 'Alkalinity' },
      { elementId: 'alk-c', canonical: 'Alkalinity' },
      { elementId: 'blend', canonical: 'Trace Element Blend' },
      { elementId: 'po4', canonical: 'Phosphorus' },
    ];
    expect(defaultCharts(tests, doses)).toEqual([chart('alkalinity', 'alk-a', 'alk-b'), chart('calcium', 'ca'), chart('phosphate', 'po4')]);
  });

  it(`stops at ${DEFAULT_DASHBOARD_CHARTS} charts`, () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ elementId: `e${i}`, canonical: `Element ${i}` }));
    expect(defaultCharts(many, many)).toHaveLength(DEFAULT_DASHBOARD_CHARTS);
  });

  it('has no chart when nothing dosed can be measured', () => {
    expect(defaultCharts(tests, [{ elementId: 'blend', canonical: 'Trace Element Blend' }])).toEqual([]);
  });
});

describe('chartsFromLegacySelection', () => {
  const tests = [
    { elementId: 'manganese', canonical: 'Manganese' },
    { elementId: 'iron', canonical: 'Iron' },
  ];
  const canonical: Record<string, string> = { 'manganese-x': 'Manganese', manganese: 'Manganese', 'iron-x': 'Iron', mn3: 'Manganese' };

  it.each([
    [
      'groups legacy dose ids under the test element of their group',
      ['manganese-x', 'iron-x'],
      [chart('manganese', 'manganese-x'), chart('iron', 'iron-x')],
    ],
    ['keeps at most two per chart', ['manganese-x', 'manganese', 'mn3'], [chart('manganese', 'manganese-x', 'manganese')]],
    ['leaves out ids it cannot place', ['lost-product', 'iron-x'], [chart('iron', 'iron-x')]],
    ['reads a repeated id once', ['iron-x', 'iron-x'], [chart('iron', 'iron-x')]],
  ])('%s', (_case, legacy, expected) => {
    expect(chartsFromLegacySelection(legacy, tests, (id) => canonical[id])).toEqual(expected);
  });
});

describe('dashboardSlotIds', () => {
  it('gives one id per place, the same on every call', () => {
    expect(dashboardSlotIds('k', 2)).toEqual(['k-slot-0', 'k-slot-1']);
    expect(dashboardSlotIds('k', 1)).toEqual(dashboardSlotIds('k', 1));
    expect(dashboardSlotIds('k', 0)).toEqual([]);
  });
});

describe('dashboardSlotOpen', () => {
  it.each([
    [null, 40, true],
    [1, 0, true],
    [1, 1, false],
    [0, 0, false],
  ])('limit %s with %s saved → %s', (limit, saved, open) => {
    expect(dashboardSlotOpen(limit, saved)).toBe(open);
  });
});
