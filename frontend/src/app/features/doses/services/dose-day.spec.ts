import { doseEntryFactory } from '../../../../testing/dose-factories';
import { numberText, parseNumber } from '../../../shared/format';
import { amountProblem } from './dose-amount';
import { DoseDay, listedEntries, loggedText, withDays } from './dose-day';
import { checkDoseLog } from './dose-log';

describe('dose days', () => {
  const calcium = doseEntryFactory({ elementId: 'calcium' });
  const iodine = doseEntryFactory({
    elementId: 'iodine',
    source: 'PROGRAM',
    entryId: 'program#p#iodine',
  });
  const day = (date: string, entries = [calcium]): DoseDay => ({ date, entries });

  it('takes saved days in: replaces the same date, adds new ones newest first, drops emptied days', () => {
    const shown = [day('2026-03-03'), day('2026-03-01')];

    expect(
      withDays(shown, [
        day('2026-03-03', [calcium, iodine]),
        day('2026-03-04'),
        day('2026-03-01', []),
      ]),
    ).toEqual([day('2026-03-04'), day('2026-03-03', [calcium, iodine])]);
  });

  it('lists the keeper’s own doses before program and correction doses', () => {
    const correction = doseEntryFactory({ source: 'ICP_CORRECTION', entryId: 'icp#t#calcium#0' });

    expect(listedEntries(day('2026-03-03', [correction, iodine, calcium]))).toEqual([
      calcium,
      iodine,
      correction,
    ]);
  });

  it('says what a save logged over how many days', () => {
    const dose = { elementId: 'iodine', amount: 1, unit: 'ml', days: 2 };

    expect(loggedText([dose], ['2026-03-05', '2026-03-04'])).toBe(
      'Logged 1 dose on 2 days, 4 Mar 2026 to 5 Mar 2026.',
    );
    expect(loggedText([dose, dose], ['2026-03-04'])).toBe('Logged 2 doses on 4 Mar 2026.');
  });
});

describe('dose amounts', () => {
  it('reads amounts typed with a decimal point or comma', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 10 ')).toBe(10);
    expect(parseNumber('a lot')).toBeNull();
    expect(numberText(1234.56789)).toBe('1,234.568');
  });

  it('refuses a missing, negative or huge amount in words', () => {
    expect(amountProblem('')).toBe('Enter an amount.');
    expect(amountProblem('-1')).toBe('The amount cannot be negative.');
    expect(amountProblem('100001')).toBe('Keep the amount to 100,000 or less.');
    expect(amountProblem('0')).toBeNull();
  });
});

describe('checkDoseLog', () => {
  const ids = { date: 'date', add: 'add', row: (key: string, field: string) => `${key}-${field}` };
  const row = {
    key: '1',
    elementId: 'iodine',
    name: 'Iodine',
    amount: '1.5',
    unit: 'ml',
    days: '1',
  };

  it('turns the rows into doses to send', () => {
    expect(
      checkDoseLog('2026-03-04', [row, { ...row, key: '2', elementId: 'calcium', days: '4' }], ids),
    ).toEqual({
      ok: true,
      value: [
        { elementId: 'iodine', amount: 1.5, unit: 'ml', days: 1 },
        { elementId: 'calcium', amount: 1.5, unit: 'ml', days: 4 },
      ],
    });
  });

  it('names each problem under its field, in the order of the form', () => {
    const checked = checkDoseLog('', [{ ...row, amount: '', days: '1.5' }], ids);

    expect(checked).toEqual({
      ok: false,
      errors: {
        date: 'Choose the day of the first dose.',
        '1-amount': 'Enter an amount.',
        '1-days': 'Enter a whole number of days from 1 to 90.',
      },
    });
    expect(checkDoseLog('2026-03-04', [], ids)).toEqual({
      ok: false,
      errors: { add: 'Add at least one dose product.' },
    });
  });
});
