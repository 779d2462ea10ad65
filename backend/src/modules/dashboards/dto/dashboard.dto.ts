import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { MAX_DASHBOARD_CHARTS, MAX_DASHBOARD_NAME, MAX_DOSE_ELEMENTS_PER_CHART } from '../../../domain/dashboards/dashboard';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

export class ListDashboardsDto extends TankScopedDto {}

export class DashboardChartDto {
  @IsString({ message: 'testElementId must be a string' })
  @Length(1, 64, { message: 'testElementId must be 1 to 64 characters' })
  testElementId!: string;

  @IsArray({ message: 'doseElementIds must be a list' })
  @ArrayMaxSize(MAX_DOSE_ELEMENTS_PER_CHART, { message: `a chart compares at most ${MAX_DOSE_ELEMENTS_PER_CHART} dosing elements` })
  @IsString({ each: true, message: 'doseElementIds must be strings' })
  @Length(1, 64, { each: true, message: 'doseElementIds must be 1 to 64 characters each' })
  doseElementIds!: string[];
}

export class SaveDashboardDto extends TankScopedDto {
  @IsOptional()
  @IsString({ message: 'dashboardId must be a string' })
  @Length(1, 64)
  dashboardId?: string;

  @IsString({ message: 'name must be a string' })
  @Length(1, MAX_DASHBOARD_NAME, { message: `name must be 1 to ${MAX_DASHBOARD_NAME} characters` })
  name!: string;

  @IsArray({ message: 'charts must be a list' })
  @ArrayMaxSize(MAX_DASHBOARD_CHARTS, { message: `charts can hold at most ${MAX_DASHBOARD_CHARTS} charts` })
  @ValidateNested({ each: true })
  @Type(() => DashboardChartDto)
  charts!: DashboardChartDto[];
}

export class DeleteDashboardDto extends TankScopedDto {
  @IsString({ message: 'dashboardId must be a string' })
  @Length(1, 64)
  dashboardId!: string;
}
