import { Module } from '@nestjs/common';
import { AppConfigRepository } from '../platform/app-config.repository';
import { Clock } from './clock';
import { EntitlementWriteAccess } from './entitlement-write-access';
import { EntitlementsService } from './entitlements.service';
import { WriteAccess } from '../../shared/http/write-access';
import { BillingRecordRepository } from './repositories/billing-record.repository';
import { FriendGrantRepository } from './repositories/friend-grant.repository';
import { DynamoTankRepository, TankRepository } from './repositories/tank.repository';
import { DynamoUserRepository, UserRepository } from './repositories/user.repository';
import { TankAccess } from './tank-access';

/** Users, tanks, grants and entitlements, without controllers, for every lambdalith that needs them. */
@Module({
  providers: [
    Clock,
    AppConfigRepository,
    EntitlementsService,
    FriendGrantRepository,
    BillingRecordRepository,
    TankAccess,
    { provide: UserRepository, useClass: DynamoUserRepository },
    { provide: TankRepository, useClass: DynamoTankRepository },
    { provide: WriteAccess, useClass: EntitlementWriteAccess },
  ],
  exports: [
    Clock,
    AppConfigRepository,
    EntitlementsService,
    FriendGrantRepository,
    BillingRecordRepository,
    TankAccess,
    UserRepository,
    TankRepository,
    WriteAccess,
  ],
})
export class AccountDataModule {}
