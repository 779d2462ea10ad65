import { IsString, Length } from 'class-validator';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

/** `POST /test/history`: one test of one of the caller's tanks. */
export class TestDetailDto extends TankScopedDto {
  @IsString({ message: 'testId must be a string' })
  @Length(1, 64, { message: 'testId must be 1 to 64 characters' })
  testId!: string;
}
