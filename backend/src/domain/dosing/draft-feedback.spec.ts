import { element } from './dosing.factory';
import { draftChanges } from './draft-feedback';

describe('draftChanges', () => {
  const suggestion = [
    element({ elementId: 'iodine', amount: 2, weekdays: [1, 3, 5] }),
    element({ elementId: 'iron', amount: 1, weekdays: [2] }),
  ];

  it('is empty when the suggestion is activated as it was', () => {
    expect(
      draftChanges(suggestion, [
        element({ elementId: 'iron', amount: 1, weekdays: [2] }),
        element({ elementId: 'iodine', amount: 2, weekdays: [5, 3, 1] }),
      ]),
    ).toEqual([]);
  });

  it('records kept amounts with fewer days as a weekday change', () => {
    const [sut] = draftChanges(suggestion, [element({ elementId: 'iodine', amount: 2, weekdays: [1, 5] }), suggestion[1]]);

    expect(sut).toMatchObject({
      elementId: 'iodine',
      kind: 'changed',
      amountChanged: false,
      unitChanged: false,
      weekdaysAdded: [],
      weekdaysRemoved: [3],
    });
  });

  it('records amount changes, added and dropped elements', () => {
    const sut = draftChanges(suggestion, [
      element({ elementId: 'iodine', amount: 1.5, weekdays: [1, 3, 5, 0] }),
      element({ elementId: 'zinc', amount: 1, weekdays: [4] }),
    ]);

    expect(sut.map((c) => [c.elementId, c.kind])).toEqual([
      ['iodine', 'changed'],
      ['iron', 'removed'],
      ['zinc', 'added'],
    ]);
    expect(sut[0]).toMatchObject({ amountChanged: true, weekdaysAdded: [0], suggested: { amount: 2 }, activated: { amount: 1.5 } });
  });
});
