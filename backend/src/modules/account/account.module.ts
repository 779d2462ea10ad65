import { Module } from '@nestjs/common';
import { TargetRangesController } from '../targets/target-ranges.controller';
import { TargetsDataModule } from '../targets/targets.module';
import { CorrectionResizer } from '../reviews/correction-resizer';
import { ReviewsDataModule } from '../reviews/reviews.module';
import { AccountDataModule } from './account-data.module';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { TankConfirmedHook } from './tank-confirmed.hook';

/** `POST /user`, `/user/save` and `/user/target-ranges` (account-api). */
@Module({
  imports: [AccountDataModule, TargetsDataModule, ReviewsDataModule],
  controllers: [ProfileController, TargetRangesController],
  // Confirming the first tank sizes the corrections that waited for its volume.
  providers: [ProfileService, { provide: TankConfirmedHook, useExisting: CorrectionResizer }],
})
export class AccountModule {}
