import type { BillingCatalog, RuntimeConfig } from '../app/core/config/runtime-config';
import type { StoredSession } from '../app/core/identity/token-store';
import type { BillingSummary, Entitlements, UserProfile } from '../app/core/profile/profile.model';
import type { Tank } from '../app/shared/tanks/tank';

export function runtimeConfigFactory(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    apiUrl: '/api',
    wsUrl: 'ws://localhost:3000/ws',
    identity: { kind: 'local', baseUrl: '/auth', clientId: 'ram-web-local' },
    environment: 'local',
    ...overrides,
  };
}

export function sessionFactory(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    idToken: 'id-token-1',
    accessToken: 'access-token-1',
    refreshToken: 'refresh-token-1',
    expiresAt: Date.parse('2026-03-01T12:00:00Z'),
    email: 'keeper@example.com',
    ...overrides,
  };
}

export function tankFactory(overrides: Partial<Tank> = {}): Tank {
  return {
    tankId: 'tank-1',
    name: 'Mixed reef 300',
    volumeLitres: 300,
    volumeUnit: 'L',
    dosingMethod: 'CUSTOM',
    defaultLab: 'OCEAMO',
    timezone: 'Europe/Berlin',
    ...overrides,
  };
}

/** A trial keeper with one of three uploads used; every gate open. */
export function entitlementsFactory(overrides: Partial<Entitlements> = {}): Entitlements {
  const open = { allowed: true };
  return {
    tier: 'TRIAL',
    trialEndsAt: '2026-02-27T09:00:00Z',
    uploads: { allowed: true, limit: 3, remaining: 2 },
    dashboards: { allowed: true, perTankLimit: null },
    projections: open,
    trendWarnings: open,
    doseResponse: open,
    draftPrograms: open,
    ...overrides,
  };
}

export function profileFactory(
  overrides: {
    user?: Partial<UserProfile['user']>;
    tanks?: UserProfile['tanks'];
    entitlements?: Partial<Entitlements>;
    billing?: Partial<BillingSummary>;
  } = {},
): UserProfile {
  return {
    user: {
      userId: 'user-1',
      email: 'keeper@example.com',
      displayName: 'Robin',
      plan: 'TRIAL',
      billingExempt: false,
      createdAt: '2026-02-20T09:00:00Z',
      trialEndsAt: '2026-02-27T09:00:00Z',
      ...overrides.user,
    },
    tanks: overrides.tanks ?? [tankFactory()],
    entitlements: entitlementsFactory(overrides.entitlements),
    billing: { phase: 'NONE', paymentProblem: false, hasCustomer: false, ...overrides.billing },
  };
}

/** The plan prices `/config.json` lists (the same amounts as the backend's plan catalogue). */
export function billingCatalogFactory(): BillingCatalog {
  return {
    currency: 'eur',
    trialDays: 30,
    promotion: { code: 'RAM_2026', percentOff: 50, months: 12 },
    plans: [
      { plan: 'BASIC', name: 'Reef-A-Matic Basic', monthly: 499, yearly: 4990 },
      { plan: 'PRO', name: 'Reef-A-Matic Pro', monthly: 999, yearly: 9990 },
    ],
  };
}
