import { asIcpLab, detectLab } from './detect-lab';
import { NotAnIcpReportError, UnrecognisedLayoutError } from './extraction-errors';
import type { ExtractedReport, ExtractionInput, IcpExtractor } from './extraction-types';
import { anyLabStyle, LAB_LAYOUTS } from './lab-layouts';
import { defaultReference, ExtractionReference, LabLayout, parseLabReport } from './lab-report-parser';
import { looksLikeIcpReport } from './icp-evidence';

// A lab no profile knows is read with every lab's labels and every panel's section names.
function genericLayout(lab: LabLayout['lab'], text: string, reference: ExtractionReference): LabLayout {
  const sections = Object.assign({}, ...reference.panels.map((p) => p.sections));
  return { lab, ...anyLabStyle(text), sections };
}

/**
 * Reads a report's text with the layout-tolerant reader. The lab comes from the text (its
 * letterhead); the keeper's choice only decides when the text names no lab RaM knows, and then the
 * generic reader reads it with every lab's labels. Throws NotAnIcpReportError for a text that is no
 * element analysis at all, UnrecognisedLayoutError when it is one but no element row can be read
 * (or no lab is named or picked), so a fallback can take over.
 *
 * @example parseIcpText(textOfAnOceamoPdf).lab // 'OCEAMO'
 */
export function parseIcpText(text: string, reference: ExtractionReference = defaultReference(), labHint?: string): ExtractedReport {
  const named = detectLab(text);
  const lab = named ?? asIcpLab(labHint);
  if (!looksLikeIcpReport(text, reference.canon, named !== undefined)) {
    throw new NotAnIcpReportError();
  }
  if (!lab) throw new UnrecognisedLayoutError('The report does not name a lab RaM has a parser for, and no lab was picked');
  const layout = named ? LAB_LAYOUTS[named] : genericLayout(lab, text, reference);
  const report = parseLabReport(text.split(/\r?\n/), layout, reference);
  if (report.elements.length === 0) {
    throw new UnrecognisedLayoutError(`This ${lab} report has no element table in a layout RaM can read`);
  }
  return report;
}

/** The deterministic extractor: the layout-tolerant reader over the text lines, no model involved. */
export class DeterministicIcpExtractor implements IcpExtractor {
  constructor(private readonly reference: ExtractionReference = defaultReference()) {}

  async extract(input: ExtractionInput): Promise<ExtractedReport> {
    return parseIcpText(input.text, this.reference, input.labHint);
  }
}
