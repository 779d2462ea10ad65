import type { Readable } from './corpus';
import type { Row } from './rows';

/** The part of an extraction the corpus judges; structural, so the corpus need not import the parser. */
export interface ReadReport {
  readonly lab: string;
  readonly analysisNumber?: string;
  readonly sampleDate?: string;
  readonly elements: readonly {
    readonly elementId: string;
    readonly source: string;
    readonly value: number | null;
    readonly unit: string;
    readonly nonDetect: boolean;
    readonly detectionLimit?: number;
  }[];
}

export interface Score {
  /** Expected rows (tank and RO). */
  readonly rows: number;
  /** Expected rows the reader found, under the right water. */
  readonly found: number;
  /** Found rows whose value, unit, non-detect flag and limit are right. */
  readonly correct: number;
  /** Lab, analysis number and sample date right, out of 3. */
  readonly metadata: number;
  /** Rows read that the report does not have (or read twice). */
  readonly extra: number;
  readonly problems: readonly string[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 + Math.abs(b) * 5e-4;

function rowProblem(row: Row, got: ReadReport['elements'][number]): string | undefined {
  const unit = row.expectUnit ?? row.unit;
  if (got.unit !== unit) return `${row.id}: unit ${got.unit}, expected ${unit}`;
  if (row.expect === null) {
    if (!got.nonDetect || got.value !== null) return `${row.id}: ${got.value}, expected a non-detect`;
    if (
      got.detectionLimit !== row.limit &&
      !(row.limit !== undefined && got.detectionLimit !== undefined && close(got.detectionLimit, row.limit))
    ) {
      return `${row.id}: limit ${got.detectionLimit}, expected ${row.limit}`;
    }
    return undefined;
  }
  if (got.nonDetect || got.value === null || !close(got.value, row.expect)) return `${row.id}: ${got.value}, expected ${row.expect}`;
  return undefined;
}

/**
 * Compares what the reader made of a report with the hand-written expectation.
 *
 * @example scoreReport(report, expected).found === expected.tank.length + expected.ro.length
 */
export function scoreReport(report: ReadReport, expected: Readable): Score {
  const problems: string[] = [];
  const wanted = [...expected.tank.map((r) => ({ r, source: 'tank' })), ...expected.ro.map((r) => ({ r, source: 'rodi' }))];
  let found = 0;
  let correct = 0;
  const used = new Set<number>();
  for (const { r, source } of wanted) {
    const at = report.elements.findIndex((e, i) => !used.has(i) && e.elementId === r.id && e.source === source);
    if (at < 0) {
      problems.push(`${r.id}${source === 'rodi' ? ' (RO)' : ''}: not read`);
      continue;
    }
    used.add(at);
    found++;
    const problem = rowProblem(r, report.elements[at]);
    if (problem) problems.push(problem);
    else correct++;
  }
  const extra = report.elements.length - used.size;
  if (extra > 0)
    problems.push(
      `${extra} rows read that the report does not have: ${report.elements
        .filter((_, i) => !used.has(i))
        .map((e) => e.elementId)
        .join(', ')}`,
    );
  const meta = [
    [report.lab, expected.lab, 'lab'],
    [report.analysisNumber, expected.analysisNumber, 'analysis number'],
    [report.sampleDate, expected.sampleDate, 'sample date'],
  ] as const;
  let metadata = 0;
  for (const [got, want, what] of meta) {
    if (got === want) metadata++;
    else problems.push(`${what}: ${got ?? 'none'}, expected ${want}`);
  }
  return { rows: wanted.length, found, correct, metadata, extra, problems };
}
