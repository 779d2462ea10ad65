import { existsSync } from 'fs';
import * as path from 'path';
import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import {
  FUNCTIONS,
  QUEUE_NAMES,
  TABLE_NAMES,
  type BucketName,
  type FunctionDefinition,
  type FunctionName,
  type QueueName,
  type TableName,
} from '../../backend/src/catalogue';
import type { TableRef } from '../data/data';
import { assumeRolePolicy, MANAGED_POLICIES } from '../managed-policies';
import { functionLogGroupName, functionName } from '../naming';
import type { QueueRef } from '../queues/queues';
import type { BucketRef } from '../storage/storage';
import { LOG_METRICS_NAMESPACE, logMetrics } from '../observability/log-metrics';
import { moduleTags } from '../tags';
import { functionEnvironment, STRIPE_FUNCTIONS } from './environment';
import { functionStatements, type PermissionTargets } from './iam';

export interface ParameterRef {
  readonly name: pulumi.Input<string>;
  readonly arn: pulumi.Input<string>;
}

export interface FunctionsArgs {
  readonly environment: string;
  readonly names: readonly FunctionName[];
  /** Folder with one built bundle per function (`<bundleRoot>/<function>/index.js`). */
  readonly bundleRoot: string;
  /** Fail at once, naming the missing bundles, instead of deep inside an upload. */
  readonly requireBundles: boolean;
  readonly logRetentionDays: number;
  readonly tables: Readonly<Record<TableName, TableRef>>;
  readonly queues: Readonly<Record<QueueName, QueueRef>>;
  readonly streamFailureQueues: Readonly<Partial<Record<FunctionName, QueueRef>>>;
  readonly asyncFailureQueues: Readonly<Partial<Record<FunctionName, QueueRef>>>;
  /** Browser origins the HTTP lambdaliths answer with CORS headers (comma-separated). */
  readonly allowedOrigins?: pulumi.Input<string>;
  readonly buckets: Readonly<Record<BucketName, BucketRef>>;
  readonly adminEmail: string;
  readonly bedrockModelId: string;
  readonly bedrockModelArn: pulumi.Input<string>;
  readonly uploadMaxBytes: number;
  readonly stripeParameters: { readonly secretKey: ParameterRef; readonly webhookSecret: ParameterRef; readonly priceIds: ParameterRef };
  /** Where the app is served, for Stripe's return addresses. */
  readonly appOrigin?: pulumi.Input<string>;
  readonly identity?: { readonly userPoolId: pulumi.Input<string>; readonly clientId: pulumi.Input<string> };
  /** The SES sender and the app's address for links, for functions that send mail. */
  readonly mail?: { readonly from: string; readonly identityArn: pulumi.Input<string>; readonly appUrl: pulumi.Input<string> };
  /** The user pool, for functions that delete identities. */
  readonly userPoolArn?: pulumi.Input<string>;
  readonly websocket?: {
    readonly managementEndpoint: pulumi.Input<string>;
    readonly connectionArns: readonly pulumi.Input<string>[];
  };
}

/** Throws, naming every missing one, unless each function has `<bundleRoot>/<function>/index.js`. */
export function assertBundlesBuilt(bundleRoot: string, names: readonly FunctionName[]): void {
  const missing = names.filter((fn) => !existsSync(path.join(bundleRoot, fn, 'index.js')));
  if (missing.length > 0) {
    throw new Error(`Function bundles missing in ${bundleRoot}: ${missing.join(', ')}. Run \`npm run build -w backend\` first.`);
  }
}

/** Lambda's own retries of an asynchronous event before it goes to the on-failure queue. */
export const ASYNC_RETRY_ATTEMPTS = 2;
/** An event older than this (e.g. while the function kept failing) goes to the on-failure queue unprocessed. */
export const ASYNC_MAX_EVENT_AGE_SECONDS = 6 * 3600;

/** A group of catalogue functions, each with its own log group, execution role and scoped policy. */
export class Functions extends pulumi.ComponentResource {
  readonly functions: Readonly<Partial<Record<FunctionName, aws.lambda.Function>>>;

  constructor(name: string, args: FunctionsArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:compute:Functions', name, {}, opts);
    if (args.requireBundles) assertBundlesBuilt(args.bundleRoot, args.names);
    const functions: Partial<Record<FunctionName, aws.lambda.Function>> = {};
    for (const fn of args.names) functions[fn] = this.deploy(`${name}-${fn}`, FUNCTIONS[fn], args);
    this.functions = functions;
    this.registerOutputs({
      functionNames: Object.fromEntries(Object.entries(functions).map(([fn, f]) => [fn, f.name])),
    });
  }

  private deploy(logical: string, definition: FunctionDefinition, args: FunctionsArgs): aws.lambda.Function {
    const tags = moduleTags(definition.module);
    const logGroup = new aws.cloudwatch.LogGroup(
      `${logical}-logs`,
      {
        name: functionLogGroupName(args.environment, definition.name),
        retentionInDays: args.logRetentionDays,
        tags,
      },
      { parent: this },
    );
    for (const metric of logMetrics(args.environment).filter((m) => m.function === definition.name)) {
      new aws.cloudwatch.LogMetricFilter(
        `${logical}-${metric.kind}`,
        {
          name: `${functionName(args.environment, definition.name)}-${metric.kind}`,
          logGroupName: logGroup.name,
          pattern: metric.pattern,
          metricTransformation: { name: metric.metricName, namespace: LOG_METRICS_NAMESPACE, value: metric.value },
        },
        { parent: this },
      );
    }
    const role = new aws.iam.Role(
      `${logical}-role`,
      {
        name: `${functionName(args.environment, definition.name)}-role`,
        assumeRolePolicy: assumeRolePolicy('lambda.amazonaws.com'),
        tags,
      },
      { parent: this },
    );
    const policy = new aws.iam.RolePolicy(
      `${logical}-policy`,
      { role: role.id, policy: this.policyDocument(definition, logGroup.arn, args) },
      { parent: this },
    );
    const tracing = new aws.iam.RolePolicyAttachment(
      `${logical}-xray`,
      { role: role.name, policyArn: MANAGED_POLICIES.xrayWrite },
      { parent: this },
    );
    const fn = new aws.lambda.Function(
      logical,
      {
        name: functionName(args.environment, definition.name),
        description: definition.description,
        role: role.arn,
        runtime: aws.lambda.Runtime.NodeJS22dX,
        architectures: ['arm64'],
        handler: 'index.handler',
        code: new pulumi.asset.FileArchive(path.join(args.bundleRoot, definition.name)),
        memorySize: definition.memoryMb,
        timeout: definition.timeoutSeconds,
        reservedConcurrentExecutions: definition.reservedConcurrency,
        tracingConfig: { mode: 'Active' },
        loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
        environment: { variables: this.variables(definition, args) },
        tags,
      },
      // The role must be able to write logs and traces before the first invocation.
      { parent: this, dependsOn: [policy, tracing] },
    );
    const asyncFailures = args.asyncFailureQueues[definition.name];
    if (asyncFailures) {
      new aws.lambda.FunctionEventInvokeConfig(
        `${logical}-async`,
        {
          functionName: fn.name,
          maximumRetryAttempts: ASYNC_RETRY_ATTEMPTS,
          maximumEventAgeInSeconds: ASYNC_MAX_EVENT_AGE_SECONDS,
          destinationConfig: { onFailure: { destination: asyncFailures.arn } },
        },
        { parent: this },
      );
    }
    return fn;
  }

  private variables(definition: FunctionDefinition, args: FunctionsArgs): Record<string, pulumi.Input<string>> {
    const stripe = args.stripeParameters;
    return functionEnvironment(definition, {
      environment: args.environment,
      adminEmail: args.adminEmail,
      uploadBucket: args.buckets.upload.name,
      uploadMaxBytes: args.uploadMaxBytes,
      bedrockModelId: args.bedrockModelId,
      queueUrls: Object.fromEntries(QUEUE_NAMES.map((q) => [q, args.queues[q].url])) as Record<QueueName, pulumi.Output<string>>,
      identity: args.identity,
      wsManagementEndpoint: args.websocket?.managementEndpoint,
      appOrigin: args.appOrigin,
      mail: args.mail ? { from: args.mail.from, appUrl: args.mail.appUrl } : undefined,
      allowedOrigins: args.allowedOrigins,
      stripeParameters: STRIPE_FUNCTIONS.includes(definition.name)
        ? { secretKey: stripe.secretKey.name, webhookSecret: stripe.webhookSecret.name, priceIds: stripe.priceIds.name }
        : undefined,
    });
  }

  private policyDocument(definition: FunctionDefinition, logGroupArn: pulumi.Output<string>, args: FunctionsArgs): pulumi.Output<string> {
    const usesStripe = STRIPE_FUNCTIONS.includes(definition.name);
    const targets = pulumi.output({
      logGroupArn,
      tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, { arn: args.tables[t].arn, streamArn: args.tables[t].streamArn }])),
      queues: Object.fromEntries(QUEUE_NAMES.map((q) => [q, { arn: args.queues[q].arn }])),
      buckets: Object.fromEntries(Object.entries(args.buckets).map(([b, ref]) => [b, { arn: ref.arn }])),
      streamFailureQueueArn: args.streamFailureQueues[definition.name]?.arn,
      asyncFailureQueueArn: args.asyncFailureQueues[definition.name]?.arn,
      connectionArns: definition.manageConnections ? args.websocket?.connectionArns : undefined,
      bedrockModelArn: args.bedrockModelArn,
      parameterArns: usesStripe
        ? [args.stripeParameters.secretKey.arn, args.stripeParameters.webhookSecret.arn, args.stripeParameters.priceIds.arn]
        : undefined,
      mailIdentityArn: definition.sendsMail ? args.mail?.identityArn : undefined,
      userPoolArn: definition.deletesIdentities ? args.userPoolArn : undefined,
    });
    return targets.apply((resolved) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: functionStatements(definition, resolved as unknown as PermissionTargets),
      }),
    );
  }
}
