import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { ICP_LABS } from '../../account/account.types';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_BATCH = 20;

/**
 * `POST /test`: with `validateOnly` it asks whether `fileCount` PDFs may be uploaded now; without it,
 * it reserves one upload and returns where to PUT the PDF.
 */
export class UploadRequestDto {
  @IsString()
  @Length(1, 64)
  tankId!: string;

  @IsOptional()
  @IsBoolean({ message: 'validateOnly must be true or false' })
  validateOnly?: boolean;

  @ValidateIf((o: UploadRequestDto) => o.validateOnly === true)
  @IsInt({ message: 'fileCount must be a whole number' })
  @Min(1, { message: 'fileCount must be at least 1' })
  @Max(MAX_FILES_PER_BATCH, { message: `fileCount must be at most ${MAX_FILES_PER_BATCH}` })
  fileCount?: number;

  @IsOptional()
  @IsIn(ICP_LABS, { message: `lab must be one of ${ICP_LABS.join(', ')}` })
  lab?: (typeof ICP_LABS)[number];

  @ValidateIf((o: UploadRequestDto) => o.validateOnly !== true)
  @IsString({ message: 'fileName must be a string' })
  @Length(1, 200, { message: 'fileName must be 1 to 200 characters' })
  @Matches(/\.pdf$/i, { message: 'fileName must end in .pdf' })
  fileName?: string;

  @ValidateIf((o: UploadRequestDto) => o.validateOnly !== true)
  @IsInt({ message: 'fileSize must be a whole number of bytes' })
  @Min(1, { message: 'fileSize must be greater than zero: the file is empty' })
  @Max(MAX_UPLOAD_BYTES, { message: 'fileSize must be at most 10 MB' })
  fileSize?: number;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  batchId?: string;
}
