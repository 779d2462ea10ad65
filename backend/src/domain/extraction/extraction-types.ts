import type { ElementCategory, WaterSource } from '../reference/seed-types';

/** The ICP labs RaM has a deterministic parser for. */
export const ICP_LABS = ['OCEAMO', 'TRITON', 'ATI', 'FAUNA_MARIN'] as const;
export type IcpLab = (typeof ICP_LABS)[number];

/** A lab's reference band for one element, in the element's unit; either side may be open. */
export interface ReferenceRange {
  readonly low?: number;
  readonly high?: number;
}

/** One element row of a lab report, mapped onto the lab's panel. */
export interface ExtractedElement {
  /** The element name exactly as the row prints it ("Kupfer"; RO rows print the plain name). */
  readonly printedName: string;
  /** Panel row id (`copper`, `copper-ro`). */
  readonly elementId: string;
  readonly canonical: string;
  readonly category: ElementCategory;
  readonly source: WaterSource;
  /** Name RaM shows: the panel row's name, "Copper (RO)" for an RO/Osmose row. */
  readonly displayName: string;
  /** Value in `unit`; null for a non-detect. */
  readonly value: number | null;
  /** The value cell exactly as printed ("1,23", "n.n.", "< 0,5"). */
  readonly printed: string;
  /** The panel's unit for this row; printed values in another unit are converted to it. */
  readonly unit: string;
  readonly nonDetect: boolean;
  /** The x of a printed "< x", in `unit`. */
  readonly detectionLimit?: number;
  readonly referenceRange?: ReferenceRange;
}

/** What the lab or the keeper's sample form says about the tank itself. */
export interface TankMeasurements {
  readonly tankName?: string;
  readonly volumeLitres?: number;
  readonly salinityPpt?: number;
  readonly alkalinityDkh?: number;
}

export interface ExtractedReport {
  readonly lab: IcpLab;
  readonly analysisNumber?: string;
  /** Day the water was sampled (YYYY-MM-DD); never the report or PDF creation date. */
  readonly sampleDate?: string;
  readonly tankMeasurements: TankMeasurements;
  /** Rows in the order the report prints them, RO/Osmose rows included (source `rodi`). */
  readonly elements: readonly ExtractedElement[];
  /** Element-shaped rows that no panel row matches, as printed, so nothing is dropped silently. */
  readonly skippedRows: readonly string[];
}

export interface ExtractionInput {
  /** Text of the PDF, one printed line per text line, columns separated by tabs. */
  readonly text: string;
  /** The lab the keeper picked when uploading; only used when the text does not name a lab. */
  readonly labHint?: string;
}

/** Port: turns a report's text into an extracted report. */
export interface IcpExtractor {
  extract(input: ExtractionInput): Promise<ExtractedReport>;
}
