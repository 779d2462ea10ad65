import { datesInText, nonDetectText, numberText } from './format';
import { dayFormat, localeFor } from './locale';

describe('numberText', () => {
  it('groups thousands and keeps at most three decimals by default', () => {
    expect(numberText(1234.56789)).toBe('1,234.568');
    expect(numberText(2.5)).toBe('2.5');
  });

  it('keeps as many decimals as asked for', () => {
    expect(numberText(1234.5, { maxDecimals: 4 })).toBe('1,234.5');
    expect(numberText(0.012345, { maxDecimals: 4 })).toBe('0.0123');
  });

  it('writes readings with four significant digits, and whole from 1,000 on', () => {
    expect(numberText(412.53, 'significant')).toBe('412.5');
    expect(numberText(0.045321, 'significant')).toBe('0.04532');
    expect(numberText(1350.4, 'significant')).toBe('1,350');
    expect(numberText(12345.6, 'significant')).toBe('12,346');
  });
});

describe('numberText in German', () => {
  it('writes a decimal comma and groups thousands with a point', () => {
    expect(numberText(1234.56789, undefined, 'de')).toBe('1.234,568');
    expect(numberText(412.53, 'significant', 'de')).toBe('412,5');
    expect(numberText(10215.4, 'significant', 'de')).toBe('10.215');
    expect(numberText(0.045321, 'significant', 'de')).toBe('0,04532');
  });
});

describe('nonDetectText', () => {
  it('puts a detection limit in words, in the keeper’s locale, and never the lab’s notation', () => {
    expect(nonDetectText('< 0,1', 'µg/l')).toBe('below 0.1 µg/l');
    expect(nonDetectText('<0.05', 'mg/l', 'de')).toBe('below 0,05 mg/l');
    expect(nonDetectText('n.n.', 'µg/l')).toBe('not detected');
    expect(nonDetectText(undefined, 'µg/l')).toBe('not detected');
  });
});

describe('datesInText', () => {
  it('writes the API’s ISO dates inside a sentence as a keeper reads them', () => {
    expect(datesInText('↓ 31% since 2026-02-01')).toBe('↓ 31% since 1 Feb 2026');
    expect(datesInText('↑ seit 2026-03-05', 'de')).toBe('↑ seit 5. März 2026');
    expect(datesInText('steady')).toBe('steady');
  });
});

describe('localeFor', () => {
  it('formats in German for any German browser language and in English otherwise', () => {
    expect(localeFor('de-DE')).toBe('de');
    expect(localeFor('de')).toBe('de');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr-FR')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});

describe('dayFormat', () => {
  it('gives German days their ordinal point', () => {
    expect(dayFormat('long', 'de')).toBe('d. MMMM y');
    expect(dayFormat('medium', 'de')).toBe('d. MMM y');
    expect(dayFormat('long', 'en')).toBe('d MMMM y');
  });
});
