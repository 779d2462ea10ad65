import { elementMessage } from './element-message';

describe('elementMessage', () => {
  const band = { source: 'METHOD' as const, low: 400, high: 460 };

  it('tells a keeper what to dose for a low element', () => {
    expect(
      elementMessage('Calcium', 380, 'mg/l', 'LOW', band, {
        kind: 'DOSE',
        deficit: 50,
        totalMl: 764.1,
        days: 3,
        dailyMl: 254.7,
        dailyRiseMgL: 16.7,
      }),
    ).toBe('Calcium 380 mg/l is below 400–460 mg/l: dose 254.7 ml a day for 3 days.');
  });

  it('asks for the source and a water change for a hazardous pollutant', () => {
    expect(
      elementMessage('Copper', 12, 'µg/l', 'CRITICAL', { source: 'HAZARD_FALLBACK', high: 5 }, { kind: 'NONE', reason: 'NEVER_CORRECTED' }),
    ).toBe('Copper 12 µg/l is above the safe limit of 5 µg/l: find the source and do a water change.');
  });

  it('says a value is within its range, and names a non-detect', () => {
    expect(elementMessage('Calcium', 430, 'mg/l', 'OK', band, { kind: 'NONE', reason: 'AT_OR_ABOVE_TARGET' })).toBe(
      'Calcium 430 mg/l is within 400–460 mg/l.',
    );
    expect(elementMessage('Lead', null, 'µg/l', 'OK', { source: 'NONE' }, { kind: 'NONE', reason: 'NOT_MEASURED' })).toBe(
      'Lead was not detected.',
    );
  });
});

describe('elementMessage for a non-detect', () => {
  it('reads as a sentence', () => {
    expect(
      elementMessage('Arsenic', null, 'µg/l', 'OK', { source: 'HAZARD_FALLBACK', high: 5 }, { kind: 'NONE', reason: 'AT_OR_ABOVE_TARGET' }),
    ).toBe('Arsenic was not detected (limit 5 µg/l).');
    expect(
      elementMessage('Silver', 0.126, 'µg/l', 'OK', { source: 'HAZARD_FALLBACK', high: 1 }, { kind: 'NONE', reason: 'AT_OR_ABOVE_TARGET' }),
    ).toBe('Silver 0.126 µg/l is under the limit of 1 µg/l.');
    expect(
      elementMessage('Iodine', null, 'µg/l', 'OK', { source: 'METHOD', low: 50, high: 80 }, { kind: 'NONE', reason: 'NOT_MEASURED' }),
    ).toBe('Iodine was not detected; the range is 50–80 µg/l.');
  });
});
