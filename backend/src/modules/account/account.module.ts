import { Module } from '@nestjs/common';
import { AccountDataModule } from './account-data.module';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';

@Module({
  imports: [AccountDataModule],
  controllers: [ProfileController],
  providers: [ProfileService],
})
export class AccountModule {}
