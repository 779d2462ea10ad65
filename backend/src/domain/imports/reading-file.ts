import { guessDecimalMark } from '../extraction/decimal-mark';
import { type DateOrder, guessDateOrder, parsePrintedDate } from '../extraction/printed-date';
import { type DecimalMark, type PrintedValue, readPrintedValue } from '../extraction/printed-number';
import { withoutUndefined } from '../extraction/without-undefined';
import { type CsvLine, readCsv, sniffDelimiter } from './csv-table';

/** At most this many readings in one file; a bigger history is imported in parts. */
export const MAX_IMPORT_READINGS = 1000;

/** Long: one reading per line (date, element, value, unit). Wide: one line per test day, one column per element. */
export type ImportLayout = 'long' | 'wide';

/** One reading of the file as written, before it is matched to the tank's elements. */
export interface FileReading {
  /** Line in the file (1-based, the header is line 1). */
  readonly line: number;
  /** The element as the file names it. */
  readonly element: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly value?: PrintedValue;
  readonly unit?: string;
  readonly lab?: string;
  readonly analysis?: string;
  /** RaM's element id, in RaM's own export. */
  readonly elementId?: string;
  /** A test id from RaM's own export: readings that shared a test stay together. */
  readonly group?: string;
  /** `ICP` or `MANUAL` in RaM's own export. */
  readonly kind?: string;
  /** Why the line cannot be read; the reading is then not imported. */
  readonly problem?: string;
}

export interface ReadingFile {
  readonly layout: ImportLayout;
  readonly decimal: DecimalMark;
  readonly dateOrder: DateOrder;
  readonly readings: readonly FileReading[];
  /** Columns that are neither an element nor something RaM reads (time, notes, …). */
  readonly ignoredColumns: readonly string[];
}

export type ReadingFileResult = ReadingFile | { readonly refused: string };

type Role = 'date' | 'element' | 'elementId' | 'value' | 'unit' | 'lab' | 'analysis' | 'group' | 'kind' | 'ignored';

// Header words of RaM's export and of lab portals, in English and German, compared without case,
// spaces or punctuation.
const ROLE_WORDS: Readonly<Record<Exclude<Role, 'ignored'>, readonly string[]>> = {
  date: [
    'date',
    'datum',
    'sampledate',
    'testdate',
    'testedon',
    'measuredon',
    'measuredat',
    'probenahme',
    'probenahmedatum',
    'messdatum',
    'timestamp',
    'day',
    'tag',
    'createdat',
  ],
  element: ['element', 'parameter', 'analyte', 'elementname', 'parametername', 'messgrosse', 'messgröße', 'test'],
  value: ['value', 'wert', 'result', 'ergebnis', 'messwert', 'reading', 'measurement', 'concentration', 'konzentration'],
  elementId: ['elementid'],
  unit: ['unit', 'units', 'einheit'],
  lab: ['lab', 'labor', 'laboratory', 'provider'],
  analysis: [
    'analysis',
    'analysisnumber',
    'analysisno',
    'analysenummer',
    'analysennummer',
    'auftragsnummer',
    'reportnumber',
    'reportid',
    'sampleid',
    'probennummer',
  ],
  group: ['testid'],
  kind: ['testkind', 'kind'],
};
// Columns a wide file may carry beside its elements that are not readings.
const NOT_ELEMENTS = [
  'time',
  'uhrzeit',
  'zeit',
  'notes',
  'note',
  'notiz',
  'notizen',
  'comment',
  'comments',
  'kommentar',
  'bemerkung',
  'tank',
  'aquarium',
  'tankid',
  'status',
  'id',
];

const key = (header: string) => header.toLowerCase().replace(/[\s_\-./#()[\]]/g, '');

function roleOf(header: string): Role | undefined {
  const k = key(header);
  for (const [role, words] of Object.entries(ROLE_WORDS) as [Role, readonly string[]][]) if (words.includes(k)) return role;
  return NOT_ELEMENTS.includes(k) ? 'ignored' : undefined;
}

/** "Calcium (mg/l)", "Ca [mg/L]" → name and unit; a plain header has no unit. */
export function splitHeader(header: string): { name: string; unit?: string } {
  const m = /^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(header);
  return m && m[1] ? { name: m[1], unit: m[2] } : { name: header };
}

function dateOf(cell: string, order: DateOrder): string | undefined {
  const text = cell.replace(/^(\d{4}-\d{1,2}-\d{1,2})[T ].*$/, '$1');
  // The whole cell must be the date (and perhaps a time), not a date inside other words.
  if (!/^[\d./\-\s:]+$|^\d{1,2}\.?\s+[A-Za-zÄä]{3,}\.?\s+\d{4}$/.test(text)) return undefined;
  return parsePrintedDate(text, order);
}

function readValue(cell: string, decimal: DecimalMark): PrintedValue | undefined {
  return readPrintedValue(cell.replace(/\s+/g, ' '), decimal);
}

/**
 * Reads a CSV of readings in RaM's own export shape or a lab portal's: long (one reading per line,
 * columns date, element, value, unit) or wide (one line per test day, a column per element, the unit
 * in the header as "Calcium (mg/l)" or on a line of its own). The delimiter (`,` `;` tab), the
 * decimal mark and the order of numeric dates come from the file itself; ISO dates always read.
 * A line that cannot be read keeps its problem; a file with no header RaM understands is refused.
 *
 * @example (readReadingFile('date,element,value,unit\n2026-03-02,Calcium,420,mg/l') as ReadingFile).readings[0]
 * // { line: 2, element: 'Calcium', date: '2026-03-02', value: { value: 420, nonDetect: false }, unit: 'mg/l' }
 */
export function readReadingFile(text: string): ReadingFileResult {
  if (text.trim() === '') return { refused: 'The file is empty.' };
  const delimiter = sniffDelimiter(text.replace(/^\uFEFF/, ''));
  const lines = readCsv(text, delimiter);
  const [header, ...body] = lines;
  if (!header || body.length === 0) return { refused: 'The file has a header but no readings.' };
  const roles = header.cells.map(roleOf);
  const column = (role: Role) => roles.indexOf(role);
  if (column('date') < 0) return { refused: 'No date column: name the column with the test date "date" (or "Datum").' };
  const long = column('element') >= 0 && column('value') >= 0;
  const elementColumns = long ? [] : header.cells.flatMap((h, i) => (roles[i] === undefined && h !== '' ? [i] : []));
  if (!long && elementColumns.length === 0)
    return { refused: 'No readings found: use columns date, element, value, unit, or a date column with one column per element.' };

  const dateCells = body.map((l) => l.cells[column('date')] ?? '');
  const valueCells = long
    ? body.map((l) => l.cells[column('value')] ?? '')
    : body.flatMap((l) => elementColumns.map((i) => l.cells[i] ?? ''));
  const order = guessDateOrder(dateCells.join('\n'), 'dmy');
  const decimal = guessDecimalMark(valueCells.join('\n'), delimiter === ',' ? 'point' : 'comma');

  const cell = (l: CsvLine, role: Role) => (column(role) >= 0 ? l.cells[column(role)] || undefined : undefined);
  const reading = (l: CsvLine, element: string, valueText: string, unit: string | undefined): FileReading => {
    const dateText = cell(l, 'date') ?? '';
    const date = dateOf(dateText, order);
    const value = readValue(valueText, decimal);
    const problem = !date
      ? dateText === ''
        ? 'no date'
        : `"${dateText}" is not a date (use 2026-03-14 or 14.03.2026)`
      : !value
        ? `"${valueText}" is not a number`
        : undefined;
    return withoutUndefined<FileReading>({
      line: l.line,
      element,
      elementId: long ? cell(l, 'elementId') : undefined,
      date,
      value,
      unit,
      lab: cell(l, 'lab'),
      analysis: cell(l, 'analysis'),
      group: cell(l, 'group'),
      kind: cell(l, 'kind'),
      problem,
    });
  };

  let readings: FileReading[];
  if (long) {
    // A line without a value measured nothing (RaM's export writes elements a report missed so), as an empty wide cell.
    readings = body
      .filter((l) => (l.cells[column('value')] ?? '') !== '')
      .map((l) => reading(l, cell(l, 'element') ?? '', l.cells[column('value')]!, cell(l, 'unit')));
  } else {
    // A line of units under the header (some portals print one): no date, and words where values go.
    const unitLine =
      !dateOf(body[0]!.cells[column('date')] ?? '', order) && elementColumns.some((i) => /[a-zµ°%]/i.test(body[0]!.cells[i] ?? ''));
    const rows = unitLine ? body.slice(1) : body;
    const headers = elementColumns.map((i) => {
      const split = splitHeader(header.cells[i]!);
      return { i, name: split.name, unit: split.unit ?? (unitLine ? body[0]!.cells[i] || undefined : undefined) };
    });
    readings = rows.flatMap((l) =>
      headers.filter((h) => (l.cells[h.i] ?? '') !== '').map((h) => reading(l, h.name, l.cells[h.i]!, h.unit)),
    );
  }
  if (readings.length === 0) return { refused: 'The file has a header but no readings.' };
  if (readings.length > MAX_IMPORT_READINGS)
    return { refused: `The file holds ${readings.length} readings; import at most ${MAX_IMPORT_READINGS} at a time.` };
  const ignoredColumns = header.cells.filter((h, i) => roles[i] === 'ignored' || (long && roles[i] === undefined && h !== ''));
  return { layout: long ? 'long' : 'wide', decimal, dateOrder: order, readings, ignoredColumns };
}
