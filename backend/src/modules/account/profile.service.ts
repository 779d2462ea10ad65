import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import type { CallerIdentity } from '../../shared/http/caller';
import { assertAccountLive } from '../../shared/http/live-account';
import type { ProfileView, TankRecord, UserRecord } from './account.types';
import { Clock } from './clock';
import type { SaveProfileDto } from './dto/save-profile.dto';
import { EntitlementsService } from './entitlements.service';
import { MAX_TANK_LITRES, firstTank, newUserRecord, toLitres } from './new-user';
import { toProfileView } from './profile.mapper';
import { FriendGrantRepository } from './repositories/friend-grant.repository';
import { TankRepository } from './repositories/tank.repository';
import { UserRepository } from './repositories/user.repository';
import { TankAccess } from './tank-access';
import { TankConfirmedHook } from './tank-confirmed.hook';

@Injectable()
export class ProfileService {
  constructor(
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly grants: FriendGrantRepository,
    private readonly tankAccess: TankAccess,
    private readonly entitlements: EntitlementsService,
    private readonly clock: Clock,
    private readonly confirmed: TankConfirmedHook,
  ) {}

  /**
   * The caller's profile, tanks and entitlements. Rows the sign-up trigger would have written are
   * created here if missing, and a friend grant made after sign-up is applied on this load.
   */
  async profileOf(caller: CallerIdentity): Promise<ProfileView> {
    const now = this.clock.now();
    // The three reads go out together; the grant is looked up by the token's email, and again only
    // if the profile holds another one.
    const [stored, storedTanks, tokenGrant] = await Promise.all([
      this.users.get(caller.userId),
      this.tanks.listForUser(caller.userId),
      this.grants.get(caller.email),
    ]);
    // Anything written from here on creates or changes rows: never for a deleted account.
    const creates = !stored || storedTanks.length === 0;
    if (creates) await assertAccountLive(caller.userId);
    let user =
      stored ??
      (await this.users.createIfAbsent(newUserRecord({ userId: caller.userId, email: caller.email, plan: caller.signUpPlan }, now)));
    // A changed address reaches the profile only once the identity provider has verified it.
    if (caller.emailVerified && caller.email !== user.email) {
      if (!creates) await assertAccountLive(caller.userId);
      user = (await this.users.setEmail(user.userId, caller.email, now)) ?? user;
    }
    const grant = user.email === caller.email ? tokenGrant : await this.grants.get(user.email);
    if (!user.billingExempt && grant) {
      if (!creates) await assertAccountLive(caller.userId);
      user = (await this.users.setFriendAccess(user.userId, true, now)) ?? user;
    }
    let tanks = storedTanks;
    if (tanks.length === 0) {
      const tank = firstTank(user.userId, randomUUID(), now);
      await this.tanks.saveProfile(user.userId, { tanks: [tank] }, now);
      tanks = [tank];
    }
    return this.view(user, tanks);
  }

  /** Applies a validated profile change: the name and any added or edited tanks, all or nothing. */
  async saveProfile(caller: CallerIdentity, changes: SaveProfileDto): Promise<ProfileView> {
    await this.profileOf(caller);
    const now = this.clock.now();
    const tanks: TankRecord[] = [];
    const firstConfirmed = new Set<string>();
    for (const input of changes.tanks ?? []) {
      const existing = input.tankId ? await this.tankAccess.requireOwnedTank(caller.userId, input.tankId) : undefined;
      if (existing && !existing.setupConfirmed) firstConfirmed.add(existing.tankId);
      const volumeLitres = toLitres(input.volume, input.volumeUnit);
      if (volumeLitres > MAX_TANK_LITRES)
        throw new InvalidRequestError(`volume must be at most ${MAX_TANK_LITRES} litres`, { field: 'volume' });
      tanks.push({
        userId: caller.userId,
        tankId: existing?.tankId ?? randomUUID(),
        name: input.name.trim(),
        volumeLitres,
        volumeUnit: input.volumeUnit,
        dosingMethod: input.dosingMethod,
        defaultLab: input.defaultLab,
        timezone: input.timezone,
        // Saving a tank is the keeper confirming its values.
        setupConfirmed: true,
        createdAt: existing?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      });
    }
    const ids = tanks.map((t) => t.tankId);
    if (new Set(ids).size !== ids.length) throw new InvalidRequestError('tanks must not name the same tankId twice', { field: 'tanks' });
    await this.tanks.saveProfile(caller.userId, { displayName: changes.displayName?.trim(), tanks }, now);
    await this.sizeWaitingCorrections(tanks.filter((t) => firstConfirmed.has(t.tankId)));
    return this.view((await this.users.get(caller.userId))!, await this.tanks.listForUser(caller.userId));
  }

  /**
   * Tests evaluated before the first set-up could not size a dose; now they can. The profile is saved
   * either way: a failure here is logged, and the ICP page sizes what is left when it is opened.
   */
  private async sizeWaitingCorrections(tanks: readonly TankRecord[]): Promise<void> {
    for (const tank of tanks) {
      try {
        await this.confirmed.onTankConfirmed(tank);
      } catch (error) {
        logger.error('Sizing the corrections of a newly confirmed tank failed', { tankId: tank.tankId, error });
      }
    }
  }

  private async view(user: UserRecord, tanks: readonly TankRecord[]): Promise<ProfileView> {
    return toProfileView(user, tanks, await this.entitlements.of(user), this.clock.now());
  }
}
