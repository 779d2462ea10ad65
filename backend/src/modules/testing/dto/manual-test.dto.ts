import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../dosing/dto/calendar-date.validator';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

/** At most this many elements in one manual test (the whole manual catalogue plus a lab panel fits). */
export const MAX_MANUAL_ELEMENTS = 80;
export const MAX_MANUAL_VALUE = 1_000_000;

/** One reading of a manual test, in the unit `/test/elements/list` gives for the element. */
export class ManualReadingDto {
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64, { message: 'elementId must be 1 to 64 characters' })
  elementId!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  @Min(0, { message: 'value must be zero or more' })
  @Max(MAX_MANUAL_VALUE, { message: `value must be at most ${MAX_MANUAL_VALUE}` })
  value!: number;

  /** The unit the keeper read `value` in (one of the element's `unit` or `alternateUnits`); the element's unit when absent. */
  @IsOptional()
  @IsString({ message: 'unit must be a string' })
  @Length(1, 32, { message: 'unit must be 1 to 32 characters' })
  unit?: string;
}

/** `POST /test/history/save`: creates a manual test, or replaces one with `testId`. */
export class SaveManualTestDto extends TankScopedDto {
  @IsOptional()
  @IsString({ message: 'testId must be a string' })
  @Length(1, 64, { message: 'testId must be 1 to 64 characters' })
  testId?: string;

  @IsCalendarDate()
  date!: string;

  @IsOptional()
  @IsString({ message: 'notes must be a string' })
  @Length(0, 2000, { message: 'notes must be at most 2000 characters' })
  notes?: string;

  @IsArray({ message: 'elements must be a list of { elementId, value }' })
  @ArrayMinSize(1, { message: 'elements must hold at least one reading' })
  @ArrayMaxSize(MAX_MANUAL_ELEMENTS, { message: `elements must hold at most ${MAX_MANUAL_ELEMENTS} readings` })
  @ValidateNested({ each: true })
  @Type(() => ManualReadingDto)
  elements!: ManualReadingDto[];

  /** The keeper checked readings flagged as implausible and keeps them (they are judged CRITICAL). */
  @IsOptional()
  @IsBoolean({ message: 'confirmImplausible must be true or false' })
  confirmImplausible?: boolean;
}
