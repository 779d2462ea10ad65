import { Injectable } from '@nestjs/common';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { AlertPreferenceRepository, type StoredAlertPreferences } from './alert-preference.repository';
import type { AlertPreferencesRequestDto } from './dto/alert-preferences.dto';

/** `POST /user/alerts`: read or save one tank's alert preferences (the caller's tanks only). */
@Injectable()
export class AlertPreferencesService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly preferences: AlertPreferenceRepository,
    private readonly clock: Clock,
  ) {}

  async handle(caller: CallerIdentity, request: AlertPreferencesRequestDto): Promise<{ preferences: StoredAlertPreferences }> {
    await this.tanks.requireOwnedTank(caller.userId, request.tankId);
    if (request.action === 'GET') return { preferences: await this.preferences.get(caller.userId, request.tankId) };
    if (!request.preferences) throw new InvalidRequestError('preferences are required to SAVE', { field: 'preferences' });
    const { reportFinished, critical, outOfRange, weeklySummary } = request.preferences;
    return {
      preferences: await this.preferences.save(
        caller.userId,
        request.tankId,
        { reportFinished, critical, outOfRange, weeklySummary },
        this.clock.now(),
      ),
    };
  }
}
