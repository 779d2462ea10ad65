import { guessDecimalMark } from './decimal-mark';
import { guessDateOrder } from './printed-date';

describe('guessDecimalMark', () => {
  it.each([
    ['German figures', 'Kupfer 1,23 µg/l\nZink 3,4 µg/l', 'point', 'comma'],
    ['English figures with grouped thousands', 'Sodium 10,650 mg/l\nCopper 0.62 µg/l\nZinc 4.4 µg/l', 'comma', 'point'],
    ['dates and times are no evidence', 'Probenahme 14.03.2025 10:32\nNatrium 10.780 mg/l', 'comma', 'comma'],
    ['three-digit groups alone are no evidence', 'Sodium 10,650 mg/l', 'point', 'point'],
  ] as const)('%s', (_, text, habit, expected) => {
    expect(guessDecimalMark(text, habit)).toBe(expected);
  });
});

describe('guessDateOrder', () => {
  it.each([
    ['a second part above 12: month first', 'Created: 03/17/2025', 'dmy', 'mdy'],
    ['a first part above 12: day first', 'Sample date: 14/03/2025', 'mdy', 'dmy'],
    ['no evidence: the lab habit', 'Sample date: 04/03/2025', 'mdy', 'mdy'],
  ] as const)('%s', (_, text, habit, expected) => {
    expect(guessDateOrder(text, habit)).toBe(expected);
  });
});
