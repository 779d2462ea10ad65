import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { FriendAccessController } from './friend-access.controller';
import { FriendAccessService } from './friend-access.service';

@Module({ imports: [AccountDataModule], controllers: [FriendAccessController], providers: [FriendAccessService] })
export class AdminModule {}
