import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class TestListDto {
  @IsString()
  @Length(1, 64)
  tankId!: string;

  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200, { message: 'limit must be at most 200' })
  limit?: number;
}
