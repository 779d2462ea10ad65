import type { IcpLab } from './extraction-types';
import type { LabLayout } from './lab-report-parser';
import { ATI_LAYOUT } from './labs/ati';
import { FAUNA_MARIN_LAYOUT } from './labs/fauna-marin';
import { OCEAMO_LAYOUT } from './labs/oceamo';
import { TRITON_LAYOUT } from './labs/triton';
import type { MetadataStyle } from './report-metadata';
import { guessDecimalMark } from './decimal-mark';

export const LAB_LAYOUTS: Readonly<Record<IcpLab, LabLayout>> = {
  OCEAMO: OCEAMO_LAYOUT,
  TRITON: TRITON_LAYOUT,
  ATI: ATI_LAYOUT,
  FAUNA_MARIN: FAUNA_MARIN_LAYOUT,
};

const every = (pick: (l: LabLayout) => readonly string[]) => [...new Set(Object.values(LAB_LAYOUTS).flatMap(pick))];

const ANY_LABELS = {
  analysisNumber: [...every((l) => l.labels.analysisNumber), 'Report number', 'Report no.', 'Sample ID'],
  sampleDate: [...every((l) => l.labels.sampleDate), 'Sample taken', 'Sampled on'],
  tankName: every((l) => l.labels.tankName),
  volume: every((l) => l.labels.volume),
};

/**
 * Every lab's metadata labels together, for reading a report whose layout no parser knows.
 *
 * @example readReportMetadata(lines, anyLabStyle(text), canon).sampleDate
 */
export function anyLabStyle(text: string): MetadataStyle {
  return { labels: ANY_LABELS, decimal: guessDecimalMark(text), dateOrder: 'dmy' };
}

export { guessDecimalMark };
