import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '../account/entitlements.service';
import { UserRepository } from '../account/repositories/user.repository';

/** Which plan-gated parts of test results a keeper may see. */
export interface ResultFeatures {
  /** Straight-line projections (Pro, trial, friend access). */
  readonly projections: boolean;
  readonly draftPrograms: boolean;
  /** Trend severity and signal on element cards. */
  readonly trendWarnings: boolean;
  /** Dosed against measured change in the trend dialog. */
  readonly doseResponse: boolean;
}

/** Asks the entitlement rule what a keeper's results may include; a keeper without a user row gets neither. */
@Injectable()
export class CallerFeatures {
  constructor(
    private readonly users: UserRepository,
    private readonly entitlements: EntitlementsService,
  ) {}

  async of(userId: string): Promise<ResultFeatures> {
    const user = await this.users.get(userId);
    if (!user) return { projections: false, draftPrograms: false, trendWarnings: false, doseResponse: false };
    const entitlements = await this.entitlements.of(user);
    return {
      projections: entitlements.projections.allowed,
      draftPrograms: entitlements.draftPrograms.allowed,
      trendWarnings: entitlements.trendWarnings.allowed,
      doseResponse: entitlements.doseResponse.allowed,
    };
  }
}
