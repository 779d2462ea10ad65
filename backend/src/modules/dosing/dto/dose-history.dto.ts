import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DOSE_UNITS, MAX_DOSE_DAYS } from '../../../domain/dosing';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';
import { IsCalendarDate } from './calendar-date.validator';

export const MAX_AMOUNT = 100_000;
export const MAX_LIST_DAYS = 366;

/** `POST /dose/history`: one dose day. */
export class DoseDayDto extends TankScopedDto {
  @IsCalendarDate()
  date!: string;
}

/** `POST /dose/history/list`: dose days, newest first, optionally within dates. */
export class DoseListDto extends TankScopedDto {
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_LIST_DAYS, { message: `limit must be at most ${MAX_LIST_DAYS}` })
  limit?: number;
}

/** An amount of a catalog element, in a unit. Shared by doses and program elements. */
export class DoseAmountDto {
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64, { message: 'elementId must be 1 to 64 characters' })
  elementId!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'amount must be a number' })
  @Min(0, { message: 'amount must be zero or more' })
  @Max(MAX_AMOUNT, { message: `amount must be at most ${MAX_AMOUNT}` })
  amount!: number;

  @IsIn(DOSE_UNITS, { message: `unit must be one of ${DOSE_UNITS.join(', ')}` })
  unit!: string;
}

export class DoseEntryInputDto extends DoseAmountDto {
  /** Consecutive days from the saved date this dose is given on (1 when absent). */
  @IsOptional()
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_DOSE_DAYS, { message: `days must be at most ${MAX_DOSE_DAYS}` })
  days?: number;
}

/** `POST /dose/history/save`: doses from a date, merged into what is already recorded. */
export class SaveDoseDto extends DoseDayDto {
  @IsArray({ message: 'entries must be a list' })
  @ArrayMinSize(1, { message: 'entries must hold at least one dose' })
  @ArrayMaxSize(40, { message: 'entries can hold at most 40 doses per save' })
  @ValidateNested({ each: true })
  @Type(() => DoseEntryInputDto)
  entries!: DoseEntryInputDto[];
}

/** `POST /dose/history/delete`: one entry of a day, or the whole day without `entryId`. */
export class DeleteDoseDto extends DoseDayDto {
  @IsOptional()
  @IsString({ message: 'entryId must be a string' })
  @Length(1, 200, { message: 'entryId must be 1 to 200 characters' })
  entryId?: string;
}

/** `POST /dose/history/confirm`: a planned dose (a later day of a multi-day dose) given early. */
export class ConfirmPlannedDoseDto extends DoseDayDto {
  @IsString({ message: 'entryId must be a string' })
  @Length(1, 200, { message: 'entryId must be 1 to 200 characters' })
  entryId!: string;
}
