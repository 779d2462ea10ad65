import { QUEUE_NAMES } from '../catalogue';
import { resetAwsClients } from '../shared/aws/clients';
import { queueUrlVariable } from '../shared/aws/names';
import { resetTokenVerifier } from '../shared/auth/token-verifier';
import { resetRuntimeConfig } from '../shared/config';
import type { BuildInfo } from '../shared/build-info';
import { LOCAL_S3_CREDENTIALS } from './s3/s3-server';

export interface LocalEndpoints {
  readonly env: string;
  readonly region: string;
  readonly gatewayUrl: string;
  /** The loopback operator port serving the SQS and Management APIs. */
  readonly operatorUrl: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly issuer: string;
  /** Where the issuer's signing keys are; the local provider's own JWKS when absent. */
  readonly jwksUri?: string;
  readonly clientId: string;
  readonly adminEmail: string;
  readonly stage: string;
  readonly logLevel: string;
  /** The mail outbox folder (the mail port writes there instead of SES). */
  readonly outboxDir?: string;
  /** What the admin console's About shows for this checkout. */
  readonly build?: BuildInfo;
}

/**
 * The environment the handlers see locally: the same variables Lambda gets from infra, plus the
 * standard `AWS_ENDPOINT_URL_*` overrides that point the real SDK clients at the local services.
 */
export function localEnvironment(e: LocalEndpoints): Record<string, string> {
  const vars: Record<string, string> = {
    RAM_ENV: e.env,
    AWS_REGION: e.region,
    AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: e.dynamoEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: e.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: e.s3Endpoint,
    AWS_ENDPOINT_URL_SQS: e.operatorUrl,
    RAM_S3_FORCE_PATH_STYLE: 'true',
    UPLOAD_BUCKET: `${e.env}-reef-a-matic-upload`,
    IDENTITY_KIND: 'local',
    LOCAL_IDENTITY_ISSUER: e.issuer,
    LOCAL_IDENTITY_JWKS_URI: e.jwksUri ?? `${e.gatewayUrl}/auth/jwks.json`,
    IDENTITY_CLIENT_ID: e.clientId,
    ADMIN_EMAIL: e.adminEmail,
    WS_MANAGEMENT_ENDPOINT: `${e.operatorUrl}/${e.stage}`,
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_LOG_LEVEL: e.logLevel,
    AWS_LAMBDA_LOG_LEVEL: e.logLevel,
    APP_URL: e.gatewayUrl,
    ...(e.outboxDir ? { MAIL_OUTBOX_DIR: e.outboxDir } : {}),
    // No AWS bill to read here: the admin console says so and shows per-PDF estimates.
    RAM_COST_EXPLORER: 'off',
    ...(e.build ? { RAM_BUILD_VERSION: e.build.version, RAM_BUILD_COMMIT: e.build.commit, RAM_BUILD_TIME: e.build.builtAt } : {}),
  };
  for (const queue of QUEUE_NAMES) vars[queueUrlVariable(queue)] = `${e.operatorUrl}/000000000000/${e.env}-${queue}`;
  return vars;
}

/** Applies the variables to this process and drops every cache built from the old ones. */
export function applyEnvironment(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
  resetRuntimeConfig();
  resetAwsClients();
  resetTokenVerifier();
}
