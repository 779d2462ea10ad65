import { numberText } from '../../../shared/format';
import {
  ElementStatus,
  TestDetail,
  TestKind,
  needsAttention,
} from '../../../shared/tests/test-result';

/** One test as a column of the element table. */
export interface TableColumn {
  readonly testId: string;
  readonly kind: TestKind;
  readonly date: string;
  readonly label: string;
}

/** One reading in the table, in the row's unit where it converts (else in its own, named). */
export interface TableCell {
  readonly value: number | null;
  readonly text: string;
  readonly status: ElementStatus;
  /** Set when the reading could not be put in the row's unit and keeps its own. */
  readonly ownUnit?: string;
}

export interface TableRow {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  /** One per column; null where the test did not measure the element. */
  readonly cells: readonly (TableCell | null)[];
}

export interface ElementTable {
  /** Newest test first. */
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

// How many of each unit make one base unit, per kind of quantity; units of different kinds never mix.
const UNIT_SCALES: readonly Readonly<Record<string, number>>[] = [
  { 'mg/l': 1, ppm: 1, 'µg/l': 1000, 'ug/l': 1000, ppb: 1000, 'g/l': 0.001 },
  { dkh: 1, 'meq/l': 1 / 2.8 },
  { ppt: 1, psu: 1 },
];

/**
 * `value` in `from` expressed in `to`, or undefined when the two do not convert.
 *
 * @example convertReading(60, 'µg/l', 'mg/l'); // 0.06
 */
export function convertReading(value: number, from: string, to: string): number | undefined {
  const a = from.trim().toLowerCase();
  const b = to.trim().toLowerCase();
  if (a === b) return value;
  const scale = UNIT_SCALES.find((s) => s[a] !== undefined && s[b] !== undefined);
  return scale ? Number(((value / scale[a]) * scale[b]).toPrecision(10)) : undefined;
}

const readingText = (value: number) => numberText(value, 'significant');

/**
 * Elements as rows and tests as columns (newest first), each row in the unit of its newest reading.
 * Osmose (RO) rows stay out: they describe the top-off water, not the tank.
 */
export function elementTable(tests: readonly TestDetail[]): ElementTable {
  const ordered = [...tests].sort((a, b) => b.date.localeCompare(a.date));
  const columns = ordered.map((t) => ({
    testId: t.id,
    kind: t.kind,
    date: t.date,
    label: t.label,
  }));
  const rows = new Map<
    string,
    { name: string; canonical: string; unit: string; cells: (TableCell | null)[] }
  >();
  ordered.forEach((test, column) => {
    for (const element of test.elements) {
      if (element.status === 'RO') continue;
      const row = rows.get(element.elementId) ?? {
        name: element.name,
        canonical: element.canonical,
        unit: element.unit,
        cells: ordered.map(() => null),
      };
      rows.set(element.elementId, row);
      row.cells[column] = cellOf(element, row.unit);
    }
  });
  return {
    columns,
    rows: [...rows.entries()].map(([elementId, row]) => ({ elementId, ...row })),
  };
}

function cellOf(element: TestDetail['elements'][number], unit: string): TableCell {
  if (element.status === 'MISSING') return { value: null, text: '—', status: 'MISSING' };
  if (element.value === null || element.nonDetect) {
    return { value: null, text: element.printed ?? 'n.d.', status: element.status };
  }
  const converted = convertReading(element.value, element.unit, unit);
  return converted === undefined
    ? {
        value: element.value,
        text: `${readingText(element.value)} ${element.unit}`,
        status: element.status,
        ownUnit: element.unit,
      }
    : { value: converted, text: readingText(converted), status: element.status };
}

/** The newest reading of a row, with the test it came from. */
export interface LatestReading {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  readonly cell: TableCell;
  readonly column: TableColumn;
}

export function latestReadings(table: ElementTable): LatestReading[] {
  return table.rows.flatMap((row) => {
    const at = row.cells.findIndex((cell) => cell !== null && cell.status !== 'MISSING');
    return at === -1 ? [] : [{ ...row, cell: row.cells[at]!, column: table.columns[at] }];
  });
}

/** The parameters every keeper checks first, by canonical group, in the order they are shown. */
export const KEY_PARAMETERS: readonly { readonly canonical: string; readonly label: string }[] = [
  { canonical: 'alkalinity', label: 'Alkalinity' },
  { canonical: 'calcium', label: 'Calcium' },
  { canonical: 'magnesium', label: 'Magnesium' },
  { canonical: 'nitrogen', label: 'Nitrate' },
  { canonical: 'phosphorus', label: 'Phosphate' },
  { canonical: 'salinity', label: 'Salinity' },
];

/**
 * What home shows: the newest reading of each key parameter (the newest of its group, so a kit's
 * phosphate and a lab's phosphorus both count), and every element whose newest reading needs
 * attention, most urgent first.
 */
export function readingsAtAGlance(table: ElementTable): {
  readonly key: readonly { readonly label: string; readonly reading: LatestReading | null }[];
  readonly attention: readonly LatestReading[];
} {
  const latest = latestReadings(table);
  const newest = (canonical: string) =>
    latest
      .filter((r) => r.canonical.toLowerCase() === canonical)
      .sort((a, b) => b.column.date.localeCompare(a.column.date))[0] ?? null;
  const urgency = (status: string) => (status === 'CRITICAL' ? 0 : 1);
  return {
    key: KEY_PARAMETERS.map(({ canonical, label }) => ({ label, reading: newest(canonical) })),
    attention: latest
      .filter((r) => needsAttention(r.cell.status))
      .sort(
        (a, b) => urgency(a.cell.status) - urgency(b.cell.status) || a.name.localeCompare(b.name),
      ),
  };
}

const csvField = (value: string): string =>
  /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The table as CSV: element and unit, then per test (newest first) its reading and its status.
 * Numbers are plain (a dot for decimals); a reading in a unit of its own carries that unit.
 */
export function elementTableCsv(table: ElementTable): string {
  const header = [
    'Element',
    'Unit',
    ...table.columns.flatMap((c) => [`${c.date} ${c.label}`, `${c.date} ${c.label} status`]),
  ];
  const rows = table.rows.map((row) => [
    row.name,
    row.unit,
    ...row.cells.flatMap((cell) => {
      if (cell === null) return ['', ''];
      const value = cell.value === null || cell.ownUnit ? cell.text : String(cell.value);
      return [value, cell.status];
    }),
  ]);
  return [header, ...rows].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
