export { CATEGORY_ORDER, categoryRank, compareElements } from './element-order';
export { DEFAULT_CORRECTION_METHOD } from './method-defaults.repository';
export { type CorrectionInputs, type ResolvedElementRange, rangeInUnit, valueInUnit } from './resolved-range';
export { TargetRangesController } from './target-ranges.controller';
export { type TankRange, type TankRangeList, type TargetElement, TargetRangeService } from './target-range.service';
export { TargetsDataModule } from './targets.module';
