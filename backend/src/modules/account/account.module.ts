import { Module } from '@nestjs/common';
import { Clock } from './clock';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { DynamoTankRepository, TankRepository } from './repositories/tank.repository';
import { DynamoUserRepository, UserRepository } from './repositories/user.repository';

@Module({
  controllers: [ProfileController],
  providers: [
    ProfileService,
    Clock,
    { provide: UserRepository, useClass: DynamoUserRepository },
    { provide: TankRepository, useClass: DynamoTankRepository },
  ],
  exports: [ProfileService, UserRepository, TankRepository, Clock],
})
export class AccountModule {}
