import type { ProgramElement } from '../dosing';
import { draftProgram } from './draft-program';
import type { AiDraftSuggestion, DraftInput, PriorDraftOutcome } from './draft-types';
import { CUSTOM_CATALOG, TRITON_CATALOG, dose, draftInput, reading } from './drafts.factory';

const withProgram = (elements: ProgramElement[], overrides: Partial<DraftInput> = {}): DraftInput =>
  draftInput({ activeProgram: { elements }, ...overrides });

const only = (input: DraftInput) => {
  const plan = draftProgram(input);
  expect(plan.elements).toHaveLength(1);
  return { element: plan.elements[0], suggestion: plan.suggestions[0] };
};

describe('draftProgram: one element of the active program', () => {
  const failedIncrease: PriorDraftOutcome = { elementId: 'iodine', change: 'INCREASED', movedCloser: false };

  it.each<
    [
      string,
      ProgramElement,
      ReturnType<typeof reading>,
      PriorDraftOutcome[],
      { amount: number; weekdays: number[]; changed: boolean; reason: RegExp },
    ]
  >([
    [
      'LOW: one full step up',
      dose('iodine', 2),
      reading('iodine', 40),
      [],
      { amount: 2.5, weekdays: [1, 3, 5], changed: true, reason: /Iodine at 40 µg\/l \(range 50–80\) is low: raised by 25%\./ },
    ],
    [
      'LOW after an increase that did not help: half a step',
      dose('iodine', 2),
      reading('iodine', 40),
      [failedIncrease],
      { amount: 2.2, weekdays: [1, 3, 5], changed: true, reason: /raised by 10% \(a half step/ },
    ],
    [
      'LOW after an increase that helped: full step',
      dose('iodine', 2),
      reading('iodine', 40),
      [{ ...failedIncrease, movedCloser: true }],
      { amount: 2.5, weekdays: [1, 3, 5], changed: true, reason: /raised by 25%/ },
    ],
    [
      'LOW after a decrease that did not help: full step',
      dose('iodine', 2),
      reading('iodine', 40),
      [{ ...failedIncrease, change: 'DECREASED' }],
      { amount: 2.5, weekdays: [1, 3, 5], changed: true, reason: /raised by 25%/ },
    ],
    [
      'LOW, outcome unknown: full step',
      dose('iodine', 2),
      reading('iodine', 40),
      [{ ...failedIncrease, movedCloser: null }],
      { amount: 2.5, weekdays: [1, 3, 5], changed: true, reason: /raised by 25%/ },
    ],
    [
      'LOW, rounding never widens the step (3.3 × 1.25 = 4.125)',
      dose('iodine', 3.3),
      reading('iodine', 40),
      [],
      { amount: 4.1, weekdays: [1, 3, 5], changed: true, reason: /raised by 24\.2%/ },
    ],
    [
      'LOW but too small to move within the step',
      dose('iodine', 0.2),
      reading('iodine', 40),
      [],
      { amount: 0.2, weekdays: [1, 3, 5], changed: false, reason: /too small to raise/ },
    ],
    [
      'LOW and not detected at all',
      dose('iodine', 2),
      reading('iodine', null, { status: 'LOW' }),
      [],
      { amount: 2.5, weekdays: [1, 3, 5], changed: true, reason: /Iodine not detected .* is low/ },
    ],
    [
      'OK: kept',
      dose('iodine', 2),
      reading('iodine', 62),
      [],
      { amount: 2, weekdays: [1, 3, 5], changed: false, reason: /within range: kept as it is/ },
    ],
    [
      'MISSING: kept',
      dose('iodine', 2),
      reading('iodine', null, { status: 'MISSING' }),
      [],
      { amount: 2, weekdays: [1, 3, 5], changed: false, reason: /missing from this report/ },
    ],
    [
      'HIGH, dosed daily: same amount on one day fewer',
      dose('iodine', 1, [0, 1, 2, 3, 4, 5, 6]),
      reading('iodine', 95),
      [],
      { amount: 1, weekdays: [0, 1, 2, 3, 4, 5], changed: true, reason: /same amount on one day fewer \(Sun, Mon, Tue, Wed, Thu, Fri\)/ },
    ],
    [
      'HIGH, four days: one day fewer is exactly the step',
      dose('iodine', 1, [1, 2, 3, 5]),
      reading('iodine', 95),
      [],
      { amount: 1, weekdays: [1, 3, 5], changed: true, reason: /one day fewer/ },
    ],
    [
      'HIGH, three days: a smaller amount instead',
      dose('iodine', 2),
      reading('iodine', 95),
      [],
      { amount: 1.5, weekdays: [1, 3, 5], changed: true, reason: /is high: lowered by 25%/ },
    ],
    [
      'HIGH, rounding never widens the step (1.3 × 0.75 = 0.975)',
      dose('iodine', 1.3, [2]),
      reading('iodine', 95),
      [],
      { amount: 1, weekdays: [2], changed: true, reason: /lowered by 23\.1%/ },
    ],
    [
      'HIGH but too small to lower within the step',
      dose('iodine', 0.3),
      reading('iodine', 95),
      [],
      { amount: 0.3, weekdays: [1, 3, 5], changed: false, reason: /too small to lower/ },
    ],
    [
      'CRITICAL: paused at 0, row and days kept',
      dose('iodine', 2),
      reading('iodine', 400),
      [],
      { amount: 0, weekdays: [1, 3, 5], changed: true, reason: /above its hazard threshold: dosing paused at 0/ },
    ],
  ])('%s', (_, element, measured, priorOutcomes, expected) => {
    const sut = only(withProgram([element], { elements: [measured], priorOutcomes }));

    expect(sut.element).toEqual({ elementId: 'iodine', amount: expected.amount, unit: 'ml', weekdays: expected.weekdays });
    expect(sut.suggestion).toMatchObject({
      elementId: 'iodine',
      canonical: 'Iodine',
      current: { amount: element.amount, unit: 'ml', weekdays: element.weekdays },
      suggested: { amount: expected.amount, unit: 'ml', weekdays: expected.weekdays },
      changed: expected.changed,
      origin: 'RULES',
    });
    expect(sut.suggestion.reason).toMatch(expected.reason);
  });

  it.each<[string, ProgramElement, ReturnType<typeof reading>, number, RegExp]>([
    [
      'a nutrient the keeper doses is not raised when low',
      dose('nitrate', 3),
      reading('nitrate', 1),
      3,
      /Nitrogen is a nutrient, so RaM does not raise it/,
    ],
    ['a nutrient the keeper doses is lowered when high', dose('nitrate', 3), reading('nitrate', 14), 2.3, /is high: lowered/],
    [
      'a product no ICP reading steers is kept',
      dose('alkalinity', 12),
      reading('calcium', 380),
      12,
      /Alkalinity is not measured by this test/,
    ],
    [
      'a blend is kept whatever the readings',
      dose('trace-element-blend', 1),
      reading('iodine', 20),
      1,
      /Trace Element Blend is not measured/,
    ],
    ['a product gone from the catalog is kept', dose('old-product', 4), reading('iodine', 20), 4, /No longer in the dose catalog/],
  ])('%s', (_, element, measured, amount, reason) => {
    const plan = draftProgram(withProgram([element], { elements: [measured] }));

    expect(plan.elements.find((e) => e.elementId === element.elementId)?.amount).toBe(amount);
    expect(plan.suggestions.find((s) => s.elementId === element.elementId)?.reason).toMatch(reason);
  });

  it('keeps every element of the active program, in its order, before the ones it adds', () => {
    const program = [dose('potassium', 5), dose('alkalinity', 10, [0, 1, 2, 3, 4, 5, 6]), dose('iodine', 2), dose('old-product', 1)];

    const sut = draftProgram(
      withProgram(program, {
        elements: [
          reading('potassium', 420),
          reading('iodine', 95),
          reading('magnesium', 1200),
          reading('calcium', 380),
          reading('iron', 0.5),
        ],
      }),
    );

    // Iron would start below 0.1 ml in 300 l, so it is not added.
    expect(sut.elements.map((e) => e.elementId)).toEqual(['potassium', 'alkalinity', 'iodine', 'old-product', 'calcium', 'magnesium']);
    expect(sut.suggestions.map((s) => s.elementId)).toEqual(sut.elements.map((e) => e.elementId));
    expect(sut.suggestions.map((s) => s.changed)).toEqual([false, false, true, false, true, true]);
  });

  it('steers every product of a canonical the program doses (two calcium products both step up)', () => {
    const sut = draftProgram(
      withProgram([dose('core7-base-elements-2', 20), dose('calcium', 4)], {
        catalog: [...CUSTOM_CATALOG, ...TRITON_CATALOG.filter((p) => p.elementId === 'core7-base-elements-2')],
        elements: [reading('calcium', 380)],
      }),
    );

    expect(sut.elements.map((e) => [e.elementId, e.amount])).toEqual([
      ['core7-base-elements-2', 25],
      ['calcium', 5],
    ]);
  });

  it('keeps a paused (0 ml) element at 0 unless it is low and can be restarted', () => {
    const kept = draftProgram(withProgram([dose('iodine', 0)], { elements: [reading('iodine', 95)] }));
    const noBasis = draftProgram(withProgram([dose('iodine', 0)], { catalog: TRITON_CATALOG, elements: [reading('iodine', 40)] }));
    const restarted = draftProgram(withProgram([dose('iodine', 0)], { elements: [reading('iodine', 40)] }));

    expect(kept.elements).toEqual([dose('iodine', 0)]);
    expect(kept.suggestions[0].changed).toBe(false);
    expect(noBasis.elements).toEqual([dose('iodine', 0)]);
    expect(noBasis.suggestions[0].reason).toMatch(/no safe starting amount is known/);
    // 6 ml refill over 28 days, halved: 0.107 ml a day = 0.75 ml a week, on the row's 3 days.
    expect(restarted.elements).toEqual([dose('iodine', 0.2)]);
    expect(restarted.suggestions[0]).toMatchObject({ current: { amount: 0 }, changed: true });
  });
});

describe('draftProgram: elements the draft adds', () => {
  it('adds low, dosable elements on a first ICP, with no zero-dose placeholders', () => {
    const sut = draftProgram(
      draftInput({
        elements: [
          reading('calcium', 380),
          reading('iodine', 40),
          reading('magnesium', 1350),
          reading('potassium', 379.9, { status: 'LOW' }),
          reading('lead', 9),
          reading('nitrate', 0.5),
          reading('copper', 0.1),
          reading('copper-ro', 0.1, { status: 'LOW' }),
          reading('selenium', null, { status: 'LOW' }),
        ],
      }),
    );

    // Calcium: 50 mg/l × 300 l ÷ (100 × 0.1963) = 764 ml to refill; ÷ 28 days ÷ 2 = 13.6 ml a day.
    // Iodine: 20 µg/l × 300 l ÷ (100 × 10) = 6 ml; ÷ 28 ÷ 2 = 0.1 ml a day.
    // Potassium: 30.1 mg/l × 300 l ÷ (100 × 0.5) = 180.6 ml; ÷ 28 ÷ 2 = 3.2 ml a day.
    expect(sut.elements).toEqual([
      { elementId: 'calcium', amount: 13.6, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      { elementId: 'iodine', amount: 0.1, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      { elementId: 'potassium', amount: 3.2, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
    ]);
    expect(sut.elements.every((e) => e.amount > 0)).toBe(true);
    expect(sut.suggestions.map((s) => [s.elementId, s.current, s.changed, s.origin])).toEqual([
      ['calcium', null, true, 'RULES'],
      ['iodine', null, true, 'RULES'],
      ['potassium', null, true, 'RULES'],
    ]);
    expect(sut.suggestions[0].reason).toMatch(
      /Calcium at 380 mg\/l \(range 400–460\) is low and not dosed yet: a cautious start .*: 13\.6 ml on every day\./,
    );
  });

  it.each<[string, Partial<DraftInput>]>([
    ['a catalog without strengths (Triton) cannot size a start', { catalog: TRITON_CATALOG }],
    ['a start below 0.1 ml is left out (tiny tank)', { volumeLitres: 40 }],
    ['nothing is low', { elements: [reading('calcium', 430), reading('iodine', 60)] }],
    ['no readings', { elements: [] }],
  ])('adds nothing when %s', (_, overrides) => {
    const sut = draftProgram(draftInput({ elements: [reading('calcium', 380), reading('iodine', 40)], ...overrides }));

    expect(overrides.catalog || overrides.elements ? sut.elements : sut.elements.filter((e) => e.elementId === 'iodine')).toEqual([]);
  });

  it('continues from what the keeper dosed lately, one step up, when the element is low and not in the program', () => {
    const sut = only(
      draftInput({
        catalog: TRITON_CATALOG,
        elements: [reading('iodine', 40)],
        recentDoses: [{ elementId: 'iodine', unit: 'ml', dailyAverage: 0.43 }],
      }),
    );

    expect(sut.element).toEqual({ elementId: 'iodine', amount: 0.5, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] });
    expect(sut.suggestion.reason).toMatch(/you dosed about 0\.4 ml a day over the last 28 days/);
  });

  it('lets the one reading that says OK win over a LOW of the same canonical', () => {
    const sut = draftProgram(
      draftInput({
        catalog: [
          { elementId: 'iodine', canonical: 'Iodine', unit: 'ml', strength: { element: 'Iodine', amountPer1mlPer100L: 10, unit: 'µg/l' } },
        ],
        elements: [reading('iodine', 40, { elementId: 'iodide' }), reading('iodine', 60, { elementId: 'iodine-total' })],
      }),
    );

    expect(sut.elements).toEqual([]);
  });
});

describe('draftProgram: an AI proposal inside the guardrails', () => {
  const ai = (s: Partial<AiDraftSuggestion> & { elementId: string; amount: number }): AiDraftSuggestion[] => [
    { reason: 'Model says so.', ...s },
  ];
  const iodineProgram = (measured: ReturnType<typeof reading>, proposals: AiDraftSuggestion[], element = dose('iodine', 2)) =>
    only(withProgram([element], { elements: [measured], ai: proposals }));

  it.each<
    [
      string,
      ReturnType<typeof reading>,
      AiDraftSuggestion[],
      { amount: number; weekdays: number[]; origin: 'AI' | 'RULES'; reason: RegExp },
    ]
  >([
    [
      'a smaller raise than the rules is taken as it is',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 2.3 }),
      { amount: 2.3, weekdays: [1, 3, 5], origin: 'AI', reason: /^Model says so\.$/ },
    ],
    [
      'a raise beyond the step is cut to the step',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 5 }),
      {
        amount: 2.5,
        weekdays: [1, 3, 5],
        origin: 'RULES',
        reason: /raised by 25%\. An AI proposal \(5 ml\) went beyond RaM's limits, so the rules' value stands\./,
      },
    ],
    [
      'a raise beyond the step on other days keeps those days',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 5, weekdays: [1, 2, 3, 5] }),
      { amount: 2.5, weekdays: [1, 3, 5], origin: 'RULES', reason: /went beyond/ },
    ],
    [
      'a softer cut than the rules for a HIGH element is set aside',
      reading('iodine', 95),
      ai({ elementId: 'iodine', amount: 1.9 }),
      { amount: 1.5, weekdays: [1, 3, 5], origin: 'RULES', reason: /lowered by 25%\. An AI proposal \(1\.9 ml\) went beyond/ },
    ],
    [
      'lowering a LOW element is not allowed (kept at the current amount)',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 1 }),
      { amount: 2, weekdays: [1, 3, 5], origin: 'AI', reason: /limits turned the proposed 1 ml into 2 ml/ },
    ],
    [
      'raising a HIGH element is set aside',
      reading('iodine', 95),
      ai({ elementId: 'iodine', amount: 3 }),
      { amount: 1.5, weekdays: [1, 3, 5], origin: 'RULES', reason: /lowered by 25%\. An AI proposal \(3 ml\) went beyond RaM's limits/ },
    ],
    [
      'dosing a CRITICAL element is set aside',
      reading('iodine', 400),
      ai({ elementId: 'iodine', amount: 2 }),
      { amount: 0, weekdays: [1, 3, 5], origin: 'RULES', reason: /paused at 0.*went beyond/ },
    ],
    [
      'dropping a non-zero element is cut to the step',
      reading('iodine', 60),
      ai({ elementId: 'iodine', amount: 0 }),
      { amount: 1.5, weekdays: [1, 3, 5], origin: 'AI', reason: /into 1\.5 ml/ },
    ],
    [
      'an OK element may move towards its target',
      reading('iodine', 52),
      ai({ elementId: 'iodine', amount: 2.2 }),
      { amount: 2.2, weekdays: [1, 3, 5], origin: 'AI', reason: /^Model says so\.$/ },
    ],
    [
      'an OK element may not move away from its target',
      reading('iodine', 52),
      ai({ elementId: 'iodine', amount: 1.8 }),
      { amount: 2, weekdays: [1, 3, 5], origin: 'RULES', reason: /within range: kept as it is\. An AI proposal/ },
    ],
    [
      'a non-detect the range accepts is held',
      reading('iodine', null),
      ai({ elementId: 'iodine', amount: 2.4 }),
      { amount: 2, weekdays: [1, 3, 5], origin: 'RULES', reason: /went beyond/ },
    ],
    [
      'the same weekly amount on other days is taken',
      reading('iodine', 60),
      ai({ elementId: 'iodine', amount: 1.5, weekdays: [5, 1, 3, 2] }),
      { amount: 1.5, weekdays: [1, 2, 3, 5], origin: 'AI', reason: /^Model says so\.$/ },
    ],
    [
      'more days that break the weekly step fall back to the current days',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 2.4, weekdays: [0, 1, 2, 3, 4, 5, 6] }),
      { amount: 2.4, weekdays: [1, 3, 5], origin: 'AI', reason: /into 2\.4 ml on Mon, Wed, Fri/ },
    ],
    [
      'invalid days fall back to the current days',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 2.4, weekdays: [7, -1] }),
      { amount: 2.4, weekdays: [1, 3, 5], origin: 'AI', reason: /limits turned/ },
    ],
    [
      'a different unit is ignored',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: 2.4, unit: 'drops' }),
      { amount: 2.4, weekdays: [1, 3, 5], origin: 'AI', reason: /^Model says so\.$/ },
    ],
    [
      'the first of two proposals for an element counts',
      reading('iodine', 40),
      [...ai({ elementId: 'iodine', amount: 2.1 }), ...ai({ elementId: 'iodine', amount: 2.4 })],
      { amount: 2.1, weekdays: [1, 3, 5], origin: 'AI', reason: /^Model says so\.$/ },
    ],
    [
      'a negative amount is no proposal',
      reading('iodine', 40),
      ai({ elementId: 'iodine', amount: -1 }),
      { amount: 2.5, weekdays: [1, 3, 5], origin: 'RULES', reason: /raised by 25%\.$/ },
    ],
  ])('%s', (_, measured, proposals, expected) => {
    const sut = iodineProgram(measured, proposals);

    expect(sut.element).toEqual({ elementId: 'iodine', amount: expected.amount, unit: 'ml', weekdays: expected.weekdays });
    expect(sut.suggestion.origin).toBe(expected.origin);
    expect(sut.suggestion.reason).toMatch(expected.reason);
  });

  it.each<[string, AiDraftSuggestion[], { amount: number; weekdays: number[]; origin: 'AI' | 'RULES' }]>([
    [
      'a smaller amount every day (−20 %) instead of a day fewer',
      ai({ elementId: 'iodine', amount: 0.8 }),
      { amount: 0.8, weekdays: [0, 1, 2, 3, 4, 5, 6], origin: 'AI' },
    ],
    [
      'two days fewer (−29 %) is beyond the step',
      ai({ elementId: 'iodine', amount: 1, weekdays: [1, 2, 3, 4, 5] }),
      { amount: 1, weekdays: [0, 1, 2, 3, 4, 5], origin: 'RULES' },
    ],
    [
      'a different day fewer',
      ai({ elementId: 'iodine', amount: 1, weekdays: [1, 2, 3, 4, 5, 6] }),
      { amount: 1, weekdays: [1, 2, 3, 4, 5, 6], origin: 'AI' },
    ],
  ])('for a HIGH element dosed daily, %s', (_, proposals, expected) => {
    const sut = iodineProgram(reading('iodine', 95), proposals, dose('iodine', 1, [0, 1, 2, 3, 4, 5, 6]));

    expect(sut.element).toEqual({ elementId: 'iodine', amount: expected.amount, unit: 'ml', weekdays: expected.weekdays });
    expect(sut.suggestion.origin).toBe(expected.origin);
  });

  it('halves the upward room for the AI too after an increase that did not help', () => {
    const sut = only(
      withProgram([dose('iodine', 2)], {
        elements: [reading('iodine', 40)],
        priorOutcomes: [{ elementId: 'iodine', change: 'INCREASED', movedCloser: false }],
        ai: ai({ elementId: 'iodine', amount: 2.5 }),
      }),
    );

    expect(sut.element.amount).toBe(2.2);
  });

  it.each<[string, AiDraftSuggestion[], Partial<DraftInput>, { elementId: string; amount: number }[]]>([
    ['never adds a pollutant', ai({ elementId: 'lead', amount: 1 }), { elements: [reading('lead', 9)] }, []],
    [
      'never adds copper',
      ai({ elementId: 'copper', amount: 1 }),
      { catalog: [...CUSTOM_CATALOG, { elementId: 'copper', canonical: 'Copper', unit: 'ml' }], elements: [reading('copper', 0.1)] },
      [],
    ],
    ['never adds a nutrient', ai({ elementId: 'nitrate', amount: 1 }), { elements: [reading('nitrate', 0.5)] }, []],
    ['never adds an element that is not low', ai({ elementId: 'magnesium', amount: 10 }), { elements: [reading('magnesium', 1350)] }, []],
    ['never adds a product of no reading', ai({ elementId: 'alkalinity', amount: 10 }), { elements: [] }, []],
    [
      'cuts a new element to its cautious start',
      ai({ elementId: 'calcium', amount: 40 }),
      { elements: [reading('calcium', 380)] },
      [{ elementId: 'calcium', amount: 13.6 }],
    ],
    [
      'takes a smaller start for a new element',
      ai({ elementId: 'calcium', amount: 8 }),
      { elements: [reading('calcium', 380)] },
      [{ elementId: 'calcium', amount: 8 }],
    ],
    [
      'leaves a new element out when the AI proposes 0',
      ai({ elementId: 'calcium', amount: 0 }),
      { elements: [reading('calcium', 380)] },
      [],
    ],
  ])('%s', (_, proposals, overrides, expected) => {
    const sut = draftProgram(draftInput({ ...overrides, ai: proposals }));

    expect(sut.elements.map((e) => ({ elementId: e.elementId, amount: e.amount }))).toEqual(expected);
    expect(sut.elements.every((e) => e.amount > 0)).toBe(true);
  });
});

describe('draftProgram: the bounds hold for any proposal', () => {
  // A small deterministic generator, so a failure names a reproducible case.
  function* cases(
    count: number,
  ): Generator<{ element: ProgramElement; status: ReturnType<typeof reading>; proposal: AiDraftSuggestion; outcome?: PriorDraftOutcome }> {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = [20, 40, 55, 60, 70, 95, 400, null];
    for (let i = 0; i < count; i++) {
      const days = [0, 1, 2, 3, 4, 5, 6].filter(() => next() < 0.6) as ProgramElement['weekdays'];
      const amount = Math.round(next() * 200 + 1) / 10;
      const value = values[Math.floor(next() * values.length)];
      const proposedDays = [0, 1, 2, 3, 4, 5, 6].filter(() => next() < 0.5);
      yield {
        element: dose('iodine', amount, days.length > 0 ? days : [3]),
        status: reading('iodine', value),
        proposal: { elementId: 'iodine', amount: Math.round(next() * 400) / 10, ...(next() < 0.5 ? { weekdays: proposedDays } : {}) },
        outcome: next() < 0.3 ? { elementId: 'iodine', change: 'INCREASED', movedCloser: false } : undefined,
      };
    }
  }

  it('never moves an amount per dose or a weekly total by more than 25 %, and never the wrong way', () => {
    for (const c of cases(500)) {
      const sut = only(withProgram([c.element], { elements: [c.status], ai: [c.proposal], priorOutcomes: c.outcome ? [c.outcome] : [] }));
      const { amount, weekdays } = sut.element;
      const before = c.element.amount;
      const weekly = amount * weekdays.length;
      const weeklyBefore = before * c.element.weekdays.length;
      const up = c.outcome ? 0.125 : 0.25;
      const label = JSON.stringify(c);

      if (c.status.status === 'CRITICAL') {
        expect([label, amount]).toEqual([label, 0]);
        continue;
      }
      expect([label, amount <= before * (1 + up) + 1e-9 && amount >= before * 0.75 - 1e-9]).toEqual([label, true]);
      expect([label, weekly <= weeklyBefore * (1 + up) + 1e-9 && weekly >= weeklyBefore * 0.75 - 1e-9]).toEqual([label, true]);
      if (c.status.status === 'HIGH') expect([label, weekly <= weeklyBefore + 1e-9]).toEqual([label, true]);
      if (c.status.status === 'LOW') expect([label, weekly >= weeklyBefore - 1e-9]).toEqual([label, true]);
      if (c.status.value === null) expect([label, amount, weekdays]).toEqual([label, before, c.element.weekdays]);
      expect([label, Math.round(amount * 10) / 10 === amount || amount === before]).toEqual([label, true]);
    }
  });
});
