import { datesIn, parsePrintedDate } from './printed-date';

describe('parsePrintedDate', () => {
  it.each([
    ['Probenahme: 14.03.2025', 'dmy', '2025-03-14'],
    ['14/03/2025', 'dmy', '2025-03-14'],
    ['03/14/2025', 'mdy', '2025-03-14'],
    ['2025-03-14', 'mdy', '2025-03-14'],
    ['1.3.25', 'dmy', '2025-03-01'],
    ['14. März 2025', 'dmy', '2025-03-14'],
    ['1 August 2025', 'dmy', '2025-08-01'],
    ['3 Dez 2024', 'dmy', '2024-12-03'],
  ] as const)('reads %p (%s) as %s', (text, order, expected) => {
    expect(parsePrintedDate(text, order)).toBe(expected);
  });

  it.each(['31.02.2025', '2025-13-01', '14 Smarch 2025', 'no date here', '12.5'])('finds no date in %p', (text) => {
    expect(parsePrintedDate(text)).toBeUndefined();
  });
});

describe('datesIn', () => {
  it('lists every date a text prints, whatever its form', () => {
    const sut = datesIn('Probenahme 14.03.2025, Bericht 2025-03-19, gedruckt 20 March 2025');
    expect([...sut]).toEqual(['2025-03-14', '2025-03-19', '2025-03-20']);
  });
});
