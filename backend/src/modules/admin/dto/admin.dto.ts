import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class PageDto {
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  cursor?: string;

  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(100, { message: 'limit must be at most 100' })
  limit?: number;
}

export class OverviewDto extends PageDto {
  /** Part of an email or display name. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;
}

export class CostsDto {
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string;

  /** One report's test id: its per-PDF cost, metered or estimated from its stored record. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  testId?: string;
}

export class ConfigDto {
  /** Only this setting; every setting when absent. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  key?: string;
}

export class ConfigSaveDto {
  @IsString()
  @Length(1, 100)
  key!: string;

  /** A number or text depending on the key; checked against the key's bounds by the service. */
  @IsDefined({ message: 'value is required' })
  value!: unknown;
}

export class ErrorsDto extends PageDto {
  @IsOptional()
  @IsString()
  @Length(1, 100)
  operation?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  userId?: string;

  /** One support reference, with its stack (what a keeper read from the error banner). */
  @IsOptional()
  @IsString()
  @Length(1, 40)
  referenceId?: string;
}

export class ErrorsClearDto {
  @IsArray()
  @ArrayMinSize(1, { message: 'referenceIds must name at least one reference' })
  @ArrayMaxSize(100, { message: 'referenceIds must name at most 100 references' })
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  referenceIds!: string[];
}

export class FeedbackDto extends PageDto {}
