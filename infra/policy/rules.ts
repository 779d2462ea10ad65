import { FUNCTION_NAMES, type FunctionName } from '../../backend/src/catalogue';
import { ENVIRONMENTS } from '../config';
import { ALLOWED_MANAGED_POLICY_ARNS } from '../managed-policies';
import { ENVIRONMENT_TAG, MODULE_TAG, TAGGABLE_TYPES } from '../tags';
import { requiredActionsOf, type RequiredActions } from './sdk-usage';

/**
 * The safety rules of the program, as plain functions over resources. Unit tests run them on the resources a
 * mocked `pulumi up` registers; `infra/policy/index.ts` wraps the same functions in a policy pack so
 * `pulumi up --policy-pack infra/policy` enforces them against the real plan.
 */

export interface PolicyResource {
  readonly type: string;
  readonly urn: string;
  // Untyped like @pulumi/policy's own `props`: rules read whatever inputs a resource type has.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly props: Record<string, any>;
}

export interface Violation {
  readonly urn: string;
  readonly message: string;
}

export interface ResourceRule {
  readonly name: string;
  readonly description: string;
  /** Messages for each way the resource breaks the rule; empty when it complies. */
  check(resource: PolicyResource): string[];
}

export interface StackRule {
  readonly name: string;
  readonly description: string;
  check(resources: readonly PolicyResource[]): Violation[];
}

const TABLE = 'aws:dynamodb/table:Table';
const QUEUE = 'aws:sqs/queue:Queue';
const FUNCTION = 'aws:lambda/function:Function';
const BUCKET = 'aws:s3/bucket:Bucket';
const PUBLIC_ACCESS_BLOCK = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
const POLICY_ATTACHMENT = 'aws:iam/rolePolicyAttachment:RolePolicyAttachment';
const ROLE_POLICY = 'aws:iam/rolePolicy:RolePolicy';
const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';
const BUCKET_POLICY = 'aws:s3/bucketPolicy:BucketPolicy';
const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const INVOKE_CONFIG = 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig';
const REST_METHOD_SETTINGS = 'aws:apigateway/methodSettings:MethodSettings';
const WEBSOCKET_STAGE = 'aws:apigatewayv2/stage:Stage';
/** Resources whose `policy` input is an IAM policy document. */
const POLICY_DOCUMENT_TYPES = new Set([
  'aws:iam/rolePolicy:RolePolicy',
  'aws:iam/policy:Policy',
  'aws:s3/bucketPolicy:BucketPolicy',
  'aws:sqs/queuePolicy:QueuePolicy',
  'aws:sns/topicPolicy:TopicPolicy',
]);

/** The one action allowed on every resource: Cost Explorer has no resource ARNs. */
export const RESOURCE_WILDCARD_ACTIONS: ReadonlySet<string> = new Set(['ce:GetCostAndUsage']);

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const tablesAreRecoverableAndEncrypted: ResourceRule = {
  name: 'dynamodb-pitr-and-encryption',
  description: 'Every DynamoDB table has point-in-time recovery and server-side encryption on.',
  check: ({ type, props }) => {
    if (type !== TABLE) return [];
    const problems: string[] = [];
    if (props.pointInTimeRecovery?.enabled !== true) problems.push(`table ${props.name} has no point-in-time recovery`);
    if (props.serverSideEncryption?.enabled !== true) problems.push(`table ${props.name} has no server-side encryption`);
    return problems;
  },
};

/** Dead-letter queues are named `<queue>-dlq` (or `-dlq.fifo`); they are the end of the line. */
export function isDeadLetterQueueName(name: string): boolean {
  return /-dlq(\.fifo)?$/.test(name);
}

export const queuesHaveDeadLetterQueues: ResourceRule = {
  name: 'sqs-redrive-to-dlq',
  description: 'Every queue except a dead-letter queue redrives to a dead-letter queue after a bounded number of receives.',
  check: ({ type, props }) => {
    if (type !== QUEUE || isDeadLetterQueueName(String(props.name ?? ''))) return [];
    const raw = props.redrivePolicy;
    const policy = typeof raw === 'string' && raw.length > 0 ? JSON.parse(raw) : raw;
    if (!policy?.deadLetterTargetArn) return [`queue ${props.name} has no dead-letter queue`];
    if (!(Number(policy.maxReceiveCount) >= 1)) return [`queue ${props.name} has no maxReceiveCount`];
    if (!isDeadLetterQueueName(String(policy.deadLetterTargetArn).split(':').pop() ?? '')) {
      return [`queue ${props.name} redrives to ${policy.deadLetterTargetArn}, which is not a dead-letter queue`];
    }
    return [];
  },
};

/** `arn…/*` or `arn…:*` under an otherwise exact ARN: the objects, indexes or streams of one resource. */
function isScopedResource(resource: string): boolean {
  if (!resource.includes('*')) return true;
  return /^arn:[^*]+[/:]\*$/.test(resource);
}

function statementProblems(statement: Record<string, unknown>): string[] {
  if (statement.Effect !== 'Allow') return [];
  if (statement.NotAction !== undefined || statement.NotResource !== undefined) {
    return ['an Allow statement uses NotAction or NotResource'];
  }
  const actions = asList(statement.Action).map(String);
  const resources = asList(statement.Resource).map(String);
  const problems = actions.filter((a) => a.includes('*')).map((a) => `action ${a} is a wildcard`);
  const everything = resources.includes('*');
  if (everything && !actions.every((a) => RESOURCE_WILDCARD_ACTIONS.has(a))) {
    problems.push(`resource * is allowed for ${actions.join(', ')}`);
  }
  for (const resource of resources.filter((r) => r !== '*' && !isScopedResource(r))) {
    problems.push(`resource ${resource} has a wildcard outside its last segment`);
  }
  return problems;
}

export const iamHasNoWildcards: ResourceRule = {
  name: 'iam-no-wildcards',
  description:
    'No Allow statement uses * in Action, or * as Resource (except ce:GetCostAndUsage); ' +
    'a resource wildcard may only close an exact ARN (objects, indexes, streams, connections).',
  check: ({ type, props }) => {
    if (!POLICY_DOCUMENT_TYPES.has(type)) return [];
    const document = typeof props.policy === 'string' ? JSON.parse(props.policy) : props.policy;
    return asList(document?.Statement).flatMap((s) => statementProblems(s as Record<string, unknown>));
  },
};

export const managedPoliciesAreAllowListed: ResourceRule = {
  name: 'iam-managed-policy-allow-list',
  description: 'Only the AWS managed policies listed in infra/managed-policies.ts are attached.',
  check: ({ type, props }) =>
    type === POLICY_ATTACHMENT && !ALLOWED_MANAGED_POLICY_ARNS.has(String(props.policyArn))
      ? [`managed policy ${props.policyArn} is not on the allow-list`]
      : [],
};

export const lambdasRunTheSupportedRuntime: ResourceRule = {
  name: 'lambda-node22-arm64-traced',
  description: 'Every Lambda function runs nodejs22.x on arm64 with active X-Ray tracing.',
  check: ({ type, props }) => {
    if (type !== FUNCTION) return [];
    const problems: string[] = [];
    if (props.runtime !== 'nodejs22.x') problems.push(`function ${props.name} runs ${props.runtime}`);
    if (JSON.stringify(props.architectures) !== '["arm64"]') problems.push(`function ${props.name} is not arm64`);
    if (props.tracingConfig?.mode !== 'Active') problems.push(`function ${props.name} has no active tracing`);
    return problems;
  },
};

export const resourcesCarryCostTags: ResourceRule = {
  name: 'cost-allocation-tags',
  description: `Every taggable resource carries the ${ENVIRONMENT_TAG} and ${MODULE_TAG} cost tags.`,
  check: ({ type, props }) => {
    if (!TAGGABLE_TYPES.has(type) && props.tags === undefined) return [];
    const tags: Record<string, string> = props.tags ?? {};
    const problems: string[] = [];
    if (!(ENVIRONMENTS as readonly string[]).includes(tags[ENVIRONMENT_TAG])) {
      problems.push(`${type} has no valid ${ENVIRONMENT_TAG} tag`);
    }
    if (!tags[MODULE_TAG]) problems.push(`${type} has no ${MODULE_TAG} tag`);
    return problems;
  },
};

const PUBLIC_ACCESS_FLAGS = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'];

export const bucketsBlockPublicAccess: StackRule = {
  name: 's3-block-public-access',
  description: 'Every bucket has a public access block with all four settings on.',
  check: (resources) => {
    const blocked = new Set(
      resources
        .filter((r) => r.type === PUBLIC_ACCESS_BLOCK && PUBLIC_ACCESS_FLAGS.every((f) => r.props[f] === true))
        .map((r) => String(r.props.bucket)),
    );
    return resources
      .filter((r) => r.type === BUCKET && !blocked.has(String(r.props.bucket)))
      .map((r) => ({ urn: r.urn, message: `bucket ${r.props.bucket} does not block public access` }));
  },
};

export const logGroupsExpire: ResourceRule = {
  name: 'log-retention',
  description: 'Every log group this program creates has a retention period.',
  check: ({ type, props }) =>
    type === LOG_GROUP && !(Number(props.retentionInDays) > 0) ? [`log group ${props.name} keeps logs forever`] : [],
};

/** The groups API Gateway writes execution logs to; unless the program makes them, they never expire. */
export function executionLogGroupsNeeded(resources: readonly PolicyResource[]): { urn: string; group: string }[] {
  const logging = (level: unknown) => typeof level === 'string' && level !== 'OFF';
  const needed: { urn: string; group: string }[] = [];
  for (const r of resources) {
    // Ids that are not known yet (a first preview) cannot be checked; the next preview will.
    if (r.type === REST_METHOD_SETTINGS && logging(r.props.settings?.loggingLevel) && typeof r.props.restApi === 'string') {
      needed.push({ urn: r.urn, group: `API-Gateway-Execution-Logs_${r.props.restApi}/${r.props.stageName}` });
    }
    if (r.type === WEBSOCKET_STAGE && logging(r.props.defaultRouteSettings?.loggingLevel) && typeof r.props.apiId === 'string') {
      needed.push({ urn: r.urn, group: `/aws/apigateway/${r.props.apiId}/${r.props.name}` });
    }
  }
  return needed;
}

export const apiExecutionLogsExpire: StackRule = {
  name: 'api-execution-log-retention',
  description: 'Every API stage that writes execution logs has its execution log group created, with a retention period.',
  check: (resources) => {
    const groups = new Set(
      resources.filter((r) => r.type === LOG_GROUP && Number(r.props.retentionInDays) > 0).map((r) => String(r.props.name)),
    );
    return executionLogGroupsNeeded(resources)
      .filter((n) => !groups.has(n.group))
      .map((n) => ({ urn: n.urn, message: `execution logs go to ${n.group}, which the program does not create with a retention` }));
  },
};

const documentOf = (props: Record<string, unknown>) => (typeof props.policy === 'string' ? JSON.parse(props.policy) : props.policy);

function deniesInsecureTransport(statement: Record<string, unknown>, bucketArn: string): boolean {
  const condition = statement.Condition as { Bool?: Record<string, unknown> } | undefined;
  const resources = asList(statement.Resource).map(String);
  return (
    statement.Effect === 'Deny' &&
    (statement.Principal === '*' || (statement.Principal as { AWS?: unknown })?.AWS === '*') &&
    asList(statement.Action).map(String).includes('s3:*') &&
    String(condition?.Bool?.['aws:SecureTransport']) === 'false' &&
    resources.includes(bucketArn) &&
    resources.includes(`${bucketArn}/*`)
  );
}

export const bucketsRequireTls: StackRule = {
  name: 's3-tls-only',
  description: 'Every bucket policy refuses requests made without TLS, to the bucket and to its objects; every bucket has one.',
  check: (resources) => {
    const tlsOnly = new Set(
      resources
        .filter((r) => r.type === BUCKET_POLICY)
        .filter((r) =>
          asList(documentOf(r.props)?.Statement).some((s) =>
            deniesInsecureTransport(s as Record<string, unknown>, `arn:aws:s3:::${r.props.bucket}`),
          ),
        )
        .map((r) => String(r.props.bucket)),
    );
    return resources
      .filter((r) => r.type === BUCKET && !tlsOnly.has(String(r.props.bucket)))
      .map((r) => ({ urn: r.urn, message: `bucket ${r.props.bucket} accepts requests without TLS` }));
  },
};

/** `arn:aws:lambda:…:function:dev-upload-convert` → `dev-upload-convert`. */
const functionNameOfArn = (arn: unknown) => (typeof arn === 'string' ? (arn.split(':function:')[1]?.split(':')[0] ?? arn) : undefined);

export const asyncInvocationsHaveDestinations: StackRule = {
  name: 'lambda-async-failure-destination',
  description: 'Every function that S3 or EventBridge invokes asynchronously sends events it gives up on to an on-failure destination.',
  check: (resources) => {
    const invoked = new Map<string, string>();
    for (const r of resources) {
      if (r.type === BUCKET_NOTIFICATION) {
        for (const target of asList(r.props.lambdaFunctions))
          invoked.set(String(functionNameOfArn((target as { lambdaFunctionArn?: unknown }).lambdaFunctionArn)), r.urn);
      }
      if (r.type === EVENT_TARGET && String(r.props.arn ?? '').includes(':function:'))
        invoked.set(String(functionNameOfArn(r.props.arn)), r.urn);
    }
    const covered = new Set(
      resources
        .filter((r) => r.type === INVOKE_CONFIG && r.props.destinationConfig?.onFailure?.destination)
        .map((r) => String(r.props.functionName)),
    );
    return [...invoked]
      .filter(([fn]) => fn !== 'undefined' && !covered.has(fn))
      .map(([fn, urn]) => ({ urn, message: `function ${fn} is invoked asynchronously but has no on-failure destination` }));
  },
};

/** The catalogue function a deployed function implements: `dev-seed-loader` → `seed-loader`. */
function catalogueFunction(physicalName: unknown): FunctionName | undefined {
  const name = String(physicalName ?? '');
  return FUNCTION_NAMES.find((fn) => ENVIRONMENTS.some((env) => name === `${env}-${fn}`));
}

/**
 * Every action a function's code sends is allowed by its execution role's inline policy. The role's policy
 * is found by name (`<function logical name>-policy`), which is known even before the role exists.
 */
export function rolesCoverTheirCode(requirements: (fn: FunctionName) => RequiredActions = requiredActionsOf): StackRule {
  return {
    name: 'iam-sufficient-for-code',
    description: 'Each function role allows every AWS action its code sends (derived from the backend source).',
    check: (resources) => {
      const policies = new Map(resources.filter((r) => r.type === ROLE_POLICY).map((r) => [r.urn.split('::').pop(), r]));
      return resources
        .filter((r) => r.type === FUNCTION && catalogueFunction(r.props.name))
        .flatMap((r) => {
          const fn = catalogueFunction(r.props.name)!;
          const policy = policies.get(`${r.urn.split('::').pop()}-policy`);
          const allowed = new Set(
            asList(policy ? documentOf(policy.props)?.Statement : [])
              .filter((s) => (s as { Effect?: unknown }).Effect === 'Allow')
              .flatMap((s) => asList((s as { Action?: unknown }).Action).map(String)),
          );
          const { actions, unknownCommands } = requirements(fn);
          return [
            ...actions
              .filter((a) => !allowed.has(a))
              .map((a) => ({ urn: r.urn, message: `function ${r.props.name} sends ${a} but its role does not allow it` })),
            ...unknownCommands.map((c) => ({
              urn: r.urn,
              message: `function ${r.props.name} sends ${c}, whose IAM action is not listed in sdk-usage.ts`,
            })),
          ];
        });
    },
  };
}

export const RESOURCE_RULES: readonly ResourceRule[] = [
  tablesAreRecoverableAndEncrypted,
  queuesHaveDeadLetterQueues,
  iamHasNoWildcards,
  managedPoliciesAreAllowListed,
  lambdasRunTheSupportedRuntime,
  resourcesCarryCostTags,
  logGroupsExpire,
];

export const STACK_RULES: readonly StackRule[] = [
  bucketsBlockPublicAccess,
  bucketsRequireTls,
  apiExecutionLogsExpire,
  asyncInvocationsHaveDestinations,
  rolesCoverTheirCode(),
];

/** Every violation of every rule in a set of resources. */
export function violations(resources: readonly PolicyResource[]): Violation[] {
  return [
    ...resources.flatMap((r) =>
      RESOURCE_RULES.flatMap((rule) => rule.check(r).map((message) => ({ urn: r.urn, message: `${rule.name}: ${message}` }))),
    ),
    ...STACK_RULES.flatMap((rule) => rule.check(resources).map((v) => ({ ...v, message: `${rule.name}: ${v.message}` }))),
  ];
}
