import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { UploadReservationRepository } from './repositories/upload-reservation.repository';
import { TestHistoryService } from './test-history.service';
import { TestingController } from './testing.controller';
import { UploadService } from './upload.service';

@Module({
  imports: [AccountDataModule],
  controllers: [TestingController],
  providers: [UploadService, TestHistoryService, TestHistoryRepository, UploadReservationRepository],
  exports: [TestHistoryRepository],
})
export class TestingModule {}
