import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';

export class ApplyCorrectionsDto {
  @IsString({ message: 'tankId is required' })
  @Length(1, 100)
  tankId!: string;

  @IsString({ message: 'testId is required' })
  @Length(1, 200)
  testId!: string;

  @ArrayMinSize(1, { message: 'elementIds must name at least one element' })
  @ArrayMaxSize(100)
  @IsString({ each: true, message: 'elementIds must be element ids' })
  elementIds!: string[];

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date written YYYY-MM-DD' })
  startDate?: string;

  /** The keeper saw that a newer test measured the element again and applies the correction anyway. */
  @IsOptional()
  @IsBoolean({ message: 'confirmSuperseded must be true or false' })
  confirmSuperseded?: boolean;
}
