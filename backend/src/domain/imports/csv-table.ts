/** A CSV file read into lines of cells, each line with its number in the file (1-based). */
export interface CsvLine {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [';', '\t', ','];

/**
 * The delimiter of a CSV from its first line: the one that splits it into the most cells outside
 * quotes. Files written with a decimal comma use semicolons, so `;` wins a tie with `,`.
 *
 * @example sniffDelimiter('Datum;Calcium;Magnesium\n02.03.2026;420;1350') // ';'
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => splitLine(first, d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}

function splitLine(line: string, delimiter: string): string[] {
  return readCsv(line, delimiter as CsvDelimiter)[0]?.cells.slice() ?? [''];
}

/**
 * Reads RFC 4180 CSV: quoted cells may hold the delimiter, doubled quotes and line breaks; a BOM
 * and blank lines are skipped; cells are trimmed.
 *
 * @example readCsv('date,element\n"2026-03-02","Calcium, total"', ',')[1].cells // ['2026-03-02', 'Calcium, total']
 */
export function readCsv(text: string, delimiter: CsvDelimiter = sniffDelimiter(text)): CsvLine[] {
  const source = text.replace(/^\uFEFF/, '');
  const lines: CsvLine[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let lineNo = 1;
  let startLine = 1;
  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endLine = () => {
    endCell();
    if (cells.some((c) => c !== '')) lines.push({ line: startLine, cells });
    cells = [];
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') lineNo++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endLine();
      lineNo++;
      startLine = lineNo;
    } else cell += ch;
  }
  endLine();
  return lines;
}
