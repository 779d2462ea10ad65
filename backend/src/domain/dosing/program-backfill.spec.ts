import { element, entriesOf, entry, program, RECORDED_AT } from './dosing.factory';
import { backfillDates, backfillWindow, programSyncChange } from './program-backfill';

/** Expected dates, computed the slow way: walk every day with the Date API. */
function walk(from: string, to: string, weekdays: number[]): string[] {
  const dates: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d <= new Date(`${to}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (weekdays.includes(d.getUTCDay())) dates.push(d.toISOString().slice(0, 10));
  }
  return dates;
}

describe('backfill dates', () => {
  it('gives every Monday, Wednesday and Friday from the start to today', () => {
    const sut = backfillDates(program({ startDate: '2025-02-08', elements: [element({ weekdays: [1, 3, 5] })] }), '2025-03-10');

    expect(sut).toEqual(walk('2025-02-08', '2025-03-10', [1, 3, 5]));
    expect(sut).toHaveLength(13);
  });

  it('stops at the end date when it is before today', () => {
    expect(
      backfillDates(
        program({
          startDate: '2025-03-01',
          endDate: '2025-03-05',
          status: 'inactive',
          elements: [element({ weekdays: [0, 1, 2, 3, 4, 5, 6] })],
        }),
        '2025-03-10',
      ),
    ).toEqual(walk('2025-03-01', '2025-03-05', [0, 1, 2, 3, 4, 5, 6]));
  });

  it('caps an inactive program without an end at today', () => {
    expect(
      backfillDates(
        program({ status: 'inactive', startDate: '2025-03-08', elements: [element({ weekdays: [0, 1, 2, 3, 4, 5, 6] })] }),
        '2025-03-10',
      ),
    ).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
  });

  it('reaches at most 366 days back', () => {
    const sut = backfillDates(program({ startDate: '2020-01-01', elements: [element({ weekdays: [0, 1, 2, 3, 4, 5, 6] })] }), '2025-03-10');

    expect(sut).toHaveLength(366);
    expect(sut[0]).toBe(backfillWindow('2025-03-10').from);
  });

  it('gives nothing for a draft or a program starting tomorrow', () => {
    expect(backfillDates(program({ status: 'draft' }), '2025-03-10')).toEqual([]);
    expect(backfillDates(program({ startDate: '2025-03-11' }), '2025-03-10')).toEqual([]);
  });
});

describe('programSyncChange', () => {
  const monday = '2025-03-03';
  const today = '2025-03-10';

  it('adds the due entries of the program and leaves other entries alone', () => {
    const sut = programSyncChange(program(), monday, today, entriesOf(entry()), RECORDED_AT);

    expect(sut.upserts?.map((e) => e.entryId)).toEqual(['program#p-1#iodine']);
    expect(sut.removals).toEqual([]);
  });

  it('removes the program’s entries of elements no longer due that day', () => {
    const stale = entry({ entryId: 'program#p-1#iron', elementId: 'iron', source: 'PROGRAM', programId: 'p-1' });

    const sut = programSyncChange(program(), monday, today, entriesOf(stale), RECORDED_AT);

    expect(sut.removals).toEqual(['program#p-1#iron']);
  });

  it('removes a replaced program’s entries after it closed, not before', () => {
    const old = entry({ entryId: 'program#p-0#iodine', source: 'PROGRAM', programId: 'p-0' });
    const replaces = { programId: 'p-0', after: '2025-03-09' };

    expect(programSyncChange(program({ startDate: today }), today, today, entriesOf(old), RECORDED_AT, replaces).removals).toEqual([
      'program#p-0#iodine',
    ]);
    expect(programSyncChange(program({ startDate: today }), '2025-03-09', today, entriesOf(old), RECORDED_AT, replaces).removals).toEqual(
      [],
    );
  });

  it('never generates doses after today', () => {
    expect(programSyncChange(program(), '2025-03-12', today, {}, RECORDED_AT).upserts).toEqual([]);
  });
});
