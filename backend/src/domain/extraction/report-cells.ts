/**
 * The cells of a text line: the PDF adapter puts a tab between columns; runs of two or more spaces
 * count too, for text that came from elsewhere.
 *
 * @example splitCells('Kupfer\tCu\t1,2\tµg/l') // ['Kupfer', 'Cu', '1,2', 'µg/l']
 */
export function splitCells(line: string): string[] {
  return line
    .split(/\t+| {2,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0);
}

/**
 * The words of a line, with a lone "<" kept on the number it qualifies.
 *
 * @example splitWords('Kupfer < 0,5 µg/l') // ['Kupfer', '< 0,5', 'µg/l']
 */
export function splitWords(line: string): string[] {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined[joined.length - 1];
    if (previous === '<' || previous === '>') joined[joined.length - 1] = `${previous} ${word}`;
    else joined.push(word);
  }
  return joined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a report prints after one of the given labels ("Probenahme: 14.03.2025"), from the first line
 * that has it: the rest of the cell after the colon, or the next cell when the label stands alone.
 * Longer labels are tried first, so "Tank volume" is not read as "Tank".
 *
 * @example labelledValue(['Analysenummer:\tOC-25-1'], ['Analysenummer']) // 'OC-25-1'
 */
export function labelledValue(lines: readonly string[], labels: readonly string[], options: { loose?: boolean } = {}): string | undefined {
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  // Loose: the value may also follow the label after a space ("Analyse-Nr. 2061187"), if it holds a digit.
  const after = options.loose ? '(?:\\s*:\\s*(.*)|\\s+(?=\\S*\\d)(.*)|\\s*$)' : '\\s*(?::\\s*(.*)|$)';
  const patterns = sorted.map((label) => new RegExp(`(?:^|[\\s·|,;])${escapeRegExp(label)}${after}`, 'i'));
  for (const line of lines) {
    const cells = splitCells(line);
    for (const [i, cell] of cells.entries()) {
      for (const pattern of patterns) {
        const match = pattern.exec(cell);
        if (!match) continue;
        const rest = (match[1] ?? match[2])?.trim();
        const value = rest ? rest : cells[i + 1];
        if (value) return value;
      }
    }
  }
  return undefined;
}
