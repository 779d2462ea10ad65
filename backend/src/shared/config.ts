/**
 * Runtime configuration, read from the environment once per container and validated, so a
 * missing setting fails at start with one clear line instead of deep inside a request.
 */

export type IdentityKind = 'cognito' | 'local';

export interface RuntimeConfig {
  /** Environment prefix of every resource name: `dev`, `prod`, `local`, or a test's own prefix. */
  readonly env: string;
  readonly region: string;
  readonly adminEmail: string;
  readonly uploadBucket: string;
  /**
   * How ID tokens are verified. Absent where a function verifies no tokens: the Cognito triggers
   * cannot be told their own pool's id (the pool is created after them).
   */
  readonly identity?:
    | { readonly kind: 'cognito'; readonly userPoolId: string; readonly clientId: string }
    | { readonly kind: 'local'; readonly issuer: string; readonly clientId: string; readonly jwksUri: string };
  readonly wsManagementEndpoint?: string;
  /** Path-style S3 addressing (the local S3 server needs it). */
  readonly s3ForcePathStyle: boolean;
  /** Where the app is served (`https://…`), for the return addresses of Stripe Checkout and the portal. Absent locally with the Stripe stand-in: it returns to the page the keeper came from. */
  readonly appOrigin?: string;
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

type Env = Record<string, string | undefined>;

function required(env: Env, key: string): string {
  const value = env[key]?.trim();
  if (!value) throw new ConfigurationError(`Missing environment variable ${key}`);
  return value;
}

/** Parses and validates the runtime configuration from an environment map. */
export function parseConfig(env: Env): RuntimeConfig {
  const ramEnv = required(env, 'RAM_ENV');
  if (!/^[a-z][a-z0-9-]{1,30}$/.test(ramEnv)) {
    throw new ConfigurationError(`RAM_ENV must be a short lowercase name, got "${ramEnv}"`);
  }
  const kind = (env.IDENTITY_KIND ?? 'cognito') as IdentityKind;
  let identity: RuntimeConfig['identity'];
  if (kind === 'cognito' && !env.COGNITO_USER_POOL_ID && !env.IDENTITY_CLIENT_ID) {
    identity = undefined;
  } else if (kind === 'local') {
    identity = {
      kind,
      issuer: required(env, 'LOCAL_IDENTITY_ISSUER'),
      clientId: required(env, 'IDENTITY_CLIENT_ID'),
      jwksUri: required(env, 'LOCAL_IDENTITY_JWKS_URI'),
    };
  } else if (kind === 'cognito') {
    identity = { kind, userPoolId: required(env, 'COGNITO_USER_POOL_ID'), clientId: required(env, 'IDENTITY_CLIENT_ID') };
  } else {
    throw new ConfigurationError(`IDENTITY_KIND must be "cognito" or "local", got "${String(kind)}"`);
  }
  const adminEmail = required(env, 'ADMIN_EMAIL').toLowerCase();
  if (!adminEmail.includes('@')) throw new ConfigurationError('ADMIN_EMAIL must be an email address');
  return {
    env: ramEnv,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'eu-central-1',
    adminEmail,
    uploadBucket: env.UPLOAD_BUCKET ?? `${ramEnv}-reef-a-matic-upload`,
    identity,
    wsManagementEndpoint: env.WS_MANAGEMENT_ENDPOINT,
    s3ForcePathStyle: env.RAM_S3_FORCE_PATH_STYLE === 'true',
    appOrigin: env.APP_ORIGIN?.trim().replace(/\/+$/, '') || undefined,
  };
}

let cached: RuntimeConfig | undefined;

/** The validated configuration of this container (cached after the first call). */
export function runtimeConfig(): RuntimeConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Forgets the cached configuration; the local runtime and tests call it after changing the environment. */
export function resetRuntimeConfig(): void {
  cached = undefined;
}
