import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ICP_LABS } from '../../account/account.types';

export class TestListDto {
  @IsString()
  @Length(1, 64)
  tankId!: string;

  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200, { message: 'limit must be at most 200' })
  limit?: number;

  /** Where the previous page ended (its `nextCursor`). */
  @IsOptional()
  @IsString({ message: 'cursor must be a string' })
  @Length(1, 1024, { message: 'cursor must be 1 to 1024 characters' })
  cursor?: string;

  @IsOptional()
  @IsIn(['ICP', 'MANUAL'], { message: 'kind must be ICP or MANUAL' })
  kind?: 'ICP' | 'MANUAL';

  @IsOptional()
  @IsIn(ICP_LABS, { message: `lab must be one of ${ICP_LABS.join(', ')}` })
  lab?: string;
}
