import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { MAX_DOSE_ELEMENTS_PER_CHART } from '../../../domain/dashboards/dashboard';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

export const DEFAULT_TREND_DAYS = 90;
export const MAX_TREND_DAYS = 3660;

/** `POST /test/history/icp/trend`: one element's readings and doses over the last `days` (0 = all). */
export class ElementTrendDto extends TankScopedDto {
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64, { message: 'elementId must be 1 to 64 characters' })
  elementId!: string;

  @IsOptional()
  @IsInt({ message: 'days must be a whole number' })
  @Min(0, { message: 'days must be zero (all) or more' })
  @Max(MAX_TREND_DAYS, { message: `days must be at most ${MAX_TREND_DAYS}` })
  days?: number;

  /** A custom dashboard's chart: the doses of these products instead of the element's whole group. */
  @IsOptional()
  @IsArray({ message: 'doseElementIds must be a list' })
  @ArrayMaxSize(MAX_DOSE_ELEMENTS_PER_CHART, { message: `a chart compares at most ${MAX_DOSE_ELEMENTS_PER_CHART} dosing elements` })
  @IsString({ each: true, message: 'doseElementIds must be strings' })
  @Length(1, 64, { each: true, message: 'doseElementIds must be 1 to 64 characters each' })
  doseElementIds?: string[];
}
