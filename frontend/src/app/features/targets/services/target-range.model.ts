import type { TargetRange } from '../../../shared/tests/test-result';

/** One saved custom range; `activeTo` is missing while it is the one in use. */
export interface RangeVersion {
  readonly version: number;
  readonly low?: number;
  readonly high?: number;
  readonly target?: number;
  readonly activeFrom: string;
  readonly activeTo?: string;
}

/** An element's range for one tank: what evaluation uses now, the method default, earlier versions. */
export interface TankRange {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly category: string;
  readonly current: TargetRange;
  readonly methodDefault?: TargetRange;
  readonly version?: number;
  readonly history: readonly RangeVersion[];
}

/** `POST /user/target-ranges` answers LIST, SAVE and RESET alike with the tank's whole list. */
export interface TankRangeList {
  readonly tankId: string;
  readonly method: string;
  readonly ranges: readonly TankRange[];
  /** The named sources the ranges cite (`sourceName`), with where to read them. */
  readonly sources?: readonly RangeSourceCitation[];
}

export interface RangeSourceCitation {
  readonly id: string;
  readonly name: string;
  readonly citation: string;
}

/** The bounds a keeper saves; at least one, with `low ≤ target ≤ high`. */
export interface RangeBounds {
  readonly low?: number;
  readonly target?: number;
  readonly high?: number;
}
