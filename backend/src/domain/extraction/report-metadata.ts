import type { Canon } from '../canon';
import type { TankMeasurements } from './extraction-types';
import { guessDateOrder, parsePrintedDate, DateOrder } from './printed-date';
import { DecimalMark, parsePrintedNumber } from './printed-number';
import { labelledValue, splitCells, splitWords } from './report-cells';
import { withoutUndefined } from './without-undefined';

/** The labels a lab prints before its metadata; tank salinity and KH are found through the canon. */
export interface MetadataLabels {
  readonly analysisNumber: readonly string[];
  readonly sampleDate: readonly string[];
  readonly tankName: readonly string[];
  readonly volume: readonly string[];
}

export interface MetadataStyle {
  readonly labels: MetadataLabels;
  readonly decimal: DecimalMark;
  readonly dateOrder: DateOrder;
}

export interface ReportMetadata {
  readonly analysisNumber?: string;
  readonly sampleDate?: string;
  readonly tankMeasurements: TankMeasurements;
}

// Labels every lab may use, in German and English, beside its profile's own. Only sampling labels
// lead to the sample date: print, received, analysis and evaluation dates have none of these.
const ANALYSIS_NUMBER_LABELS = [
  'Analysenummer',
  'Analysennummer',
  'Analyse-Nr.',
  'Analyse-Nr',
  'Analyse-ID',
  'Analysenbericht Nr.',
  'Proben-Nr.',
  'Probennummer',
  'Auftragsnummer',
  'Auftrags-Nr.',
  'Prüfbericht Nr.',
  'Bericht Nr.',
  'Analysis number',
  'Analysis no.',
  'Analysis No',
  'Analysis ID',
  'Report No.',
  'Report no',
  'Report number',
  'Sample ID',
  'Sample no.',
  'Test ID',
];
const SAMPLE_DATE_LABELS = [
  'Probenahme',
  'Probenahmedatum',
  'Datum der Probenahme',
  'Entnahmedatum',
  'Probendatum',
  'Entnommen am',
  'Sample date',
  'Sampling date',
  'Date of sampling',
  'Sample taken',
  'Sampled on',
  'Date sampled',
  'Sample collected',
];

const LITRES = /^(l|ltr\.?|liter|litre|liters|litres)$/i;
// A tank name ends where a one-word "Label:" that ran into the same cell begins.
const NEXT_LABEL = /\s+[\p{L}][\p{L}.-]*:\s.*$/u;

function analysisNumberIn(value: string | undefined): string | undefined {
  const word = value?.split(/\s+/)[0]?.replace(/[,;.]+$/, '');
  return word && /\d/.test(word) && /^[\p{L}\d][\p{L}\d\-/._]*$/u.test(word) ? word : undefined;
}

function volumeIn(value: string | undefined, decimal: DecimalMark): number | undefined {
  const [amount, unit] = splitWords(value ?? '');
  const litres = amount === undefined ? undefined : parsePrintedNumber(amount, decimal);
  return litres !== undefined && (unit === undefined || LITRES.test(unit)) ? litres : undefined;
}

// "35,2 ppt", "1,0264" (specific gravity), "7,8 dKH", "2,8 meq/l": converted through the canon.
function measured(value: string, target: string, canonical: string, canon: Canon, decimal: DecimalMark) {
  const [amount, unit] = splitWords(value);
  const number = amount === undefined ? undefined : parsePrintedNumber(amount, decimal);
  if (number === undefined) return undefined;
  const from = unit ?? (canonical === 'Salinity' && number < 2 ? 'SG' : target);
  try {
    return Number(canon.convert(number, from, target, canonical).toPrecision(6));
  } catch {
    return undefined;
  }
}

const MEASURED: Readonly<Record<string, { key: 'salinityPpt' | 'alkalinityDkh'; unit: string }>> = {
  Salinity: { key: 'salinityPpt', unit: 'ppt' },
  Alkalinity: { key: 'alkalinityDkh', unit: 'dKH' },
};

function tankReadings(lines: readonly string[], canon: Canon, decimal: DecimalMark) {
  const readings: { salinityPpt?: number; alkalinityDkh?: number } = {};
  for (const line of lines) {
    const cells = splitCells(line);
    for (const [i, cell] of cells.entries()) {
      const labelled = /^([^:]{1,40}):\s*(.*)$/.exec(cell);
      const canonical = labelled && canon.groupOf(labelled[1])?.canonical;
      const target = canonical ? MEASURED[canonical] : undefined;
      const text = labelled?.[2] || cells[i + 1];
      if (!target || !text || readings[target.key] !== undefined) continue;
      readings[target.key] = measured(text, target.unit, canonical as string, canon, decimal);
    }
  }
  return readings;
}

/**
 * The analysis number, sample date and tank measurements a report prints next to its labels. The
 * sample date is read only after a sample-date label, so a report or PDF creation date never stands in.
 *
 * @example readReportMetadata(['Analysenummer: OC-25-1', 'Probenahme: 14.03.2025'], oceamoStyle, canon)
 * // { analysisNumber: 'OC-25-1', sampleDate: '2025-03-14', tankMeasurements: {} }
 */
export function readReportMetadata(lines: readonly string[], style: MetadataStyle, canon: Canon): ReportMetadata {
  const { labels, decimal } = style;
  const dateOrder = guessDateOrder(lines.join('\n'), style.dateOrder);
  const dateText = labelledValue(lines, [...labels.sampleDate, ...SAMPLE_DATE_LABELS], { loose: true });
  const tankName = labelledValue(lines, labels.tankName)?.replace(NEXT_LABEL, '').trim();
  return withoutUndefined({
    analysisNumber: analysisNumberIn(labelledValue(lines, [...labels.analysisNumber, ...ANALYSIS_NUMBER_LABELS], { loose: true })),
    sampleDate: dateText === undefined ? undefined : parsePrintedDate(dateText, dateOrder),
    tankMeasurements: withoutUndefined({
      tankName: tankName || undefined,
      volumeLitres: volumeIn(labelledValue(lines, labels.volume), decimal),
      ...tankReadings(lines, canon, decimal),
    }),
  });
}
