import {
  QUEUE_NAMES,
  QUEUES,
  STREAM_SUBSCRIPTIONS,
  type BucketName,
  type FunctionDefinition,
  type QueueName,
  type TableAccess,
  type TableName,
} from '../../backend/src/catalogue';

/** One IAM policy statement. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: string[];
  readonly Resource: string[];
}

/** The ARNs a function's permissions are scoped to, resolved (see `pulumi.output(...).apply`). */
export interface PermissionTargets {
  readonly logGroupArn: string;
  readonly tables: Readonly<Record<TableName, { arn: string; streamArn?: string }>>;
  readonly queues: Readonly<Record<QueueName, { arn: string }>>;
  readonly buckets: Readonly<Record<BucketName, { arn: string }>>;
  /** The failure destination of this function's stream subscriptions, if it has any. */
  readonly streamFailureQueueArn?: string;
  /** The on-failure destination of this function's asynchronous invocations, if it has any. */
  readonly asyncFailureQueueArn?: string;
  /** `@connections` ARNs of the WebSocket stage, for functions that post to connections. */
  readonly connectionArns?: readonly string[];
  readonly bedrockModelArn: string;
  /** SSM parameters (Stripe credentials) this function reads. */
  readonly parameterArns?: readonly string[];
  /** The verified SES identity, for functions that send mail. */
  readonly mailIdentityArn?: string;
  /** The user pool, for functions that delete identities. */
  readonly userPoolArn?: string;
}

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'];

export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:TransactWriteItems',
  'dynamodb:ConditionCheckItem',
];

/** Cost Explorer has no resource ARNs: this is the one action the policy pack lets through on `*`. */
export const COST_EXPLORER_ACTION = 'ce:GetCostAndUsage';

function tableStatement(sid: string, access: TableAccess, tables: readonly TableName[], targets: PermissionTargets): PolicyStatement[] {
  if (tables.length === 0) return [];
  const actions = access === 'write' ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : TABLE_READ_ACTIONS;
  const resources = tables.flatMap((t) => [targets.tables[t].arn, `${targets.tables[t].arn}/index/*`]);
  return [{ Sid: sid, Effect: 'Allow', Action: [...actions], Resource: resources }];
}

function scanStatement(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const scanned = fn.scans ?? [];
  for (const table of scanned) {
    if (!fn.tables[table]) throw new Error(`${fn.name} scans ${table} but has no access to it`);
  }
  if (scanned.length === 0) return [];
  return [{ Sid: 'ScanTables', Effect: 'Allow', Action: ['dynamodb:Scan'], Resource: scanned.map((t) => targets.tables[t].arn) }];
}

function bucketStatements(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const entries = Object.entries(fn.buckets ?? {}) as [BucketName, TableAccess][];
  const objects = (access?: TableAccess) =>
    entries.filter(([, a]) => access === undefined || a === access).map(([b]) => `${targets.buckets[b].arn}/*`);
  const statements: PolicyStatement[] = [];
  if (entries.length > 0) {
    statements.push({ Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: objects() });
  }
  const writable = objects('write');
  if (writable.length > 0) {
    statements.push({ Sid: 'WriteObjects', Effect: 'Allow', Action: ['s3:PutObject'], Resource: writable });
  }
  if ((fn.deletesObjects || fn.deletesIdentities) && writable.length > 0) {
    statements.push({ Sid: 'DeleteObjects', Effect: 'Allow', Action: ['s3:DeleteObject'], Resource: writable });
  }
  if (fn.deletesIdentities && writable.length > 0) {
    // Account deletion lists the keeper's uploads to remove them.
    statements.push({
      Sid: 'ListObjects',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: writable.map((o) => o.replace(/\/\*$/, '')),
    });
  }
  return statements;
}

function queueStatements(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  const sends = fn.sendsTo ?? [];
  if (sends.length > 0) {
    const resources = sends.map((q) => targets.queues[q].arn);
    statements.push({ Sid: 'SendToQueues', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: resources });
  }
  const consumed = QUEUE_NAMES.filter((q) => QUEUES[q].consumer === fn.name);
  if (consumed.length > 0) {
    statements.push({
      Sid: 'ConsumeQueues',
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'],
      Resource: consumed.map((q) => targets.queues[q].arn),
    });
  }
  return statements;
}

function streamStatements(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const subscribed = STREAM_SUBSCRIPTIONS.filter((s) => s.target === fn.name).map((s) => s.table);
  if (subscribed.length === 0) return [];
  const streamArns = subscribed.map((t) => {
    const streamArn = targets.tables[t].streamArn;
    if (!streamArn) throw new Error(`${fn.name} subscribes to ${t}, which has no stream`);
    return streamArn;
  });
  if (!targets.streamFailureQueueArn) throw new Error(`${fn.name} consumes streams but has no failure queue`);
  return [
    {
      Sid: 'ReadStreams',
      Effect: 'Allow',
      Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
      Resource: streamArns,
    },
    {
      Sid: 'ListStreams',
      Effect: 'Allow',
      Action: ['dynamodb:ListStreams'],
      Resource: subscribed.map((t) => `${targets.tables[t].arn}/stream/*`),
    },
    {
      Sid: 'ReportStreamFailures',
      Effect: 'Allow',
      Action: ['sqs:SendMessage'],
      Resource: [targets.streamFailureQueueArn],
    },
  ];
}

function serviceStatements(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  if (targets.asyncFailureQueueArn) {
    // Lambda delivers a failed asynchronous event to its destination with the function's own role.
    statements.push({ Sid: 'ReportAsyncFailures', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [targets.asyncFailureQueueArn] });
  }
  if (fn.manageConnections) {
    if (!targets.connectionArns?.length) throw new Error(`${fn.name} posts to connections but has no WebSocket API`);
    statements.push({
      Sid: 'PostToConnections',
      Effect: 'Allow',
      Action: ['execute-api:ManageConnections'],
      Resource: [...targets.connectionArns],
    });
  }
  if (fn.costExplorer) {
    statements.push({ Sid: 'ReadCosts', Effect: 'Allow', Action: [COST_EXPLORER_ACTION], Resource: ['*'] });
  }
  if (fn.bedrock) {
    statements.push({
      Sid: 'InvokeModel',
      Effect: 'Allow',
      Action: ['bedrock:InvokeModel'],
      Resource: [targets.bedrockModelArn],
    });
  }
  if (fn.sendsMail) {
    if (!targets.mailIdentityArn) throw new Error(`${fn.name} sends mail but has no SES identity`);
    statements.push({ Sid: 'SendMail', Effect: 'Allow', Action: ['ses:SendEmail'], Resource: [targets.mailIdentityArn] });
  }
  if (fn.deletesIdentities) {
    if (!targets.userPoolArn) throw new Error(`${fn.name} deletes identities but has no user pool`);
    statements.push({ Sid: 'DeleteIdentities', Effect: 'Allow', Action: ['cognito-idp:AdminDeleteUser'], Resource: [targets.userPoolArn] });
  }
  if (targets.parameterArns?.length) {
    statements.push({
      Sid: 'ReadSecrets',
      Effect: 'Allow',
      Action: ['ssm:GetParameter'],
      Resource: [...targets.parameterArns],
    });
  }
  return statements;
}

/**
 * The execution-role statements of one function, derived from what the catalogue says it touches.
 * Every resource is an exact ARN (or that ARN's indexes / objects / streams); the only `*` is Cost Explorer.
 */
export function functionStatements(fn: FunctionDefinition, targets: PermissionTargets): PolicyStatement[] {
  const tables = Object.entries(fn.tables) as [TableName, TableAccess][];
  const byAccess = (access: TableAccess) => tables.filter(([, a]) => a === access).map(([t]) => t);
  return [
    {
      Sid: 'WriteLogs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [`${targets.logGroupArn}:*`],
    },
    ...tableStatement('ReadTables', 'read', byAccess('read'), targets),
    ...tableStatement('WriteTables', 'write', byAccess('write'), targets),
    ...scanStatement(fn, targets),
    ...bucketStatements(fn, targets),
    ...queueStatements(fn, targets),
    ...streamStatements(fn, targets),
    ...serviceStatements(fn, targets),
  ];
}
