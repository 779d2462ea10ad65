import { Injectable } from '@nestjs/common';
import { CONFIG_SETTINGS, checkSetting } from '../../domain/admin';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { ConfigStoreRepository, type StoredSetting } from './read-model/config-store.repository';

function view(setting: (typeof CONFIG_SETTINGS)[number], stored: StoredSetting | undefined) {
  const { key, type, description } = setting;
  const bounds =
    setting.type === 'integer'
      ? { unit: setting.unit, min: setting.min, max: setting.max, defaultValue: setting.defaultValue }
      : { minLength: setting.minLength, maxLength: setting.maxLength, placeholders: setting.placeholders };
  return {
    key,
    type,
    description,
    ...bounds,
    value: stored?.value ?? null,
    // A feature's own default (seeded on first use) is not an admin's change.
    updatedAt: stored && !stored.seeded ? stored.updatedAt : undefined,
    updatedBy: stored && !stored.seeded ? stored.updatedBy : undefined,
    seeded: stored?.seeded ?? false,
  };
}

/** The run-time settings of the registry, and checked saves that record who changed what and when. */
@Injectable()
export class ConfigService {
  constructor(
    private readonly store: ConfigStoreRepository,
    private readonly clock: Clock,
  ) {}

  async list(key?: string) {
    const settings = key === undefined ? CONFIG_SETTINGS : CONFIG_SETTINGS.filter((s) => s.key === key);
    if (settings.length === 0) throw new InvalidRequestError(`${key} is not a setting RaM knows`, { field: 'key', key });
    const stored = await this.store.getMany(settings.map((s) => s.key));
    return { settings: settings.map((s) => view(s, stored.get(s.key))) };
  }

  async save(admin: CallerIdentity, key: string, value: unknown) {
    const check = checkSetting(key, value);
    if (!check.ok) throw new InvalidRequestError(check.problem, { field: 'value', key });
    const stored = await this.store.save(key, check.value, admin.email, this.clock.now());
    return {
      setting: view(
        CONFIG_SETTINGS.find((s) => s.key === key)!,
        stored,
      ),
    };
  }
}
