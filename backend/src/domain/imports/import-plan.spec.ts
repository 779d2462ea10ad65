import { canonicalFor, convert } from '../canon';
import { type ImportCatalogue, type ImportElement, type ImportRules, planImport, repeatedIn, withoutTest } from './import-plan';
import { type ReadingFile, readReadingFile } from './reading-file';

const el = (elementId: string, name: string, canonical: string, unit: string): ImportElement => ({ elementId, name, canonical, unit });
const catalogue: ImportCatalogue = {
  manual: [
    el('alkalinity', 'Alkalinity', 'Alkalinity', 'dKH'),
    el('calcium', 'Calcium', 'Calcium', 'mg/l'),
    el('magnesium', 'Magnesium', 'Magnesium', 'mg/l'),
    el('nitrate', 'Nitrate', 'Nitrogen', 'mg/l'),
    el('copper', 'Copper', 'Copper', 'mg/l'),
  ],
  labs: {
    OCEAMO: [el('calcium', 'Calcium', 'Calcium', 'mg/l'), el('copper', 'Copper', 'Copper', 'µg/l'), el('zinc', 'Zinc', 'Zinc', 'µg/l')],
    FAUNA_MARIN: [el('calcium', 'Calcium', 'Calcium', 'mg/l')],
  },
};
// Written out here rather than read from the reference defaults: 100–1000 mg/l of calcium, 4–20 dKH.
const BOUNDS: Record<string, { low: number; high: number; unit: string }> = {
  calcium: { low: 100, high: 1000, unit: 'mg/l' },
  alkalinity: { low: 2, high: 20, unit: 'dKH' },
};
const rules: ImportRules = { canonicalOf: canonicalFor, convert, plausibleFor: (e) => BOUNDS[e.elementId], today: '2026-03-10' };
const plan = (csv: string) => planImport(readReadingFile(csv) as ReadingFile, catalogue, rules);

describe('planImport', () => {
  it('groups a long file into one manual test per day, converting into each element’s unit', () => {
    const sut = plan(
      'date,element,value,unit\n2026-03-02,Calcium,420,ppm\n2026-03-02,KH,2.86,meq/l\n2026-03-02,Kupfer,12,µg/l\n2026-03-05,Ca,430,mg/l\n',
    );
    expect(sut.refused).toBeUndefined();
    expect(sut.tests).toEqual([
      {
        kind: 'MANUAL',
        date: '2026-03-02',
        readings: [
          { line: 2, elementId: 'calcium', value: 420 },
          { line: 3, elementId: 'alkalinity', value: 8.008 },
          { line: 4, elementId: 'copper', value: 0.012 },
        ],
      },
      { kind: 'MANUAL', date: '2026-03-05', readings: [{ line: 5, elementId: 'calcium', value: 430 }] },
    ]);
    expect(sut.rows[1]).toEqual({
      line: 3,
      element: 'KH',
      date: '2026-03-02',
      value: 2.86,
      unit: 'meq/l',
      status: 'ok',
      elementId: 'alkalinity',
      name: 'Alkalinity',
      saved: { value: 8.008, unit: 'dKH' },
      test: 0,
    });
  });

  it('gives each bad line its own problem and keeps the good ones', () => {
    const sut = plan(
      [
        'date,element,value,unit',
        '2026-03-02,Calcium,420,mg/l',
        '2026-03-02,Unobtainium,3,mg/l',
        '2026-03-02,Magnesium,1350,dKH',
        '2026-03-02,Calcium,4200,mg/l',
        '2026-03-02,Alkalinity,42,dKH',
        '2026-03-02,Calcium,425,mg/l',
        '2026-04-01,Calcium,425,mg/l',
        '2026-03-03,Calcium,n.n.,mg/l',
        'soon,Calcium,420,mg/l',
      ].join('\n'),
    );
    expect(sut.rows.map((r) => [r.line, r.status, r.problem])).toEqual([
      [2, 'ok', undefined],
      [3, 'error', 'unknown element "Unobtainium"'],
      [4, 'error', 'unit "dKH" does not convert to mg/l for Magnesium'],
      [5, 'error', '4200 mg/l is more than a reef tank can hold (100–1000 mg/l): check the value or the unit'],
      [6, 'error', '42 dKH is more than a reef tank can hold (2–20 dKH): check the value or the unit'],
      [7, 'error', 'Calcium is already in this test (line 2)'],
      [8, 'error', '2026-04-01 is in the future'],
      [9, 'error', 'a kit reading needs a number, not a non-detect'],
      [10, 'error', '"soon" is not a date (use 2026-03-14 or 14.03.2026)'],
    ]);
    expect(sut.tests).toEqual([{ kind: 'MANUAL', date: '2026-03-02', readings: [{ line: 2, elementId: 'calcium', value: 420 }] }]);
  });

  it('makes an ICP test per lab, day and analysis when the file names the lab, with non-detects', () => {
    const sut = plan(
      'Datum;Labor;Analysenummer;Element;Wert;Einheit\n01.03.2026;Oceamo;A-77;Kupfer;< 0,5;µg/l\n01.03.2026;Oceamo;A-77;Zink;4,2;µg/l\n01.03.2026;Fauna Marin;FM-1;Calcium;0,41;g/l\n01.03.2026;Triton;T-1;Calcium;410;mg/l\n',
    );
    expect(sut.tests).toEqual([
      {
        kind: 'ICP',
        date: '2026-03-01',
        lab: 'OCEAMO',
        analysisNumber: 'A-77',
        readings: [
          { line: 2, elementId: 'copper', value: null, notDetected: true, detectionLimit: 0.5 },
          { line: 3, elementId: 'zinc', value: 4.2 },
        ],
      },
      {
        kind: 'ICP',
        date: '2026-03-01',
        lab: 'FAUNA_MARIN',
        analysisNumber: 'FM-1',
        readings: [{ line: 4, elementId: 'calcium', value: 410 }],
      },
      // Triton is no lab of this catalogue: its line is read as a kit reading.
      { kind: 'MANUAL', date: '2026-03-01', readings: [{ line: 5, elementId: 'calcium', value: 410 }] },
    ]);
  });

  it('keeps the tests of RaM’s own export together and refuses an ICP reading without its lab', () => {
    const sut = plan(
      'date,element,value,unit,element_id,status,test_id,test_kind,lab,tank_id\n2026-03-01,Copper,12,µg/l,copper,HIGH,t-1,ICP,OCEAMO,x\n2026-03-01,Copper,0.01,mg/l,copper,OK,t-2,MANUAL,,x\n2026-03-01,Calcium,410,mg/l,calcium,OK,t-3,ICP,,x\n',
    );
    expect(sut.tests.map((t) => [t.kind, t.lab, t.readings.map((r) => [r.elementId, r.value])])).toEqual([
      ['ICP', 'OCEAMO', [['copper', 12]]],
      ['MANUAL', undefined, [['copper', 0.01]]],
    ]);
    expect(sut.rows[2]).toMatchObject({ status: 'error', problem: 'an ICP reading needs its lab (OCEAMO, FAUNA_MARIN)' });
  });

  it('refuses a file with no reading to import, and one with more than 50 tests', () => {
    expect(plan('date,element,value\n2026-03-01,Unobtainium,1\n').refused).toBe(
      'No reading in the file can be imported: see the problem on each line.',
    );
    const days = Array.from({ length: 51 }, (_, i) => `${new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)},Calcium,420`);
    expect(plan(['date,element,value', ...days].join('\n')).refused).toBe('The file holds 51 tests; import at most 50 at a time.');
  });
});

describe('withoutTest', () => {
  it('turns the readings of the dropped test into problems and renumbers the later tests', () => {
    const two = plan('date,element,value\n2026-03-01,Calcium,420\n2026-03-02,Calcium,425\n2026-03-03,Calcium,430\n');
    const sut = withoutTest(two, 1, 'not today');
    expect(sut.tests.map((t) => t.date)).toEqual(['2026-03-01', '2026-03-03']);
    expect(sut.rows.map((r) => [r.status, r.test, r.problem])).toEqual([
      ['ok', 0, undefined],
      ['error', undefined, 'not today'],
      ['ok', 1, undefined],
    ]);
    expect(sut.rows[1]).not.toHaveProperty('saved');
    expect(withoutTest(withoutTest(sut, 0, 'x'), 0, 'y').refused).toBe(
      'No reading in the file can be imported: see the problem on each line.',
    );
  });
});

describe('repeatedIn', () => {
  const [first] = plan('date,element,value,unit\n2026-03-02,Calcium,420,mg/l\n2026-03-02,KH,8.1,dKH\n').tests;
  const existing = (values: [string, number | null][], kind: 'MANUAL' | 'ICP' = 'MANUAL', date = '2026-03-02') => ({
    testId: 't1',
    kind,
    date,
    values: new Map(values),
  });

  it.each([
    [
      'the same readings on the same day',
      [
        existing([
          ['calcium', 420],
          ['alkalinity', 8.1],
          ['magnesium', 1350],
        ]),
      ],
      't1',
    ],
    [
      'the same values written with float noise',
      [
        existing([
          ['calcium', 420.0000001],
          ['alkalinity', 8.1],
        ]),
      ],
      't1',
    ],
    [
      'a changed value',
      [
        existing([
          ['calcium', 425],
          ['alkalinity', 8.1],
        ]),
      ],
      undefined,
    ],
    ['a reading the test lacks', [existing([['calcium', 420]])], undefined],
    [
      'another day',
      [
        existing(
          [
            ['calcium', 420],
            ['alkalinity', 8.1],
          ],
          'MANUAL',
          '2026-03-03',
        ),
      ],
      undefined,
    ],
    [
      'another kind',
      [
        existing(
          [
            ['calcium', 420],
            ['alkalinity', 8.1],
          ],
          'ICP',
        ),
      ],
      undefined,
    ],
  ])('finds %s', (_, tests, found) => expect(repeatedIn(first!, tests)?.testId).toBe(found));
});
