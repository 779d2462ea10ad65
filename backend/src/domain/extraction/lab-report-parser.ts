import { defaultCanon, type Canon } from '../canon';
import { bundledSeedFiles } from '../reference/bundled-seeds';
import type { ElementCategory, TestPanelSeed } from '../reference/seed-types';
import { readElementRow, sectionOf } from './element-rows';
import type { ExtractedElement, ExtractedReport, IcpLab } from './extraction-types';
import { toExtractedElement } from './panel-element';
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

/**
 * Reads a lab's report from its text lines: element rows in printed order, rows under an RO/Osmose
 * heading as RO rows, rows no panel row matches kept aside as printed, and the metadata.
 *
 * @example parseLabReport(lines, OCEAMO_LAYOUT).elements[0].elementId // 'sodium'
 */
export function parseLabReport(
  lines: readonly string[],
  layout: LabLayout,
  reference: ExtractionReference = defaultReference(),
): ExtractedReport {
  const { canon } = reference;
  const sections = layout.sections ?? reference.panels.find((p) => p.panel === layout.lab)?.sections ?? {};
  const elements: ExtractedElement[] = [];
  const skippedRows: string[] = [];
  let inRodiSection = false;
  for (const line of lines) {
    const row = readElementRow(line, layout.decimal, canon);
    if (!row) {
      const section = sectionOf(line, sections);
      if (section) inRodiSection = section === 'osmose';
      continue;
    }
    const element = toExtractedElement(row, layout.lab, inRodiSection, canon);
    if (element) elements.push(element);
    else skippedRows.push(line);
  }
  return { lab: layout.lab, ...readReportMetadata(lines, layout, canon), elements, skippedRows };
}
