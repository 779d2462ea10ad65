import { defaultCanon, type Canon } from '../canon';
import { bundledSeedFiles } from '../reference/bundled-seeds';
import type { ElementCategory, TestPanelSeed } from '../reference/seed-types';
import { guessDecimalMark } from './decimal-mark';
import type { ExtractedReport, IcpLab } from './extraction-types';
import { matchPanelRow, type PanelMatch, readReportRows } from './layout-reader';
import { MetadataStyle, readReportMetadata } from './report-metadata';

/** How one lab prints its report: decimal style, date order and metadata labels. */
export interface LabLayout extends MetadataStyle {
  readonly lab: IcpLab;
  /** Section headings to follow instead of the lab panel's own (for layouts no parser knows). */
  readonly sections?: Readonly<Record<string, ElementCategory>>;
}

/** Names and panels the parsers match against; the bundled seeds unless a test passes its own. */
export interface ExtractionReference {
  readonly canon: Canon;
  readonly panels: readonly TestPanelSeed[];
}

/**
 * The canon and test panels bundled with the code.
 *
 * @example defaultReference().panels.map((p) => p.panel) // ['ATI', 'FAUNA_MARIN', 'MANUAL', …]
 */
export function defaultReference(): ExtractionReference {
  return { canon: defaultCanon(), panels: bundledSeedFiles().testPanels };
}

// Of two rows for one panel row, the one printed under the panel's own name wins: ATI prints
// phosphorus as P beside PO4, and the panel keeps PO4.
function withoutDerivedTwins(matches: readonly PanelMatch[]): PanelMatch[] {
  const exactIds = new Set(matches.filter((m) => m.exact).map((m) => m.element.elementId));
  return matches.filter((m) => m.exact || !exactIds.has(m.element.elementId));
}

/**
 * Reads a lab's report from its text lines with the layout-tolerant reader: element rows in printed
 * order, rows under an RO/osmosis heading as RO rows, rows no panel row matches kept aside as
 * printed, and the metadata. The lab's profile only adds hints (labels, date order, sections).
 *
 * @example parseLabReport(lines, OCEAMO_LAYOUT).elements[0].elementId // 'sodium'
 */
export function parseLabReport(
  lines: readonly string[],
  layout: LabLayout,
  reference: ExtractionReference = defaultReference(),
): ExtractedReport {
  const { canon } = reference;
  const panel = reference.panels.find((p) => p.panel === layout.lab);
  const sections = layout.sections ?? panel?.sections ?? {};
  const roHeadings = Object.entries(sections)
    .filter(([, category]) => category === 'osmose')
    .map(([heading]) => heading);
  const decimal = guessDecimalMark(lines.join('\n'), layout.decimal);
  const matches: PanelMatch[] = [];
  const { rows, unknown } = readReportRows(lines, decimal, canon, roHeadings);
  const skippedRows: string[] = [...unknown];
  for (const read of rows) {
    const match = matchPanelRow(read, panel, layout.lab, canon);
    if (match) matches.push(match);
    else skippedRows.push(read.line);
  }
  const elements = withoutDerivedTwins(matches).map((m) => m.element);
  return { lab: layout.lab, ...readReportMetadata(lines, { ...layout, decimal }, canon), elements, skippedRows };
}
