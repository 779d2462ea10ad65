import { detectLab } from './detect-lab';
import { UnrecognisedLayoutError } from './extraction-errors';
import type { ExtractedReport, ExtractionInput, IcpExtractor } from './extraction-types';
import { LAB_LAYOUTS } from './lab-layouts';
import { defaultReference, ExtractionReference, parseLabReport } from './lab-report-parser';

/**
 * Reads a report's text with the parser of the lab the text names; the keeper's choice of lab plays
 * no part. Throws UnrecognisedLayoutError when no lab is named or the named lab's parser finds no
 * element rows (its layout changed), so a fallback can take over.
 *
 * @example parseIcpText(textOfAnOceamoPdf).lab // 'OCEAMO'
 */
export function parseIcpText(text: string, reference: ExtractionReference = defaultReference()): ExtractedReport {
  const lab = detectLab(text);
  if (!lab) throw new UnrecognisedLayoutError('The report does not name a lab RaM has a parser for');
  const report = parseLabReport(text.split(/\r?\n/), LAB_LAYOUTS[lab], reference);
  if (report.elements.length === 0) {
    throw new UnrecognisedLayoutError(`This ${lab} report has no element table in a layout RaM knows`);
  }
  return report;
}

/** The deterministic extractor: one parser per lab over the text lines, no model involved. */
export class DeterministicIcpExtractor implements IcpExtractor {
  constructor(private readonly reference: ExtractionReference = defaultReference()) {}

  async extract(input: ExtractionInput): Promise<ExtractedReport> {
    return parseIcpText(input.text, this.reference);
  }
}
