/** Where the browser signs people in: the local identity provider or Amazon Cognito. */
export type IdentityConfig =
  | { readonly kind: 'local'; readonly baseUrl: string; readonly clientId: string }
  | {
      readonly kind: 'cognito';
      readonly region: string;
      readonly userPoolId: string;
      readonly clientId: string;
      /** Another Cognito API address, e.g. an emulator in tests; absent means AWS's own for the region. */
      readonly endpoint?: string;
    };

export type DeploymentEnvironment = 'local' | 'dev' | 'prod';

/** The settings served at `/config.json`: one build of the SPA runs in every environment. */
export interface RuntimeConfig {
  readonly apiUrl: string;
  readonly wsUrl: string;
  readonly identity: IdentityConfig;
  readonly environment: DeploymentEnvironment;
  readonly demo?: { readonly email: string; readonly password: string };
  /** The paid plans' prices (the catalogue Stripe charges); absent, the app names no amounts. */
  readonly billing?: BillingCatalog;
}

export type PaidPlan = 'BASIC' | 'PRO';
export type BillingInterval = 'MONTH' | 'YEAR';

/** The paid plans as `/config.json` lists them; amounts in cents. */
export interface BillingCatalog {
  readonly currency: string;
  readonly trialDays: number;
  readonly promotion: {
    readonly code: string;
    readonly percentOff: number;
    readonly months: number;
  };
  readonly plans: readonly {
    readonly plan: PaidPlan;
    readonly name: string;
    readonly monthly: number;
    readonly yearly: number;
  }[];
}

export class RuntimeConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeConfigError';
  }
}

const ENVIRONMENTS: readonly DeploymentEnvironment[] = ['local', 'dev', 'prod'];

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(source: Fields, field: string, where: string): string {
  const value = source[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RuntimeConfigError(`config.json: ${where}${field} must be a non-empty string`);
  }
  return value;
}

function identityFrom(raw: unknown): IdentityConfig {
  if (!isObject(raw)) throw new RuntimeConfigError('config.json: identity must be an object');
  const kind = raw['kind'];
  if (kind === 'local') {
    return {
      kind,
      baseUrl: trimTrailingSlash(text(raw, 'baseUrl', 'identity.')),
      clientId: text(raw, 'clientId', 'identity.'),
    };
  }
  if (kind === 'cognito') {
    return {
      kind,
      region: text(raw, 'region', 'identity.'),
      userPoolId: text(raw, 'userPoolId', 'identity.'),
      clientId: text(raw, 'clientId', 'identity.'),
      ...(raw['endpoint'] === undefined
        ? {}
        : { endpoint: trimTrailingSlash(text(raw, 'endpoint', 'identity.')) }),
    };
  }
  throw new RuntimeConfigError('config.json: identity.kind must be "local" or "cognito"');
}

function demoFrom(raw: unknown): RuntimeConfig['demo'] {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw))
    throw new RuntimeConfigError('config.json: demo must be an object when present');
  return { email: text(raw, 'email', 'demo.'), password: text(raw, 'password', 'demo.') };
}

const cents = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;

function billingFrom(raw: unknown): BillingCatalog | undefined {
  if (raw === undefined || raw === null) return undefined;
  const wrong = () =>
    new RuntimeConfigError(
      'config.json: billing must list currency, trialDays, promotion and plans with monthly and yearly prices in cents',
    );
  if (!isObject(raw) || !Array.isArray(raw['plans']) || !isObject(raw['promotion'])) throw wrong();
  const plans = raw['plans'].map((plan: unknown) => {
    if (
      !isObject(plan) ||
      (plan['plan'] !== 'BASIC' && plan['plan'] !== 'PRO') ||
      !cents(plan['monthly']) ||
      !cents(plan['yearly'])
    )
      throw wrong();
    return {
      plan: plan['plan'] as PaidPlan,
      name: text(plan, 'name', 'billing.plans.'),
      monthly: plan['monthly'],
      yearly: plan['yearly'],
    };
  });
  const promotion = raw['promotion'];
  if (!cents(raw['trialDays']) || !cents(promotion['percentOff']) || !cents(promotion['months']))
    throw wrong();
  return {
    currency: text(raw, 'currency', 'billing.'),
    trialDays: raw['trialDays'],
    promotion: {
      code: text(promotion, 'code', 'billing.promotion.'),
      percentOff: promotion['percentOff'],
      months: promotion['months'],
    },
    plans,
  };
}

function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Checks the JSON served at `/config.json` and returns it typed, so a wrong deployment fails at
 * startup with a message naming the field rather than later with an odd network error.
 *
 * @example
 * parseRuntimeConfig({ apiUrl: '/api/', wsUrl: 'ws://localhost:3000/ws', environment: 'local',
 *   identity: { kind: 'local', baseUrl: '/auth', clientId: 'ram-web' } }).apiUrl; // '/api'
 */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (!isObject(raw)) throw new RuntimeConfigError('config.json must hold a JSON object');
  const environment = raw['environment'];
  if (!ENVIRONMENTS.includes(environment as DeploymentEnvironment)) {
    throw new RuntimeConfigError('config.json: environment must be one of local, dev, prod');
  }
  const demo = demoFrom(raw['demo']);
  const billing = billingFrom(raw['billing']);
  return {
    apiUrl: trimTrailingSlash(text(raw, 'apiUrl', '')),
    wsUrl: text(raw, 'wsUrl', ''),
    identity: identityFrom(raw['identity']),
    environment: environment as DeploymentEnvironment,
    ...(demo ? { demo } : {}),
    ...(billing ? { billing } : {}),
  };
}
