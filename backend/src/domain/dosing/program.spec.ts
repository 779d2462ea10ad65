import { element, program, programInput, RECORDED_AT } from './dosing.factory';
import { dueEntries, programProblems, sameDosing } from './program';

describe('program rules', () => {
  it.each([
    [
      'a weekday of 7',
      programInput({ elements: [element({ weekdays: [1, 7] as never })] }),
      /weekdays must be whole numbers from 0 \(Sunday\) to 6/,
    ],
    ['a weekday of -1', programInput({ elements: [element({ weekdays: [-1] as never })] }), /weekdays must be whole numbers/],
    ['no weekday', programInput({ elements: [element({ weekdays: [] })] }), /at least one day/],
    ['a negative amount', programInput({ elements: [element({ amount: -2 })] }), /amount must be zero or more/],
    ['an end before the start', programInput({ startDate: '2025-03-10', endDate: '2025-03-09' }), /endDate must not be before startDate/],
    ['the same element twice', programInput({ elements: [element(), element()] }), /iodine appears more than once/],
    [
      'a bad suggestion',
      programInput({ source: { kind: 'RAM_DRAFT', suggestion: [element({ weekdays: [9] as never })] } }),
      /source\.suggestion\[0\]/,
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(programProblems(input).join('; ')).toMatch(message);
  });

  it('accepts a program ending on its start date', () => {
    expect(programProblems(programInput({ startDate: '2025-03-10', endDate: '2025-03-10' }))).toEqual([]);
  });

  it('prescribes the elements of the date’s weekday with a nonzero amount, within its dates', () => {
    const sut = program({
      startDate: '2025-03-03',
      endDate: '2025-03-09',
      elements: [
        element({ elementId: 'iodine', weekdays: [1] }),
        element({ elementId: 'iron', weekdays: [1, 2] }),
        element({ elementId: 'zinc', amount: 0, weekdays: [1] }),
      ],
    });

    expect(dueEntries(sut, '2025-03-03', RECORDED_AT).map((e) => e.entryId)).toEqual(['program#p-1#iodine', 'program#p-1#iron']);
    expect(dueEntries(sut, '2025-03-04', RECORDED_AT).map((e) => e.entryId)).toEqual(['program#p-1#iron']);
    expect(dueEntries(sut, '2025-03-10', RECORDED_AT)).toEqual([]);
    expect(dueEntries({ ...sut, status: 'draft' }, '2025-03-03', RECORDED_AT)).toEqual([]);
  });

  it('sees a rename as the same dosing and a changed day as different dosing', () => {
    expect(sameDosing(programInput(), programInput({ name: 'Renamed' }))).toBe(true);
    expect(sameDosing(programInput(), programInput({ elements: [element({ weekdays: [5, 3, 1] })] }))).toBe(true);
    expect(sameDosing(programInput(), programInput({ elements: [element({ weekdays: [1, 3] })] }))).toBe(false);
  });
});
