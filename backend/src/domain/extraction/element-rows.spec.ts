import { defaultCanon } from '../canon';
import { isConcentrationUnit, readElementRow, sectionOf } from './element-rows';
import { labelledValue, splitCells, splitWords } from './report-cells';

const canon = defaultCanon();

describe('readElementRow', () => {
  it('reads name, value, unit and band from tab-separated columns, skipping the symbol column', () => {
    expect(readElementRow('Kupfer\tCu\t1,2\tµg/l\t0,5 – 3', 'comma', canon)).toEqual({
      name: 'Kupfer',
      printed: '1,2',
      reading: { value: 1.2, nonDetect: false },
      unit: 'µg/l',
      range: { low: 0.5, high: 3 },
    });
  });

  it('reads min and max from two columns', () => {
    expect(readElementRow('Phosphate\t0.037\tmg/l\t0.030\t0.120', 'point', canon)?.range).toEqual({ low: 0.03, high: 0.12 });
  });

  it('reads a non-detect row and keeps the printed text', () => {
    const sut = readElementRow('Zink\tZn\t< 0,5\tμg/l\t< 1', 'comma', canon);
    expect(sut).toMatchObject({ printed: '< 0,5', reading: { value: null, nonDetect: true, detectionLimit: 0.5 }, unit: 'μg/l' });
  });

  it('reads a row whose columns ran together, word by word', () => {
    expect(readElementRow('Kupfer (Osmose) < 0,5 µg/l < 1', 'comma', canon)).toMatchObject({
      name: 'Kupfer (Osmose)',
      printed: '< 0,5',
      range: { high: 1 },
    });
  });

  it.each([
    'Mengenelemente',
    'Element\tSymbol\tMesswert\tEinheit\tReferenzbereich',
    'Salinität: 35,2 ppt\tKH: 7,8 dKH',
    'Volumen: 450 l',
    'Probenahme: 14.03.2025',
    'Seite 1 von 2',
    'Kupfer\tCu\thoch\tµg/l',
  ])('does not take %p for an element row', (line) => {
    expect(readElementRow(line, 'comma', canon)).toBeUndefined();
  });
});

describe('isConcentrationUnit', () => {
  it.each(['mg/l', 'µg/l', 'μg/L', 'ppb', 'ug/l', 'mg/l PO4'])('takes %p for a concentration', (unit) => {
    expect(isConcentrationUnit(unit, canon)).toBe(true);
  });

  it.each(['ppt', 'dKH', 'l', '°C', '1,2', ''])('does not take %p for one', (unit) => {
    expect(isConcentrationUnit(unit, canon)).toBe(false);
  });
});

describe('sectionOf', () => {
  const sections = { Mengenelemente: 'major', Osmosewasser: 'osmose', 'RO water': 'osmose' } as const;

  it.each([
    ['Osmosewasser', 'osmose'],
    ['OSMOSEWASSER', 'osmose'],
    ['RO water (top-off)', 'osmose'],
    ['Mengenelemente', 'major'],
  ])('reads the heading %p as %s', (line, category) => {
    expect(sectionOf(line, sections)).toBe(category);
  });

  it.each(['Osmosewasserfilter', 'Kupfer\tCu\t1,2\tµg/l', 'Mengenelemente\tSeite 2'])('reads %p as no heading', (line) => {
    expect(sectionOf(line, sections)).toBeUndefined();
  });
});

describe('report cells', () => {
  it('splits columns at tabs and at runs of spaces', () => {
    expect(splitCells('Kupfer\tCu   1,2 \t\tµg/l')).toEqual(['Kupfer', 'Cu', '1,2', 'µg/l']);
  });

  it('keeps a lone "<" on the number it qualifies', () => {
    expect(splitWords('Zink < 0,5 µg/l')).toEqual(['Zink', '< 0,5', 'µg/l']);
  });

  it('reads a labelled value from the same cell or the next one', () => {
    expect(labelledValue(['Analysenummer: OC-1'], ['Analysenummer'])).toBe('OC-1');
    expect(labelledValue(['Analysenummer:\tOC-2'], ['Analysenummer'])).toBe('OC-2');
    expect(labelledValue(['Analysenummer\tOC-3'], ['Analysenummer'])).toBe('OC-3');
  });

  it('prefers the longer label, so "Tank volume" is not read as the tank name', () => {
    expect(labelledValue(['Tank volume: 800 litres\tTank: Reef'], ['Tank', 'Tank volume'])).toBe('800 litres');
    expect(labelledValue(['Tank volume: 800 litres\tTank: Reef'], ['Tank'])).toBe('Reef');
  });

  it('finds no value for a label the text does not print', () => {
    expect(labelledValue(['Berichtsdatum: 19.03.2025'], ['Probenahme'])).toBeUndefined();
  });
});
