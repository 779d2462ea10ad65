/** A run of text on a PDF page: baseline position, width and font size, in points. */
export interface PositionedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

// Runs whose baselines differ by less than this share of the font size sit on one printed line.
const SAME_LINE = 0.4;
// A gap wider than this share of the font size separates columns (a tab), a smaller one words.
const COLUMN_GAP = 0.6;
const WORD_GAP = 0.15;

function joined(runs: readonly PositionedText[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let line = '';
  let end: number | undefined;
  for (const run of sorted) {
    const gap = end === undefined ? 0 : run.x - end;
    if (end !== undefined) line += gap > COLUMN_GAP * run.size ? '\t' : gap > WORD_GAP * run.size ? ' ' : '';
    line += run.text.trim();
    end = run.x + run.width;
  }
  return line;
}

/**
 * Groups a page's text runs into printed lines, top to bottom, each read left to right with a tab
 * between columns, so a table row comes out as "Kupfer\tCu\t1,2\tµg/l".
 *
 * @example linesOf([{ text: 'Cu', x: 175, y: 600, width: 10, size: 9 }, { text: 'Kupfer', x: 50, y: 600, width: 28, size: 9 }])
 * // ['Kupfer\tCu']
 */
export function linesOf(runs: readonly PositionedText[]): string[] {
  const visible = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const run of visible) {
    const current = lines[lines.length - 1];
    const near = current && Math.abs(current[0].y - run.y) < SAME_LINE * Math.max(run.size, current[0].size);
    if (near) current.push(run);
    else lines.push([run]);
  }
  return lines.map(joined);
}
