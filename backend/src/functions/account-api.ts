import { Module } from '@nestjs/common';
import { AccountModule } from '../modules/account/account.module';
import { ReviewsModule } from '../modules/reviews/reviews.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, AccountModule, ReviewsModule] })
export class AccountApiModule {}

export const handler = lambdalith(AccountApiModule);
