import { IsIn } from 'class-validator';
import { ICP_LABS } from '../../account/account.types';
import { TestDetailDto } from './test-detail.dto';

/** `POST /test/history/delete`: a failed test of one of the caller's tanks. */
export class DeleteFailedTestDto extends TestDetailDto {}

/** `POST /test/history/retry`: read a failed upload again, as a report of this lab. */
export class RetryFailedTestDto extends TestDetailDto {
  @IsIn(ICP_LABS, { message: `lab must be one of ${ICP_LABS.join(', ')}` })
  lab!: (typeof ICP_LABS)[number];
}
