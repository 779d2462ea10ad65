import { describe, expect, it } from 'vitest';
import { ElementResult, TestDetail } from '../../../shared/tests/test-result';
import { convertReading, elementTable, elementTableCsv, readingsAtAGlance } from './element-table';

const element = (
  fields: Partial<ElementResult> & Pick<ElementResult, 'elementId'>,
): ElementResult => ({
  name: fields.elementId[0].toUpperCase() + fields.elementId.slice(1),
  canonical: fields.elementId,
  category: 'major',
  unit: 'mg/l',
  value: 1,
  status: 'OK',
  ...fields,
});
const test = (
  id: string,
  date: string,
  elements: ElementResult[],
  kind: TestDetail['kind'] = 'ICP',
): TestDetail => ({
  id,
  kind,
  status: 'DONE',
  date,
  label: kind === 'ICP' ? 'ICP OCEAMO' : 'Manual test',
  elements,
});

describe('convertReading', () => {
  it.each([
    [60, 'µg/l', 'mg/l', 0.06],
    [0.07, 'mg/l', 'µg/l', 70],
    [2.5, 'meq/l', 'dKH', 7],
    [35, 'psu', 'ppt', 35],
    [8, 'dKH', 'mg/l', undefined],
  ])('%s %s in %s is %s', (value, from, to, expected) => {
    expect(convertReading(value, from, to)).toBe(expected);
  });
});

describe('elementTable', () => {
  const tests = [
    test('icp-1', '2026-10-01', [
      element({ elementId: 'calcium', value: 410, status: 'OK' }),
      element({ elementId: 'iodine', unit: 'µg/l', value: 40, status: 'LOW' }),
      element({ elementId: 'calcium-ro', status: 'RO' }),
    ]),
    test(
      'manual-1',
      '2026-11-01',
      [element({ elementId: 'iodine', value: 0.06, status: 'OK' })],
      'MANUAL',
    ),
    test(
      'manual-2',
      '2026-10-15',
      [
        element({
          elementId: 'alkalinity',
          canonical: 'alkalinity',
          unit: 'dKH',
          value: 6.2,
          status: 'LOW',
        }),
      ],
      'MANUAL',
    ),
  ];

  it('puts tests newest first as columns and each element in the unit of its newest reading', () => {
    const sut = elementTable(tests);
    expect(sut.columns.map((c) => c.testId)).toEqual(['manual-1', 'manual-2', 'icp-1']);
    const iodine = sut.rows.find((r) => r.elementId === 'iodine')!;
    expect(iodine.unit).toBe('mg/l');
    expect(iodine.cells.map((c) => c && [c.value, c.status])).toEqual([
      [0.06, 'OK'],
      null,
      [0.04, 'LOW'],
    ]);
    expect(sut.rows.map((r) => r.elementId)).not.toContain('calcium-ro');
  });

  it('names the newest key readings and what needs attention, as the API judged it', () => {
    const sut = readingsAtAGlance(elementTable(tests));
    expect(sut.key.map((k) => [k.label, k.reading?.cell.text ?? null])).toEqual([
      ['Alkalinity', '6.2'],
      ['Calcium', '410'],
      ['Magnesium', null],
      ['Nitrate', null],
      ['Phosphate', null],
      ['Salinity', null],
    ]);
    // Iodine was low on the ICP but fine on the newer kit test: only alkalinity is still off.
    expect(sut.attention.map((r) => [r.name, r.cell.status, r.column.testId])).toEqual([
      ['Alkalinity', 'LOW', 'manual-2'],
    ]);
  });

  it('downloads as CSV with a reading and a status per test', () => {
    const csv = elementTableCsv(elementTable(tests)).split('\r\n');
    expect(csv[0]).toBe(
      'Element,Unit,2026-11-01 Manual test,2026-11-01 Manual test status,2026-10-15 Manual test,2026-10-15 Manual test status,2026-10-01 ICP OCEAMO,2026-10-01 ICP OCEAMO status',
    );
    expect(csv).toContain('Iodine,mg/l,0.06,OK,,,0.04,LOW');
    expect(csv).toContain('Calcium,mg/l,,,,,410,OK');
  });
});
