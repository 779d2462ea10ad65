import type * as pulumi from '@pulumi/pulumi';
import type { FunctionDefinition, FunctionName, QueueName } from '../../backend/src/catalogue';
import { queueUrlVariable } from '../naming';

/**
 * Functions that talk to Stripe. The catalogue has no flag for it yet, so the list lives here: checkout
 * and portal sessions (account-api), webhook signature checks (billing-webhook), and ending a deleted
 * keeper's subscriptions (privacy-api).
 */
export const STRIPE_FUNCTIONS: readonly FunctionName[] = ['account-api', 'billing-webhook', 'privacy-api'];

export interface EnvironmentInputs {
  readonly environment: string;
  readonly adminEmail: string;
  readonly uploadBucket: pulumi.Input<string>;
  readonly uploadMaxBytes: number;
  readonly bedrockModelId: string;
  readonly queueUrls: Readonly<Record<QueueName, pulumi.Input<string>>>;
  /** Absent for the identity triggers: the user pool cannot exist before the functions it calls. */
  readonly identity?: { userPoolId: pulumi.Input<string>; clientId: pulumi.Input<string> };
  readonly wsManagementEndpoint?: pulumi.Input<string>;
  readonly allowedOrigins?: pulumi.Input<string>;
  readonly stripeParameters?: { secretKey: pulumi.Input<string>; webhookSecret: pulumi.Input<string>; priceIds: pulumi.Input<string> };
  readonly appOrigin?: pulumi.Input<string>;
  readonly mail?: { from: string; appUrl: pulumi.Input<string> };
}

/** The environment variables of one function: the shared runtime settings plus what its catalogue entry needs. */
export function functionEnvironment(fn: FunctionDefinition, inputs: EnvironmentInputs): Record<string, pulumi.Input<string>> {
  const variables: Record<string, pulumi.Input<string>> = {
    RAM_ENV: inputs.environment,
    POWERTOOLS_SERVICE_NAME: fn.name,
    ADMIN_EMAIL: inputs.adminEmail,
    UPLOAD_BUCKET: inputs.uploadBucket,
    // No --enable-source-maps: Node would parse each bundle's multi-MB source map at every cold start.
    // Stack traces stay readable (names are kept when minifying); the map is kept out of the artifact (dist/bundles/.source-maps/).
  };
  for (const queue of fn.sendsTo ?? []) variables[queueUrlVariable(queue)] = inputs.queueUrls[queue];
  if (inputs.identity) {
    variables.IDENTITY_KIND = 'cognito';
    variables.COGNITO_USER_POOL_ID = inputs.identity.userPoolId;
    variables.COGNITO_CLIENT_ID = inputs.identity.clientId;
    // The backend's runtime config reads the client id under its provider-neutral name.
    variables.IDENTITY_CLIENT_ID = inputs.identity.clientId;
  }
  if (fn.manageConnections) {
    if (!inputs.wsManagementEndpoint) throw new Error(`${fn.name} posts to connections but has no endpoint`);
    variables.WS_MANAGEMENT_ENDPOINT = inputs.wsManagementEndpoint;
  }
  if (fn.kind === 'http' && inputs.allowedOrigins) variables.ALLOWED_ORIGINS = inputs.allowedOrigins;
  if (fn.bedrock) variables.BEDROCK_MODEL_ID = inputs.bedrockModelId;
  if (fn.sendsMail) {
    if (!inputs.mail) throw new Error(`${fn.name} sends mail but has no sender`);
    variables.MAIL_FROM = inputs.mail.from;
    variables.APP_URL = inputs.mail.appUrl;
  }
  if (fn.buckets?.upload === 'write') variables.UPLOAD_MAX_BYTES = String(inputs.uploadMaxBytes);
  if (STRIPE_FUNCTIONS.includes(fn.name)) {
    if (!inputs.stripeParameters) throw new Error(`${fn.name} talks to Stripe but has no credentials`);
    variables.STRIPE_SECRET_KEY_PARAMETER = inputs.stripeParameters.secretKey;
    variables.STRIPE_WEBHOOK_SECRET_PARAMETER = inputs.stripeParameters.webhookSecret;
    variables.STRIPE_PRICE_IDS_PARAMETER = inputs.stripeParameters.priceIds;
    if (inputs.appOrigin) variables.APP_ORIGIN = inputs.appOrigin;
  }
  return variables;
}
