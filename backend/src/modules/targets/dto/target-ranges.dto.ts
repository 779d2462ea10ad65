import { applyDecorators } from '@nestjs/common';
import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

export const TARGET_RANGE_ACTIONS = ['LIST', 'SAVE', 'RESET'] as const;
export type TargetRangeAction = (typeof TARGET_RANGE_ACTIONS)[number];

/** Largest bound a keeper may type (sodium is about 11 000 mg/l). */
export const MAX_BOUND = 1_000_000;

/** An optional bound: a number from 0 to {@link MAX_BOUND}. */
const Bound = (name: string) =>
  applyDecorators(
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${name} must be a number` }),
    Min(0, { message: `${name} must be zero or more` }),
    Max(MAX_BOUND, { message: `${name} must be at most ${MAX_BOUND}` }),
  );

/**
 * `POST /user/target-ranges`: `LIST` the tank's ranges, `SAVE` a custom range of an element as a new
 * version, or `RESET` an element to its method default. Bounds are in the element's unit.
 */
export class TargetRangesDto extends TankScopedDto {
  @IsIn(TARGET_RANGE_ACTIONS, { message: `action must be one of ${TARGET_RANGE_ACTIONS.join(', ')}` })
  action!: TargetRangeAction;

  @ValidateIf((o: TargetRangesDto) => o.action !== 'LIST')
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64, { message: 'elementId must be 1 to 64 characters' })
  elementId?: string;

  @Bound('low')
  low?: number;

  @Bound('high')
  high?: number;

  @Bound('target')
  target?: number;
}
