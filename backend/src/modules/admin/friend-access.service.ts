import { Injectable } from '@nestjs/common';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { FriendGrantRepository } from '../account/repositories/friend-grant.repository';
import { UserRepository } from '../account/repositories/user.repository';

export interface FriendGrantView {
  readonly email: string;
  readonly grantedAt: string;
  readonly grantedBy: string;
  readonly note?: string;
  /** Whether a keeper with this email exists yet (the grant applies at their sign-up otherwise). */
  readonly registered: boolean;
}

/** Free Pro access granted by the admin. It bypasses billing and never grants admin rights. */
@Injectable()
export class FriendAccessService {
  constructor(
    private readonly grants: FriendGrantRepository,
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  async grant(admin: CallerIdentity, email: string, note?: string): Promise<FriendGrantView> {
    const now = this.clock.now();
    const normalised = email.trim().toLowerCase();
    await this.grants.put({ email: normalised, grantedAt: now.toISOString(), grantedBy: admin.email, note });
    const user = await this.users.findByEmail(normalised);
    if (user) await this.users.setFriendAccess(user.userId, true, now);
    return { email: normalised, grantedAt: now.toISOString(), grantedBy: admin.email, note, registered: user !== undefined };
  }

  async revoke(email: string): Promise<{ email: string; revoked: boolean }> {
    const normalised = email.trim().toLowerCase();
    const revoked = await this.grants.remove(normalised);
    const user = await this.users.findByEmail(normalised);
    if (user?.billingExempt) await this.users.setFriendAccess(user.userId, false, this.clock.now());
    return { email: normalised, revoked };
  }

  async list(): Promise<FriendGrantView[]> {
    const grants = await this.grants.list();
    return Promise.all(grants.map(async (g) => ({ ...g, registered: (await this.users.findByEmail(g.email)) !== undefined })));
  }
}
