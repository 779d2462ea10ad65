import { Injectable } from '@nestjs/common';
import { type Entitlements, resolveEntitlements } from '../../domain/entitlements/entitlements';
import { runtimeConfig } from '../../shared/config';
import { AppConfigRepository } from '../platform/app-config.repository';
import type { UserRecord } from './account.types';
import { Clock } from './clock';

/** Loads the settings the entitlement rule needs and applies it to a user. */
@Injectable()
export class EntitlementsService {
  constructor(
    private readonly config: AppConfigRepository,
    private readonly clock: Clock,
  ) {}

  async of(user: UserRecord): Promise<Entitlements> {
    const basicUploadWindowMinutes = await this.config.number('basic_upload_window_minutes');
    return resolveEntitlements(
      { ...user, bootstrapAdmin: user.email === runtimeConfig().adminEmail },
      { icpUploadsTotal: user.icpUploadsTotal, lastIcpUploadAt: user.lastIcpUploadAt },
      { basicUploadWindowMinutes },
      this.clock.now(),
    );
  }
}
