import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export class AlertPreferencesDto {
  @IsBoolean()
  reportFinished!: boolean;

  @IsBoolean()
  critical!: boolean;

  @IsBoolean()
  outOfRange!: boolean;

  @IsBoolean()
  weeklySummary!: boolean;
}

export class AlertPreferencesRequestDto {
  @IsString()
  @Length(1, 64)
  tankId!: string;

  @IsIn(['GET', 'SAVE'], { message: 'action must be GET or SAVE' })
  action!: 'GET' | 'SAVE';

  /** Required to SAVE (the service says so with a 400). */
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertPreferencesDto)
  preferences?: AlertPreferencesDto;
}
