import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  ValidateNested,
  registerDecorator,
} from 'class-validator';
import { DOSING_METHODS, ICP_LABS, VOLUME_UNITS } from '../account.types';
import { isTimeZone } from '../new-user';

/** Validates an IANA time zone name such as `Europe/Berlin` or `Pacific/Honolulu`. */
function IsTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as Europe/Berlin` },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
}

export class TankInputDto {
  /** Present to update one of the caller's tanks; absent to add a tank. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  tankId?: string;

  @IsString()
  @Length(1, 60, { message: 'name must be 1 to 60 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'volume must be a number' })
  @IsPositive({ message: 'volume must be greater than zero' })
  @Max(100_000, { message: 'volume must be at most 100000' })
  volume!: number;

  @IsIn(VOLUME_UNITS, { message: `volumeUnit must be one of ${VOLUME_UNITS.join(', ')}` })
  volumeUnit!: (typeof VOLUME_UNITS)[number];

  @IsIn(DOSING_METHODS, { message: `dosingMethod must be one of ${DOSING_METHODS.join(', ')}` })
  dosingMethod!: (typeof DOSING_METHODS)[number];

  @IsIn(ICP_LABS, { message: `defaultLab must be one of ${ICP_LABS.join(', ')}` })
  defaultLab!: (typeof ICP_LABS)[number];

  @IsTimeZone()
  timezone!: string;

  /** As `/user` shows it; ignored, since saving a tank is what confirms it. Accepted so a tank read can be sent back. */
  @IsOptional()
  @IsBoolean({ message: 'setupConfirmed must be true or false' })
  setupConfirmed?: boolean;
}

export class SaveProfileDto {
  @IsOptional()
  @IsString()
  @Length(1, 80, { message: 'displayName must be 1 to 80 characters' })
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'tanks can hold at most 20 tanks per save' })
  @ValidateNested({ each: true })
  @Type(() => TankInputDto)
  tanks?: TankInputDto[];
}

/** `POST /user` needs no fields; the app may name the tank it has selected. */
export class GetProfileDto {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  tankId?: string;
}
