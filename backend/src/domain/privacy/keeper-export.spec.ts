import { csvCell, csvFiles, groupTests, keeperExport, readingRows, toCsv } from './keeper-export';

describe('keeper export', () => {
  const header = {
    test_id: 't1',
    item: 'HEADER',
    user_id: 'u',
    user_id_tank_id: 'u#k',
    test_date_id: '2026-03-01#t1',
    kind: 'MANUAL',
    tank_id: 'k',
    test_date: '2026-03-01',
    status: 'DONE',
  };
  const calcium = {
    test_id: 't1',
    item: 'ELEMENT#calcium',
    element_id: 'calcium',
    display_name: 'Calcium',
    value: 420,
    unit: 'mg/l',
    eval_status: 'OK',
  };
  const alk = {
    test_id: 't1',
    item: 'ELEMENT#alkalinity',
    element_id: 'alkalinity',
    display_name: 'Alkalinity',
    value: 7.1,
    unit: 'dKH',
    eval_status: 'LOW',
  };
  const older = { ...header, test_id: 't0', test_date: '2026-02-01' };

  it('groups element rows under their test header, newest test first, elements by id', () => {
    const tests = groupTests([calcium, older, header, alk]);
    expect(tests.map((t) => t.test_id)).toEqual(['t1', 't0']);
    expect(tests[0].elements.map((e) => e.element_id)).toEqual(['alkalinity', 'calcium']);
    expect(tests[0]).not.toHaveProperty('user_id_tank_id');
    expect(tests[0]).not.toHaveProperty('item');
    expect(tests[0].elements[0]).toEqual({
      element_id: 'alkalinity',
      display_name: 'Alkalinity',
      value: 7.1,
      unit: 'dKH',
      eval_status: 'LOW',
    });
  });

  it('drops element rows whose header is missing', () => {
    expect(groupTests([calcium])).toEqual([]);
  });

  it('puts every kind in the JSON document, empty where the keeper has none', () => {
    const doc = keeperExport(
      { tests: [header, calcium], profile: [{ user_id: 'u', email: 'k@reef.test' }] },
      new Date('2026-03-02T10:00:00Z'),
    );
    expect(doc).toMatchObject({
      format: 'json',
      exportedAt: '2026-03-02T10:00:00.000Z',
      profile: { email: 'k@reef.test' },
      doses: [],
      programs: [],
      reviews: [],
      targets: [],
      templates: [],
    });
    expect(doc.tests[0].elements).toHaveLength(1);
  });

  it.each([
    [420, '420'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-cmd', "'-cmd"],
    ['-0.5', '-0.5'],
    [null, ''],
    [{ low: 1, high: 2 }, '"{""low"":1,""high"":2}"'],
  ])('writes the cell %p as %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes the element-by-test CSV with date, element, value, unit first', () => {
    const doc = keeperExport({ tests: [header, calcium, alk] }, new Date('2026-03-02T10:00:00Z'));
    const lines = csvFiles(doc)['tests.csv'].trim().split('\r\n');
    expect(lines[0]).toBe('date,element,value,unit,element_id,status,test_id,test_kind,lab,tank_id');
    expect(lines.slice(1)).toEqual([
      '2026-03-01,Alkalinity,7.1,dKH,alkalinity,LOW,t1,MANUAL,,k',
      '2026-03-01,Calcium,420,mg/l,calcium,OK,t1,MANUAL,,k',
    ]);
    expect(readingRows(doc.tests)).toHaveLength(2);
  });

  it('prints a lab’s non-detects as the lab does, so an import reads them back', () => {
    const icp = { test_id: 't2', item: 'HEADER', test_date: '2026-03-01', kind: 'ICP', lab: 'OCEAMO', tank_id: 'k' };
    const below = {
      test_id: 't2',
      item: 'ELEMENT#zinc',
      element_id: 'zinc',
      display_name: 'Zinc',
      value: null,
      unit: 'µg/l',
      non_detect: true,
      detection_limit: 0.5,
    };
    const none = {
      test_id: 't2',
      item: 'ELEMENT#tin',
      element_id: 'tin',
      display_name: 'Tin',
      value: null,
      unit: 'µg/l',
      non_detect: true,
    };
    const doc = keeperExport({ tests: [icp, below, none] }, new Date('2026-03-02T10:00:00Z'));
    expect(readingRows(doc.tests).map((r) => [r.element, r.value])).toEqual([
      ['Tin', 'n.n.'],
      ['Zinc', '< 0.5'],
    ]);
  });

  it('uses the union of attributes as columns when none are given', () => {
    expect(toCsv([{ b: 1 }, { a: 2 }])).toBe('a,b\r\n,1\r\n2,\r\n');
    expect(toCsv([])).toBe('\r\n');
  });
});
