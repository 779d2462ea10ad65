import { IsOptional, IsString, Length } from 'class-validator';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

/** Characters of CSV one import takes (about 1,000 readings with room to spare; the body limit is 256 KB). */
export const MAX_IMPORT_CSV_CHARS = 200_000;

/** `POST /test/import/preview` and `/test/import/save`: a CSV of readings for the tank. */
export class ReadingImportDto extends TankScopedDto {
  @IsString({ message: 'csv must be the text of the file' })
  @Length(1, MAX_IMPORT_CSV_CHARS, { message: `csv must be 1 to ${MAX_IMPORT_CSV_CHARS} characters: import a larger history in parts` })
  csv!: string;

  @IsOptional()
  @IsString({ message: 'fileName must be a string' })
  @Length(1, 255, { message: 'fileName must be 1 to 255 characters' })
  fileName?: string;
}
