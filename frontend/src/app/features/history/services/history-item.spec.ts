import {
  HistoryItem,
  historyItemsFrom,
  removeHistoryItem,
  testKindOf,
  upsertHistoryItem,
} from './history-item';

describe('historyItemsFrom', () => {
  it('reads the test list the API answers with', () => {
    expect(
      historyItemsFrom('test', {
        tests: [
          {
            id: 't1',
            kind: 'ICP',
            lab: 'OCEAMO',
            status: 'DONE',
            date: '2026-03-01',
            label: 'ICP OCEAMO',
          },
        ],
      }),
    ).toEqual([
      {
        id: 't1',
        label: 'ICP OCEAMO',
        date: '2026-03-01',
        status: 'DONE',
        testKind: 'ICP',
        lab: 'OCEAMO',
      },
    ]);
  });

  it('keeps a test’s lab and failure kind, so the rail can offer to read it again', () => {
    expect(
      historyItemsFrom('test', {
        tests: [
          {
            id: 't9',
            kind: 'ICP',
            lab: 'TRITON',
            status: 'ERROR',
            failureKind: 'LAYOUT',
            label: 'ICP TRITON',
          },
        ],
      }),
    ).toEqual([
      {
        id: 't9',
        label: 'ICP TRITON',
        status: 'ERROR',
        testKind: 'ICP',
        lab: 'TRITON',
        failureKind: 'LAYOUT',
      },
    ]);
  });

  it('reads dose days and programs as the dosing API lists them', () => {
    expect(
      historyItemsFrom('dose', {
        tankId: 'tank-1',
        days: [
          { tankId: 'tank-1', date: '2026-03-01', entries: [{}], label: '1 dose' },
          { tankId: 'tank-1', date: '2026-03-02', entries: [{}, {}], label: '2 doses' },
        ],
        hasMore: false,
      }),
    ).toEqual([
      { id: '2026-03-02', label: '2 doses', date: '2026-03-02' },
      { id: '2026-03-01', label: '1 dose', date: '2026-03-01' },
    ]);
    expect(
      historyItemsFrom('program', {
        tankId: 'tank-1',
        programs: [
          {
            programId: 'p1',
            name: 'Winter plan',
            status: 'active',
            startDate: '2026-01-10',
            elements: [],
          },
        ],
      }),
    ).toEqual([{ id: 'p1', label: 'Winter plan', date: '2026-01-10', status: 'active' }]);
  });

  it('marks a dose day holding a planned dose confirmed early, from the list or a live message', () => {
    expect(
      historyItemsFrom('dose', {
        days: [
          {
            date: '2026-03-05',
            label: '1 dose',
            entries: [{ confirmedAt: '2026-03-04T19:00:00Z' }],
          },
          { date: '2026-03-06', label: '1 planned dose', entries: [{ state: 'PLANNED' }] },
          { date: '2026-03-07', label: '1 dose', givenEarly: true },
        ],
      }),
    ).toEqual([
      { id: '2026-03-07', label: '1 dose', date: '2026-03-07', givenEarly: true },
      { id: '2026-03-06', label: '1 planned dose', date: '2026-03-06' },
      { id: '2026-03-05', label: '1 dose', date: '2026-03-05', givenEarly: true },
    ]);
  });

  it('adapts lists shaped as bare arrays or records with their own key names', () => {
    expect(historyItemsFrom('dose', [{ doseDate: '2026-03-02', label: '3 doses' }])).toEqual([
      { id: '2026-03-02', label: '3 doses', date: '2026-03-02' },
    ]);
    expect(
      historyItemsFrom('program', {
        programs: [
          { programId: 'p1', name: 'Winter plan', startDate: '2026-01-10', status: 'active' },
        ],
      }),
    ).toEqual([{ id: 'p1', label: 'Winter plan', date: '2026-01-10', status: 'active' }]);
  });

  it('names entries without a label after their kind and leaves out rows without an id', () => {
    expect(
      historyItemsFrom('program', { items: [{ id: 'p1' }, { label: 'orphan' }, null] }),
    ).toEqual([{ id: 'p1', label: 'Dosing program' }]);
  });

  it('reads an answer it does not recognise as an empty list', () => {
    expect(historyItemsFrom('test', { message: 'ok' })).toEqual([]);
    expect(historyItemsFrom('test', null)).toEqual([]);
  });
});

describe('upsertHistoryItem and removeHistoryItem', () => {
  const march: HistoryItem = {
    id: 't2',
    label: 'ICP OCEAMO',
    date: '2026-03-01',
    status: 'PROCESSING',
  };
  const february: HistoryItem = {
    id: 't1',
    label: 'Manual test',
    date: '2026-02-01',
    status: 'DONE',
  };

  it('adds a new entry in date order', () => {
    expect(upsertHistoryItem([february], march)).toEqual([march, february]);
  });

  it('replaces the entry with the same id, so a repeated message changes nothing', () => {
    const done = { ...march, status: 'DONE' };
    const once = upsertHistoryItem([march, february], done);

    expect(once).toEqual([done, february]);
    expect(upsertHistoryItem(once, done)).toEqual(once);
  });

  it('keeps the test kind the list gave when a live message without one replaces the entry', () => {
    const listed = { ...march, id: 'm1', label: 'Oddly named', testKind: 'MANUAL' as const };
    const pushed = { id: 'm1', label: 'Oddly named', date: '2026-03-01', status: 'DONE' };

    expect(upsertHistoryItem([listed], pushed)).toEqual([{ ...pushed, testKind: 'MANUAL' }]);
  });

  it('removes by id and ignores an id it does not hold', () => {
    const items = [march, february];

    expect(removeHistoryItem(items, 't2')).toEqual([february]);
    expect(removeHistoryItem(items, 'gone')).toBe(items);
  });
});

describe('testKindOf', () => {
  it('takes the kind the list gave, else reads it from the label live messages carry', () => {
    expect(testKindOf({ id: 't1', label: 'Anything', testKind: 'ICP' })).toBe('ICP');
    expect(testKindOf({ id: 't2', label: 'ICP FAUNA_MARIN' })).toBe('ICP');
    expect(testKindOf({ id: 't3', label: 'Manual test' })).toBe('MANUAL');
  });
});
