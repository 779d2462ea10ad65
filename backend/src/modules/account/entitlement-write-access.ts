import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { WriteAccess } from '../../shared/http/write-access';
import { EntitlementsService } from './entitlements.service';
import { UserRepository } from './repositories/user.repository';

const REFUSAL =
  'Your account has no active plan, so nothing can be saved right now. Everything you saved is still here to read and export; choose a plan under Profile → Plan & billing to carry on.';

/** Writes follow the keeper's entitlements: without effective access every write is a 403 with the reason. */
@Injectable()
export class EntitlementWriteAccess extends WriteAccess {
  constructor(
    private readonly users: UserRepository,
    private readonly entitlements: EntitlementsService,
  ) {
    super();
  }

  async assertMayWrite(caller: CallerIdentity): Promise<void> {
    const user = await this.users.get(caller.userId);
    if (!user) throw new NotFoundError('Your profile');
    const { writes } = await this.entitlements.of(user);
    if (!writes.allowed) throw new DomainError('ENTITLEMENT_REQUIRED', REFUSAL, { allowed: false, reason: writes.reason });
  }
}
