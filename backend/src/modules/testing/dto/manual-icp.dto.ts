import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ICP_LABS } from '../../account/account.types';
import { IsCalendarDate } from '../../dosing/dto/calendar-date.validator';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';
import { MAX_MANUAL_VALUE } from './manual-test.dto';

/** A lab panel with its RO rows has under 60 rows; some slack for labs that add rows. */
export const MAX_ICP_ROWS = 120;

/** One row of a lab report typed in: a value in the panel's unit, or not detected (with its limit). */
export class ManualIcpRowDto {
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64, { message: 'elementId must be 1 to 64 characters' })
  elementId!: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  @Min(0, { message: 'value must be zero or more' })
  @Max(MAX_MANUAL_VALUE, { message: `value must be at most ${MAX_MANUAL_VALUE}` })
  value?: number;

  @IsOptional()
  @IsBoolean({ message: 'notDetected must be true or false' })
  notDetected?: boolean;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'detectionLimit must be a number' })
  @Min(0, { message: 'detectionLimit must be zero or more' })
  @Max(MAX_MANUAL_VALUE, { message: `detectionLimit must be at most ${MAX_MANUAL_VALUE}` })
  detectionLimit?: number;
}

/** `POST /test/history/icp/manual`: a lab report the keeper types in, evaluated like an upload. */
export class SaveManualIcpDto extends TankScopedDto {
  @IsIn(ICP_LABS, { message: `lab must be one of ${ICP_LABS.join(', ')}` })
  lab!: (typeof ICP_LABS)[number];

  @IsString({ message: 'analysisNumber must be a string' })
  @Length(1, 64, { message: 'analysisNumber must be 1 to 64 characters' })
  analysisNumber!: string;

  @IsCalendarDate()
  sampleDate!: string;

  /** A failed upload of the same report, deleted once this one is saved. */
  @IsOptional()
  @IsString({ message: 'replacesTestId must be a string' })
  @Length(1, 64, { message: 'replacesTestId must be 1 to 64 characters' })
  replacesTestId?: string;

  @IsArray({ message: 'elements must be a list of { elementId, value } or { elementId, notDetected }' })
  @ArrayMinSize(1, { message: 'elements must hold at least one row' })
  @ArrayMaxSize(MAX_ICP_ROWS, { message: `elements must hold at most ${MAX_ICP_ROWS} rows` })
  @ValidateNested({ each: true })
  @Type(() => ManualIcpRowDto)
  elements!: ManualIcpRowDto[];
}

/** `POST /test/history/icp/manual/panel`: the rows of a lab's report, for the manual entry form. */
export class ManualIcpPanelDto extends TankScopedDto {
  @IsIn(ICP_LABS, { message: `lab must be one of ${ICP_LABS.join(', ')}` })
  lab!: (typeof ICP_LABS)[number];
}
