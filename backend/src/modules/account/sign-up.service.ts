import { randomUUID } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { AccountDataModule } from './account-data.module';
import { PLANS, type UserRecord } from './account.types';
import { Clock } from './clock';
import { firstTank, isPlan, newUserRecord } from './new-user';
import { FriendGrantRepository } from './repositories/friend-grant.repository';
import { TankRepository } from './repositories/tank.repository';
import { UserRepository } from './repositories/user.repository';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sign-up rules run by the identity provider's triggers (Cognito in AWS, the local issuer here). */
@Injectable()
export class SignUpService {
  constructor(
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly grants: FriendGrantRepository,
    private readonly clock: Clock,
  ) {}

  /** Rejects a sign-up without a valid email or an explicit plan choice. */
  validate(attributes: Record<string, string | undefined>): void {
    if (!attributes.email || !EMAIL.test(attributes.email)) throw new InvalidRequestError('email must be a valid email address');
    if (!isPlan(attributes['custom:plan'])) throw new InvalidRequestError(`plan must be one of ${PLANS.join(', ')}`);
  }

  /** Creates the user row and a first tank; a pending friend grant for the email is applied now. */
  async confirm(userId: string, attributes: Record<string, string | undefined>): Promise<UserRecord> {
    this.validate(attributes);
    const now = this.clock.now();
    const user = await this.users.createIfAbsent(newUserRecord({ userId, email: attributes.email!, plan: attributes['custom:plan'] }, now));
    if ((await this.tanks.listForUser(userId)).length === 0) {
      await this.tanks.saveProfile(userId, { tanks: [firstTank(userId, randomUUID(), now, { timezone: attributes.zoneinfo })] }, now);
    }
    if (!user.billingExempt && (await this.grants.get(user.email))) return (await this.users.setFriendAccess(userId, true, now)) ?? user;
    return user;
  }
}

@Module({ imports: [AccountDataModule], providers: [SignUpService] })
export class SignUpModule {}
