import { detectLab } from './detect-lab';
import type { ExtractedReport, TankMeasurements } from './extraction-types';
import { anyLabStyle, LAB_LAYOUTS } from './lab-layouts';
import { ExtractionReference, LabLayout, parseLabReport } from './lab-report-parser';
import { datesIn } from './printed-date';
import { readReportMetadata } from './report-metadata';
import { withoutUndefined } from './without-undefined';

const squeeze = (s: string) => s.replace(/\s+/g, '');

// A model's figure counts only when the report prints it, in either decimal style.
function printedIn(text: string, value: string | number | undefined): boolean {
  if (value === undefined) return false;
  const t = squeeze(text);
  const s = squeeze(String(value));
  return t.includes(s) || t.includes(s.replace('.', ','));
}

function layoutFor(report: ExtractedReport, text: string, reference: ExtractionReference): LabLayout {
  const named = detectLab(text);
  if (named) return LAB_LAYOUTS[named];
  const sections = Object.assign({}, ...reference.panels.map((p) => p.sections));
  return { lab: report.lab, ...anyLabStyle(text), sections };
}

function groundedTank(model: TankMeasurements, text: string, fromText: TankMeasurements): TankMeasurements {
  const keep = Object.entries(model).filter(([, v]) => printedIn(text, v));
  return withoutUndefined({ ...Object.fromEntries(keep), ...fromText });
}

/**
 * Makes the report's canonical metadata come from the PDF text, whatever the model said: analysis
 * number, sample date, tank measurements and RO/Osmose rows read from the text replace the model's.
 * Where the text has none, a model value survives only if the text prints it (dates in any form),
 * and a model row survives only if the text prints its value.
 *
 * @example groundInText(modelReport, pdfText, defaultReference()).analysisNumber // as printed on the PDF
 */
export function groundInText(report: ExtractedReport, text: string, reference: ExtractionReference): ExtractedReport {
  const lines = text.split(/\r?\n/);
  const layout = layoutFor(report, text, reference);
  const fromText = readReportMetadata(lines, layout, reference.canon);
  const textRodi = parseLabReport(lines, { ...layout, lab: report.lab }, reference).elements.filter((e) => e.source === 'rodi');
  const modelRows = report.elements.filter((e) => textRodi.length === 0 || e.source === 'tank');
  const unprinted = modelRows.filter((e) => !printedIn(text, e.printed));
  const modelDate = report.sampleDate && datesIn(text, layout.dateOrder).has(report.sampleDate);
  return withoutUndefined({
    lab: report.lab,
    analysisNumber: fromText.analysisNumber ?? (printedIn(text, report.analysisNumber) ? report.analysisNumber : undefined),
    sampleDate: fromText.sampleDate ?? (modelDate ? report.sampleDate : undefined),
    tankMeasurements: groundedTank(report.tankMeasurements, text, fromText.tankMeasurements),
    elements: [...modelRows.filter((e) => !unprinted.includes(e)), ...textRodi],
    skippedRows: [...report.skippedRows, ...unprinted.map((e) => `${e.printedName} ${e.printed} ${e.unit} (not in the text)`)],
  });
}
