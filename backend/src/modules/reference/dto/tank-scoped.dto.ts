import { IsString, Length } from 'class-validator';

/** A request about one of the caller's tanks. */
export class TankScopedDto {
  @IsString({ message: 'tankId must be a string' })
  @Length(1, 64, { message: 'tankId must be 1 to 64 characters' })
  tankId!: string;
}
