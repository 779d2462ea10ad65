import { Injectable } from '@nestjs/common';
import type { CallerIdentity } from '../../shared/http/caller';
import type { ProfileView } from './account.types';
import { Clock } from './clock';
import { newUserRecord } from './new-user';
import { toProfileView } from './profile.mapper';
import { TankRepository } from './repositories/tank.repository';
import { UserRepository } from './repositories/user.repository';

@Injectable()
export class ProfileService {
  constructor(
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's profile and tanks; the user row is created on first sight of a verified identity. */
  async profileOf(caller: CallerIdentity): Promise<ProfileView> {
    const user =
      (await this.users.get(caller.userId)) ??
      (await this.users.createIfAbsent(newUserRecord({ userId: caller.userId, email: caller.email, plan: caller.signUpPlan }, this.clock.now())));
    return toProfileView(user, await this.tanks.listForUser(caller.userId));
  }

  async saveProfile(caller: CallerIdentity, changes: { displayName?: string }): Promise<ProfileView> {
    await this.profileOf(caller); // make sure the row exists before updating it
    const user =
      changes.displayName !== undefined
        ? await this.users.updateDisplayName(caller.userId, changes.displayName.trim(), this.clock.now())
        : await this.users.get(caller.userId);
    return toProfileView(user!, await this.tanks.listForUser(caller.userId));
  }
}
