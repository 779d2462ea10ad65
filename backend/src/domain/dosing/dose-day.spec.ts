import { doseTotals, elementsWithChangedTotals, planDoseDay } from './dose-day';
import { entriesOf, entry } from './dosing.factory';

describe('planDoseDay (the one merge rule of dose writers)', () => {
  const iodine = entry();
  const potassium = entry({ entryId: 'manual#potassium', elementId: 'potassium', amount: 5 });

  it('adds a new element without touching the others', () => {
    const sut = planDoseDay(entriesOf(iodine), { upserts: [potassium] });

    expect(sut?.after).toEqual(entriesOf(iodine, potassium));
    expect(sut?.written).toEqual([potassium]);
  });

  it('writes nothing when the same dose arrives again, even recorded later', () => {
    const sut = planDoseDay(entriesOf(iodine), { upserts: [{ ...iodine, recordedAt: '2030-01-01T00:00:00Z' }] });

    expect(sut).toBeUndefined();
  });

  it('replaces the amount of an entry with the same id', () => {
    const sut = planDoseDay(entriesOf(iodine, potassium), { upserts: [{ ...iodine, amount: 3 }] });

    expect(sut?.after[iodine.entryId].amount).toBe(3);
    expect(sut?.after[potassium.entryId]).toEqual(potassium);
  });

  it('confirms a planned entry early once, and keeps the confirmation when the same dose is written again', () => {
    const confirmed = planDoseDay(entriesOf(iodine, potassium), {
      confirmations: [{ entryId: iodine.entryId, at: '2026-12-01T19:00:00Z' }],
    });
    expect(confirmed?.written).toEqual([{ ...iodine, confirmedAt: '2026-12-01T19:00:00Z' }]);
    expect(confirmed?.after[potassium.entryId]).toEqual(potassium);

    const after = confirmed!.after;
    expect(planDoseDay(after, { confirmations: [{ entryId: iodine.entryId, at: '2026-12-01T20:00:00Z' }] })).toBeUndefined();
    expect(planDoseDay(after, { upserts: [{ ...iodine, recordedAt: '2026-12-02T00:00:00Z' }] })).toBeUndefined();
    expect(planDoseDay(after, { confirmations: [{ entryId: 'manual#nothing', at: '2026-12-01T20:00:00Z' }] })).toBeUndefined();
    // A new amount is a new plan: the confirmation of the old one does not carry over.
    expect(planDoseDay(after, { upserts: [{ ...iodine, amount: 4 }] })?.after[iodine.entryId].confirmedAt).toBeUndefined();
  });

  it('removes only ids that are there', () => {
    const sut = planDoseDay(entriesOf(iodine), { removals: [iodine.entryId, 'manual#nothing'] });

    expect(sut).toMatchObject({ after: {}, removed: [iodine.entryId] });
    expect(planDoseDay(entriesOf(iodine), { removals: ['manual#nothing'] })).toBeUndefined();
  });
});

describe('dose totals for the tank aggregates', () => {
  it('sums an element per unit across sources', () => {
    const sut = doseTotals(
      entriesOf(
        entry(),
        entry({ entryId: 'program#p#iodine', source: 'PROGRAM', amount: 0.5 }),
        entry({ entryId: 'icp#t#iodine#0', amount: 100, unit: 'mg' }),
      ),
    );

    expect(sut).toEqual({ iodine: { ml: 2.5, mg: 100 } });
  });

  it('names only elements whose totals changed', () => {
    expect(
      elementsWithChangedTotals({ iodine: { ml: 2 }, potassium: { ml: 5 } }, { iodine: { ml: 2 }, potassium: { ml: 6 }, iron: { ml: 1 } }),
    ).toEqual(['iron', 'potassium']);
    expect(elementsWithChangedTotals({ iodine: { ml: 2 } }, {})).toEqual(['iodine']);
  });
});
