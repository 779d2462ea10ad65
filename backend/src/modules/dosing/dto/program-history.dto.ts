import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROGRAM_STATUSES, type ProgramStatus, type Weekday } from '../../../domain/dosing';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';
import { IsCalendarDate } from './calendar-date.validator';
import { DoseAmountDto } from './dose-history.dto';

export const MAX_PROGRAM_ELEMENTS = 40;

export class ProgramElementDto extends DoseAmountDto {
  @IsArray({ message: 'weekdays must be a list of days, 0 (Sunday) to 6 (Saturday)' })
  @ArrayMinSize(1, { message: 'weekdays must name at least one day' })
  @ArrayMaxSize(7, { message: 'weekdays can name at most 7 days' })
  @IsInt({ each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Min(0, { each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Max(6, { each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  weekdays!: Weekday[];
}

export class DraftSourceDto {
  @IsIn(['RAM_DRAFT'], { message: 'source.kind must be RAM_DRAFT' })
  kind!: 'RAM_DRAFT';

  @IsArray({ message: 'source.suggestion must be a list' })
  @ArrayMaxSize(MAX_PROGRAM_ELEMENTS)
  @ValidateNested({ each: true })
  @Type(() => ProgramElementDto)
  suggestion!: ProgramElementDto[];
}

/** `POST /program/history` and `/program/history/delete`: one program of a tank. */
export class ProgramRefDto extends TankScopedDto {
  @IsString({ message: 'programId must be a string' })
  @Length(1, 64, { message: 'programId must be 1 to 64 characters' })
  programId!: string;
}

/** `POST /program/history/save`: a new program, or a change to one (`programId`). */
export class SaveProgramDto extends TankScopedDto {
  @IsOptional()
  @IsString({ message: 'programId must be a string' })
  @Length(1, 64, { message: 'programId must be 1 to 64 characters' })
  programId?: string;

  @IsString({ message: 'name must be a string' })
  @Length(1, 80, { message: 'name must be 1 to 80 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsIn(PROGRAM_STATUSES, { message: `status must be one of ${PROGRAM_STATUSES.join(', ')}` })
  status!: ProgramStatus;

  @IsCalendarDate()
  startDate!: string;

  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @IsArray({ message: 'elements must be a list' })
  @ArrayMinSize(1, { message: 'elements must hold at least one element' })
  @ArrayMaxSize(MAX_PROGRAM_ELEMENTS, { message: `elements can hold at most ${MAX_PROGRAM_ELEMENTS} elements` })
  @ValidateNested({ each: true })
  @Type(() => ProgramElementDto)
  elements!: ProgramElementDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => DraftSourceDto)
  source?: DraftSourceDto;
}
