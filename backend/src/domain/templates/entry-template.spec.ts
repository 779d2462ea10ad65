import { MAX_TEMPLATE_ELEMENTS, templateProblems } from './entry-template';

const catalog = new Set(['calcium', 'alkalinity', 'iodine']);

describe('templateProblems', () => {
  it.each([
    [
      'a test template of known elements',
      { type: 'TEST', name: 'Weekly kits', elements: [{ elementId: 'calcium' }, { elementId: 'alkalinity' }] },
      [],
    ],
    [
      'a dose template with usual amounts',
      { type: 'DOSE', name: 'Balling', elements: [{ elementId: 'calcium', amount: 20, unit: 'ml' }, { elementId: 'iodine' }] },
      [],
    ],
    [
      'a program template',
      { type: 'PROGRAM', name: 'Trace', elements: [{ elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [1, 4] }] },
      [],
    ],
    ['a blank name', { type: 'TEST', name: '  ', elements: [{ elementId: 'calcium' }] }, ['name must not be blank']],
    ['no elements', { type: 'TEST', name: 'x', elements: [] }, ['elements must hold at least one element']],
    [
      'an unknown element',
      { type: 'TEST', name: 'x', elements: [{ elementId: 'unobtainium' }] },
      ["elements[0]: unobtainium is not in this tank's test elements"],
    ],
    [
      'a duplicate',
      { type: 'DOSE', name: 'x', elements: [{ elementId: 'iodine' }, { elementId: 'iodine' }] },
      ['elements[1]: iodine appears more than once'],
    ],
    [
      'amounts on a test template',
      { type: 'TEST', name: 'x', elements: [{ elementId: 'calcium', amount: 3 }] },
      ['elements[0]: a test template names elements only'],
    ],
    [
      'a negative amount',
      { type: 'DOSE', name: 'x', elements: [{ elementId: 'calcium', amount: -1, unit: 'ml' }] },
      ['elements[0]: amount must be zero or more'],
    ],
    [
      'a program row without a schedule',
      { type: 'PROGRAM', name: 'x', elements: [{ elementId: 'iodine', amount: 1 }] },
      ['elements[0]: a program template needs amount, unit and weekdays'],
    ],
    [
      'a program row with day 7',
      { type: 'PROGRAM', name: 'x', elements: [{ elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [7] }] },
      ['elements[0]: weekdays must name days from 0 (Sunday) to 6 (Saturday)'],
    ],
  ] as const)('%s', (_, input, problems) => {
    expect(templateProblems(input, catalog)).toEqual(problems);
  });

  it('caps the number of elements', () => {
    const many = Array.from({ length: MAX_TEMPLATE_ELEMENTS + 1 }, (_, i) => ({ elementId: `e${i}` }));
    expect(templateProblems({ type: 'TEST', name: 'x', elements: many }, new Set(many.map((e) => e.elementId)))).toEqual([
      `elements can hold at most ${MAX_TEMPLATE_ELEMENTS} elements`,
    ]);
  });
});
