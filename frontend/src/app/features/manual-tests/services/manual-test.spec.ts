import { MeasureRow, checkManualTest } from './manual-test';

describe('checkManualTest', () => {
  const ids = {
    date: 'date',
    notes: 'notes',
    add: 'add',
    value: (key: string) => `${key}-value`,
  };
  const row = (key: string, elementId: string, value: string): MeasureRow => ({
    key,
    elementId,
    name: elementId[0].toUpperCase() + elementId.slice(1),
    unit: 'mg/l',
    value,
  });

  it('sends the values as numbers, and notes only when there are some', () => {
    expect(
      checkManualTest(
        {
          date: '2026-03-04',
          notes: '  ',
          rows: [row('1', 'calcium', '412,5'), row('2', 'magnesium', '1350')],
        },
        '2026-03-04',
        ids,
      ),
    ).toEqual({
      ok: true,
      value: {
        date: '2026-03-04',
        elements: [
          { elementId: 'calcium', value: 412.5 },
          { elementId: 'magnesium', value: 1350 },
        ],
      },
    });
    expect(
      checkManualTest(
        { date: '2026-03-01', notes: ' New kit ', rows: [row('1', 'calcium', '0')] },
        '2026-03-04',
        ids,
      ),
    ).toMatchObject({ ok: true, value: { notes: 'New kit' } });
  });

  it('refuses a day after the tank’s today, a missing or negative value, and an empty test', () => {
    expect(
      checkManualTest(
        {
          date: '2026-03-05',
          notes: '',
          rows: [row('1', 'calcium', ''), row('2', 'magnesium', '-3')],
        },
        '2026-03-04',
        ids,
      ),
    ).toEqual({
      ok: false,
      errors: {
        date: 'The test day cannot be after today.',
        '1-value': 'Enter the Calcium value in mg/l.',
        '2-value': 'A measured value cannot be negative.',
      },
    });
    expect(checkManualTest({ date: 'soon', notes: '', rows: [] }, '2026-03-04', ids)).toEqual({
      ok: false,
      errors: { date: 'Choose the day you tested.', add: 'Add at least one element you measured.' },
    });
  });

  it('sends the unit only for a reading typed in another unit than the catalogue’s', () => {
    const temperature: MeasureRow = {
      key: '3',
      elementId: 'temperature',
      name: 'Temperature',
      unit: '°C',
      units: ['°C', '°F'],
      entryUnit: '°F',
      value: '78.8',
    };
    const checked = checkManualTest(
      { date: '2026-03-04', notes: '', rows: [row('1', 'calcium', '430'), temperature] },
      '2026-03-04',
      ids,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        date: '2026-03-04',
        elements: [
          { elementId: 'calcium', value: 430 },
          { elementId: 'temperature', value: 78.8, unit: '°F' },
        ],
      },
    });
  });
});
