import { readCsv, sniffDelimiter } from './csv-table';
import { type ReadingFile, readReadingFile, splitHeader } from './reading-file';

const read = (csv: string) => readReadingFile(csv) as ReadingFile;
const brief = (csv: string) => read(csv).readings.map((r) => [r.line, r.element, r.date, r.value?.value ?? r.problem, r.unit]);

describe('readCsv', () => {
  it.each([
    [
      'date,element\n2026-03-02,Calcium',
      ',',
      [
        ['date', 'element'],
        ['2026-03-02', 'Calcium'],
      ],
    ],
    [
      'Datum;Wert\n02.03.2026;8,1',
      ';',
      [
        ['Datum', 'Wert'],
        ['02.03.2026', '8,1'],
      ],
    ],
    [
      'a\tb\n1\t2',
      '\t',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n',
      ',',
      [
        ['a', 'b'],
        ['x, y', 'say "hi"'],
      ],
    ],
    [
      'a,b\n"two\nlines",3',
      ',',
      [
        ['a', 'b'],
        ['two\nlines', '3'],
      ],
    ],
  ])('reads %j', (csv, delimiter, cells) => {
    expect(sniffDelimiter(csv.replace(/^\uFEFF/, ''))).toBe(delimiter);
    expect(readCsv(csv).map((l) => l.cells)).toEqual(cells);
  });

  it('numbers each line as the file does, across quoted line breaks and blank lines', () => {
    expect(readCsv('a,b\n"x\ny",1\n\n2,3').map((l) => l.line)).toEqual([1, 2, 5]);
  });
});

describe('splitHeader', () => {
  it.each([
    ['Calcium (mg/l)', { name: 'Calcium', unit: 'mg/l' }],
    ['Ca [mg/L]', { name: 'Ca', unit: 'mg/L' }],
    ['KH', { name: 'KH' }],
  ])('splits %s', (header, split) => expect(splitHeader(header)).toEqual(split));
});

describe('readReadingFile', () => {
  it('reads RaM’s own element-by-test export (long, ISO dates, decimal point)', () => {
    const csv = [
      'date,element,value,unit,element_id,status,test_id,test_kind,lab,tank_id',
      '2026-03-01,Copper,12,µg/l,copper,CRITICAL,t-1,ICP,OCEAMO,tank-1',
      '2026-03-01,Calcium,415.5,mg/l,calcium,OK,t-1,ICP,OCEAMO,tank-1',
      '2026-03-04,Alkalinity,8.1,dKH,alkalinity,OK,t-2,MANUAL,,tank-1',
    ].join('\r\n');
    const sut = read(csv);
    expect(sut).toMatchObject({ layout: 'long', decimal: 'point', ignoredColumns: ['status', 'tank_id'] });
    expect(sut.readings[0]).toEqual({
      line: 2,
      element: 'Copper',
      elementId: 'copper',
      date: '2026-03-01',
      value: { value: 12, nonDetect: false },
      unit: 'µg/l',
      lab: 'OCEAMO',
      group: 't-1',
      kind: 'ICP',
    });
    expect(sut.readings[2]).toMatchObject({ element: 'Alkalinity', value: { value: 8.1 }, group: 't-2', kind: 'MANUAL' });
    expect(sut.readings[2]).not.toHaveProperty('lab');
  });

  it('reads a German long export: semicolons, decimal comma, day-first dates, German headers', () => {
    const csv = 'Datum;Parameter;Messwert;Einheit\n02.03.2026;Calcium;420;mg/l\n02.03.2026;KH;7,8;dKH\n9.3.26;Nitrat;2,5;mg/l\n';
    expect(read(csv)).toMatchObject({ layout: 'long', decimal: 'comma', dateOrder: 'dmy' });
    expect(brief(csv)).toEqual([
      [2, 'Calcium', '2026-03-02', 420, 'mg/l'],
      [3, 'KH', '2026-03-02', 7.8, 'dKH'],
      [4, 'Nitrat', '2026-03-09', 2.5, 'mg/l'],
    ]);
  });

  it('reads a wide lab-portal table: one line per day, units in the headers, empty cells skipped', () => {
    const csv =
      'Sample Date,Calcium (mg/l),Magnesium (mg/l),Alkalinity (dKH),Notes\n2026-02-01,430,1380,8.2,after water change\n2026-02-08,,1360,7.9,\n';
    expect(read(csv)).toMatchObject({ layout: 'wide', ignoredColumns: ['Notes'] });
    expect(brief(csv)).toEqual([
      [2, 'Calcium', '2026-02-01', 430, 'mg/l'],
      [2, 'Magnesium', '2026-02-01', 1380, 'mg/l'],
      [2, 'Alkalinity', '2026-02-01', 8.2, 'dKH'],
      [3, 'Magnesium', '2026-02-08', 1360, 'mg/l'],
      [3, 'Alkalinity', '2026-02-08', 7.9, 'dKH'],
    ]);
  });

  it('takes units from a line of their own under the header, and a time after an ISO date', () => {
    const csv = 'Date;Ca;Mg;PO4\n;mg/l;mg/l;mg/l\n2026-02-01T09:30:00;425;1350;0,05\n';
    expect(brief(csv)).toEqual([
      [3, 'Ca', '2026-02-01', 425, 'mg/l'],
      [3, 'Mg', '2026-02-01', 1350, 'mg/l'],
      [3, 'PO4', '2026-02-01', 0.05, 'mg/l'],
    ]);
  });

  it('reads month-first dates when the file’s own dates can only be US order', () => {
    const csv = 'date,element,value\n03/14/2026,Calcium,420\n03/02/2026,Calcium,425\n';
    expect(read(csv).dateOrder).toBe('mdy');
    expect(read(csv).readings.map((r) => r.date)).toEqual(['2026-03-14', '2026-03-02']);
  });

  it('keeps lab non-detects, a problem for each line it cannot read, and passes over lines without a value', () => {
    const csv =
      'date,element,value,unit,lab\n2026-03-01,Copper,< 0.5,µg/l,Oceamo\n2026-03-01,Zinc,n.n.,µg/l,Oceamo\nyesterday,Calcium,420,mg/l,\n31.02.2026,Calcium,420,mg/l,\n2026-03-01,Calcium,lots,mg/l,\n2026-03-01,Calcium,,mg/l,\n';
    const sut = read(csv).readings;
    expect(sut[0]).toMatchObject({ value: { value: null, nonDetect: true, detectionLimit: 0.5 }, lab: 'Oceamo' });
    expect(sut[1]).toMatchObject({ value: { value: null, nonDetect: true } });
    expect(sut.slice(2).map((r) => r.problem)).toEqual([
      '"yesterday" is not a date (use 2026-03-14 or 14.03.2026)',
      '"31.02.2026" is not a date (use 2026-03-14 or 14.03.2026)',
      '"lots" is not a number',
    ]);
    expect(sut.map((r) => r.line)).not.toContain(7);
  });

  it.each([
    ['', 'The file is empty.'],
    ['date,element,value\n', 'The file has a header but no readings.'],
    ['element,value\nCalcium,420\n', 'No date column: name the column with the test date "date" (or "Datum").'],
    [
      'date,notes\n2026-03-01,water change\n',
      'No readings found: use columns date, element, value, unit, or a date column with one column per element.',
    ],
  ])('refuses %j', (csv, refused) => expect(readReadingFile(csv)).toEqual({ refused }));

  it('refuses a file of more than 1000 readings', () => {
    const lines = Array.from({ length: 1001 }, (_, i) => `2026-01-01,Calcium,${400 + (i % 50)}`);
    expect(readReadingFile(['date,element,value', ...lines].join('\n'))).toEqual({
      refused: 'The file holds 1001 readings; import at most 1000 at a time.',
    });
  });
});
