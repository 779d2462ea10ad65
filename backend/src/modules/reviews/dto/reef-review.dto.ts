import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMPARE_SCOPES, type CompareScope } from '../../../domain/reviews';

export const REVIEW_ACTIONS = ['LIST', 'SUMMARY', 'DETAIL', 'DECIDE', 'RECALCULATE', 'DISMISS', 'COMPLETE'] as const;
export type ReviewRequestAction = (typeof REVIEW_ACTIONS)[number];
const CHOICES = ['ACCEPTED', 'OVERRIDDEN', 'DISMISSED'] as const;

export class DosingScheduleDto {
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value.amount must be a number' })
  @Min(0, { message: 'value.amount must be zero or more' })
  amount!: number;

  @IsString()
  @Length(1, 20)
  unit!: string;

  @IsInt({ each: true, message: 'value.weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Min(0, { each: true, message: 'value.weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Max(6, { each: true, message: 'value.weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @ArrayMinSize(1, { message: 'value.weekdays must name at least one day' })
  @ArrayMaxSize(7)
  weekdays!: number[];
}

export class ReefReviewDto {
  @IsIn(REVIEW_ACTIONS, { message: `action must be one of ${REVIEW_ACTIONS.join(', ')}` })
  action!: ReviewRequestAction;

  @IsString({ message: 'tankId is required' })
  @Length(1, 100)
  tankId!: string;

  @ValidateIf((o: ReefReviewDto) => o.action !== 'LIST' && o.action !== 'SUMMARY')
  @IsString({ message: 'reviewId is required for this action' })
  @Length(1, 200)
  reviewId?: string;

  @IsOptional()
  @IsIn(['OPEN', 'HISTORY'], { message: 'state must be OPEN or HISTORY' })
  state?: 'OPEN' | 'HISTORY';

  @ValidateIf((o: ReefReviewDto) => o.action === 'DECIDE')
  @IsString({ message: 'actionId is required to decide' })
  @Length(1, 200)
  actionId?: string;

  @ValidateIf((o: ReefReviewDto) => o.action === 'DECIDE')
  @IsIn(CHOICES, { message: `choice must be one of ${CHOICES.join(', ')}` })
  choice?: (typeof CHOICES)[number];

  @IsOptional()
  @ValidateNested()
  @Type(() => DosingScheduleDto)
  value?: DosingScheduleDto;

  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;

  @ValidateIf((o: ReefReviewDto) => o.action === 'RECALCULATE')
  @IsIn(COMPARE_SCOPES, { message: `compareScope must be one of ${COMPARE_SCOPES.join(', ')}` })
  compareScope?: CompareScope;
}
