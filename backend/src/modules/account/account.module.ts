import { Module } from '@nestjs/common';
import { TargetRangesController } from '../targets/target-ranges.controller';
import { TargetsDataModule } from '../targets/targets.module';
import { AccountDataModule } from './account-data.module';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';

/** `POST /user`, `/user/save` and `/user/target-ranges` (account-api). */
@Module({
  imports: [AccountDataModule, TargetsDataModule],
  controllers: [ProfileController, TargetRangesController],
  providers: [ProfileService],
})
export class AccountModule {}
