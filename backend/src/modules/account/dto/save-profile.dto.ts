import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class SaveProfileDto {
  @IsOptional()
  @IsString()
  @Length(1, 80, { message: 'displayName must be 1 to 80 characters' })
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName?: string;
}

/** `POST /user` needs no fields; the app may name the tank it has selected. */
export class GetProfileDto {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  tankId?: string;
}
