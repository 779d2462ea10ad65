import { Module } from '@nestjs/common';
import { AppConfigRepository } from '../platform/app-config.repository';
import { Clock } from './clock';
import { EntitlementsService } from './entitlements.service';
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
    TankAccess,
    { provide: UserRepository, useClass: DynamoUserRepository },
    { provide: TankRepository, useClass: DynamoTankRepository },
  ],
  exports: [Clock, AppConfigRepository, EntitlementsService, FriendGrantRepository, TankAccess, UserRepository, TankRepository],
})
export class AccountDataModule {}
