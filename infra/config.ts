import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';

export type Environment = 'dev' | 'prod';

export const ENVIRONMENTS: readonly Environment[] = ['dev', 'prod'];

/** Everything the program needs from stack configuration, read once and validated. */
export interface InfraConfig {
  readonly environment: Environment;
  readonly region: string;
  /** The SPA's host name: dev.reefamatic.com or www.reefamatic.com. */
  readonly appDomain: string;
  readonly docsDomain: string;
  /** The domain mail is sent from; its SES identity is owned by the prod stack. */
  readonly mailDomain: string;
  /** An ACM certificate in us-east-1 covering appDomain and docsDomain; without it CloudFront serves its own domain only. */
  readonly certificateArn?: string;
  readonly adminEmail: string;
  readonly alarmEmail: string;
  readonly stripe: { readonly secretKey: pulumi.Output<string>; readonly webhookSecret: pulumi.Output<string> };
  readonly bedrockModelId: string;
  readonly grafanaEnabled: boolean;
  /** IAM Identity Center group ids given the Grafana workspace's admin and viewer roles. */
  readonly grafanaGroups: { readonly admin: readonly string[]; readonly viewer: readonly string[] };
  /** The account's Lambda concurrency limit, for the 80% warning (1,000 unless AWS raised it). */
  readonly accountConcurrencyLimit: number;
  readonly uploadMaxBytes: number;
  readonly logRetentionDays: number;
  /** Steady-state requests per second and burst, per API stage. */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /**
   * The Route 53 public zone the app and docs names live in. With it the stack writes their alias records,
   * and requests and validates their certificate itself unless certificateArn names one.
   */
  readonly hostedZone?: string;
  /** Where `npm run build -w backend` leaves one folder per function. */
  readonly bundleRoot: string;
  /** Stop before creating anything when a function's bundle is missing (off only under test mocks). */
  readonly requireBundles: boolean;
}

const LOG_RETENTION_DAYS: Readonly<Record<Environment, number>> = { dev: 14, prod: 90 };

// Far above what keepers generate; low enough that a runaway client cannot run up the Lambda bill.
const API_THROTTLE: Readonly<Record<Environment, InfraConfig['apiThrottle']>> = {
  dev: { rateLimit: 20, burstLimit: 40 },
  prod: { rateLimit: 100, burstLimit: 200 },
};

const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_ACCOUNT_CONCURRENCY = 1000;

function requireEmail(config: pulumi.Config, key: string): string {
  const value = config.require(key);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw new Error(`${key} must be an email address, got "${value}"`);
  return value.toLowerCase();
}

/** Reads and validates the stack configuration. Call it once, in the composition root. */
export function readConfig(): InfraConfig {
  const config = new pulumi.Config('reef-a-matic');
  const aws = new pulumi.Config('aws');
  const environment = config.require<Environment>('environment', { allowedValues: [...ENVIRONMENTS] });
  const uploadMaxBytes = config.getNumber('uploadMaxBytes', { min: 1 }) ?? DEFAULT_UPLOAD_MAX_BYTES;
  return {
    environment,
    region: aws.require('region'),
    appDomain: config.require('appDomain'),
    docsDomain: config.require('docsDomain'),
    mailDomain: config.require('mailDomain'),
    certificateArn: config.get('certificateArn'),
    adminEmail: requireEmail(config, 'adminEmail'),
    alarmEmail: requireEmail(config, 'alarmEmail'),
    stripe: {
      secretKey: config.requireSecret('stripeSecretKey'),
      webhookSecret: config.requireSecret('stripeWebhookSecret'),
    },
    bedrockModelId: config.require('bedrockModelId'),
    grafanaEnabled: config.getBoolean('grafanaEnabled') ?? false,
    grafanaGroups: {
      admin: config.getObject<string[]>('grafanaAdminGroupIds') ?? [],
      viewer: config.getObject<string[]>('grafanaViewerGroupIds') ?? [],
    },
    accountConcurrencyLimit: config.getNumber('accountConcurrencyLimit', { min: 10 }) ?? DEFAULT_ACCOUNT_CONCURRENCY,
    uploadMaxBytes,
    logRetentionDays: LOG_RETENTION_DAYS[environment],
    apiThrottle: API_THROTTLE[environment],
    hostedZone: config.get('hostedZone'),
    bundleRoot: path.resolve(__dirname, '..', 'backend', 'dist', 'bundles'),
    requireBundles: config.getBoolean('requireBundles') ?? true,
  };
}
