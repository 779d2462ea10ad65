import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';

export class ExportDataDto {
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format!: 'json' | 'csv';
}

export class DeleteAccountDto {
  @IsString()
  @MaxLength(320)
  @IsEmail({}, { message: 'confirmEmail must be the email address of this account' })
  confirmEmail!: string;
}
