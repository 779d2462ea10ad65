import { defaultCanon } from '../canon';
import { readReportRows } from './layout-reader';

const canon = defaultCanon();
const read = (lines: string[], decimal: 'comma' | 'point' = 'comma') =>
  readReportRows(lines, decimal, canon).rows.map(({ row, ro }) => ({
    name: row.name,
    printed: row.printed,
    value: row.reading.value,
    unit: row.unit,
    ro,
  }));

describe('readReportRows', () => {
  it.each([
    ['name, symbol, value, unit', ['Kupfer\tCu\t1,2\tµg/l'], { name: 'Kupfer', value: 1.2, unit: 'µg/l' }],
    ['symbol before the name', ['Cu\tCopper\t0.62\tµg/l'], { name: 'Copper', value: 0.62, unit: 'µg/l' }],
    [
      '"Name (Symbol)" and value and unit in one cell',
      ['Kupfer (Cu)\t24,00 µg/l\t0,5 – 3'],
      { name: 'Kupfer (Cu)', value: 24, unit: 'µg/l' },
    ],
    ['a boxed symbol run into the name', ['Cu Copper\t0.8\tµg/l'], { name: 'Copper', value: 0.8, unit: 'µg/l' }],
    ['grouped thousands', ['Natrium\tNa\t10.780\tmg/l'], { name: 'Natrium', value: 10780, unit: 'mg/l' }],
    ['a non-detect word', ['Zinn\tSn\tn.n.\tµg/l'], { name: 'Zinn', value: null, unit: 'µg/l' }],
    ['"< x"', ['Blei\tPb\t< 0,1\tµg/l'], { name: 'Blei', printed: '< 0,1', value: null }],
    ['an ion: the value is PO4', ['Phosphat\tPO4\t0,046\tmg/l'], { name: 'Phosphat', value: 0.046, unit: 'mg/l PO4' }],
  ])('reads %s', (_, lines, expected) => {
    expect(read(lines)[0]).toMatchObject(expected);
  });

  it('takes the value column the header names, not the setpoint before it', () => {
    const rows = read([
      'Element\tSymbol\tSollwert\tIst-Wert\tEinheit\tEmpfehlung',
      'Natrium\tNa\t10.780\t10.710\tmg/l',
      'Chrom\tCr\t0,3\tn.g.\tµg/l',
    ]);
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['Natrium', 10710],
      ['Chrom', null],
    ]);
  });

  it('takes the unit from the section heading when the rows print none', () => {
    expect(read(['Trace elements (µg/l)', 'Cu\tCopper\t0.62\t0.5 - 3'], 'point')[0]).toMatchObject({ value: 0.62, unit: 'µg/l' });
  });

  it('reads two elements printed side by side on one line', () => {
    expect(read(['Natrium (Na)\t10.780\tmg/l\tKalium (K)\t398\tmg/l']).map((r) => r.name)).toEqual(['Natrium (Na)', 'Kalium (K)']);
  });

  it('reads a card: the element alone on a line, its value on a labelled line below, the ideal ignored', () => {
    expect(read(['Calcium\tCa', 'Your value:\t436 mg/l', 'Ideal value:\t430 mg/l'], 'point')).toEqual([
      { name: 'Calcium', printed: '436', value: 436, unit: 'mg/l', ro: false },
    ]);
  });

  it('never reads a line whose first cell after the name is a word (an ideal line, a status)', () => {
    expect(read(['Sodium\tIdeal 10780', 'Na\t10920\tmg/l\tNORMAL'], 'point').map((r) => r.value)).toEqual([10920]);
  });

  it('turns rows under an RO heading into RO rows until a tank-water heading, keeping sections inside blocks', () => {
    const rows = read(
      [
        'Results of Salt water',
        'Major elements',
        'Na\t10920\tmg/l',
        'Results of Osmosis water',
        'Major elements',
        'Na\t0.35\tmg/l',
        'Results of Salt water',
        'Cu\t0.8\tµg/l',
      ],
      'point',
    );
    expect(rows.map((r) => r.ro)).toEqual([false, true, false]);
  });

  it('keeps a line shaped like a row but naming no element aside', () => {
    expect(readReportRows(['Gold\tAu\t0,1\tµg/l'], 'comma', canon)).toEqual({ rows: [], unknown: ['Gold\tAu\t0,1\tµg/l'] });
  });
});
