import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { AdminController } from './admin.controller';
import { ConfigService } from './config.service';
import { costExplorerProvider } from './cost-explorer/cost-explorer.provider';
import { CostsService } from './costs.service';
import { ErrorsService } from './errors.service';
import { FeedbackService } from './feedback.service';
import { FriendAccessController } from './friend-access.controller';
import { FriendAccessService } from './friend-access.service';
import { OverviewService } from './overview.service';
import { AppErrorRepository } from './read-model/app-error.repository';
import { ConfigStoreRepository } from './read-model/config-store.repository';
import { DraftFeedbackRepository } from './read-model/draft-feedback.repository';
import { IcpTestReader } from './read-model/icp-test.reader';
import { KeeperDirectoryRepository } from './read-model/keeper-directory.repository';
import { UsageEventReader } from './read-model/usage-event.reader';

@Module({
  imports: [AccountDataModule],
  controllers: [AdminController, FriendAccessController],
  providers: [
    FriendAccessService,
    OverviewService,
    CostsService,
    ConfigService,
    ErrorsService,
    FeedbackService,
    KeeperDirectoryRepository,
    AppErrorRepository,
    DraftFeedbackRepository,
    UsageEventReader,
    ConfigStoreRepository,
    IcpTestReader,
    costExplorerProvider,
  ],
})
export class AdminModule {}
