import type { TestElementSeed } from '../reference/seed-types';
import type { ExtractedReport } from './extraction-types';

/** What makes an extraction structurally invalid: the test is saved as ERROR, never evaluated. */
export type ExtractionProblem =
  | { readonly code: 'MISSING_ANALYSIS_NUMBER' }
  | { readonly code: 'MISSING_SAMPLE_DATE' }
  | { readonly code: 'NO_ELEMENTS' }
  /** `printed`: the values as printed, when the rows disagree (absent when the same row is printed twice). */
  | { readonly code: 'DUPLICATE_ELEMENT'; readonly elementId: string; readonly displayName: string; readonly printed?: readonly string[] };

/** The panel fields validation needs; rows from the test-element table map onto it. */
export type ExpectedPanelRow = Pick<TestElementSeed, 'elementId' | 'source' | 'validationRequired'>;

export type ExtractionVerdict<T extends ExpectedPanelRow> =
  | { readonly ok: false; readonly problems: readonly ExtractionProblem[] }
  /** `missing`: required tank rows of the panel the report lacks; the caller writes MISSING placeholders. */
  | { readonly ok: true; readonly missing: readonly T[] };

function duplicates(report: ExtractedReport): ExtractionProblem[] {
  const byId = new Map<string, ExtractedReport['elements'][number][]>();
  for (const element of report.elements) byId.set(element.elementId, [...(byId.get(element.elementId) ?? []), element]);
  const problems: ExtractionProblem[] = [];
  for (const [elementId, rows] of byId) {
    if (rows.length < 2) continue;
    const printed = [...new Set(rows.map((r) => `${r.printed} ${r.unit}`))];
    const differ = new Set(rows.map((r) => `${r.value}|${r.nonDetect}`)).size > 1;
    problems.push({ code: 'DUPLICATE_ELEMENT', elementId, displayName: rows[0].displayName, ...(differ ? { printed } : {}) });
  }
  return problems;
}

/**
 * Checks an extraction against the lab's panel before anything is evaluated. Invalid: no analysis
 * number, no sample date, no elements, or an element reported twice. Valid: lists the required
 * tank elements (validationRequired, source tank) the report does not contain.
 *
 * @example
 * const verdict = validateExtraction(report, panelRows);
 * if (verdict.ok) verdict.missing.map((row) => row.elementId); // ['lithium']
 * else verdict.problems; // [{ code: 'MISSING_SAMPLE_DATE' }]
 */
export function validateExtraction<T extends ExpectedPanelRow>(report: ExtractedReport, panelRows: readonly T[]): ExtractionVerdict<T> {
  const problems: ExtractionProblem[] = [
    ...(report.analysisNumber ? [] : [{ code: 'MISSING_ANALYSIS_NUMBER' } as const]),
    ...(report.sampleDate ? [] : [{ code: 'MISSING_SAMPLE_DATE' } as const]),
    ...(report.elements.length > 0 ? [] : [{ code: 'NO_ELEMENTS' } as const]),
    ...duplicates(report),
  ];
  if (problems.length > 0) return { ok: false, problems };
  const present = new Set(report.elements.map((e) => e.elementId));
  const missing = panelRows.filter((r) => r.validationRequired && r.source === 'tank' && !present.has(r.elementId));
  return { ok: true, missing };
}
