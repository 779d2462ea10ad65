import { reefAMaticPolicies } from './pack';
import {
  bucketsBlockPublicAccess,
  iamHasNoWildcards,
  lambdasRunTheSupportedRuntime,
  managedPoliciesAreAllowListed,
  queuesHaveDeadLetterQueues,
  resourcesCarryCostTags,
  tablesAreRecoverableAndEncrypted,
  violations,
  type PolicyResource,
} from './rules';

const tags = { Environment: 'dev', Module: 'testing' };

function resource(type: string, props: Record<string, unknown>): PolicyResource {
  return { type, urn: `urn:pulumi:dev::reef-a-matic::${type}::sut`, props: { tags, ...props } };
}

const table = (props: Record<string, unknown>) =>
  resource('aws:dynamodb/table:Table', {
    name: 'dev-user',
    pointInTimeRecovery: { enabled: true },
    serverSideEncryption: { enabled: true },
    ...props,
  });

const queue = (props: Record<string, unknown>) => resource('aws:sqs/queue:Queue', { name: 'dev-jobs', ...props });

const rolePolicy = (...statements: Record<string, unknown>[]) =>
  resource('aws:iam/rolePolicy:RolePolicy', {
    tags: undefined,
    policy: JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => ({ Effect: 'Allow', ...s })) }),
  });

const fn = (props: Record<string, unknown>) =>
  resource('aws:lambda/function:Function', {
    name: 'dev-account-api',
    runtime: 'nodejs22.x',
    architectures: ['arm64'],
    tracingConfig: { mode: 'Active' },
    ...props,
  });

describe('tablesAreRecoverableAndEncrypted', () => {
  it('rejects a table without point-in-time recovery', () => {
    expect(tablesAreRecoverableAndEncrypted.check(table({ pointInTimeRecovery: { enabled: false } }))).toEqual([
      'table dev-user has no point-in-time recovery',
    ]);
  });

  it('rejects a table without server-side encryption and accepts one with both', () => {
    expect(tablesAreRecoverableAndEncrypted.check(table({ serverSideEncryption: undefined }))).toHaveLength(1);
    expect(tablesAreRecoverableAndEncrypted.check(table({}))).toEqual([]);
  });
});

describe('queuesHaveDeadLetterQueues', () => {
  const redrive = (target: string, maxReceiveCount = 5) =>
    JSON.stringify({ deadLetterTargetArn: `arn:aws:sqs:eu-central-1:123456789012:${target}`, maxReceiveCount });

  it('rejects a queue without a dead-letter queue', () => {
    expect(queuesHaveDeadLetterQueues.check(queue({}))).toEqual(['queue dev-jobs has no dead-letter queue']);
  });

  it('rejects a queue that redrives to an ordinary queue or never gives up', () => {
    expect(queuesHaveDeadLetterQueues.check(queue({ redrivePolicy: redrive('dev-other') }))).toHaveLength(1);
    expect(queuesHaveDeadLetterQueues.check(queue({ redrivePolicy: redrive('dev-jobs-dlq', 0) }))).toHaveLength(1);
  });

  it('accepts a queue that redrives to its DLQ, and does not ask a DLQ for one', () => {
    expect(queuesHaveDeadLetterQueues.check(queue({ redrivePolicy: redrive('dev-jobs-dlq') }))).toEqual([]);
    expect(queuesHaveDeadLetterQueues.check(queue({ name: 'dev-jobs-dlq.fifo' }))).toEqual([]);
  });
});

describe('iamHasNoWildcards', () => {
  const bucketObjects = 'arn:aws:s3:::dev-reef-a-matic-upload/*';

  it('rejects a wildcard action', () => {
    expect(iamHasNoWildcards.check(rolePolicy({ Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:eu-central-1:1:table/t' }))).toEqual([
      'action dynamodb:* is a wildcard',
    ]);
  });

  it('rejects * as a resource for anything but Cost Explorer', () => {
    expect(iamHasNoWildcards.check(rolePolicy({ Action: ['s3:GetObject'], Resource: '*' }))).toHaveLength(1);
    expect(iamHasNoWildcards.check(rolePolicy({ Action: ['ce:GetCostAndUsage', 's3:GetObject'], Resource: '*' }))).toHaveLength(1);
    expect(iamHasNoWildcards.check(rolePolicy({ Action: ['ce:GetCostAndUsage'], Resource: ['*'] }))).toEqual([]);
  });

  it('accepts a wildcard only as the last segment of an exact ARN', () => {
    expect(iamHasNoWildcards.check(rolePolicy({ Action: 's3:GetObject', Resource: bucketObjects }))).toEqual([]);
    expect(iamHasNoWildcards.check(rolePolicy({ Action: 'dynamodb:Query', Resource: 'arn:aws:dynamodb:*:*:table/*' }))).toHaveLength(1);
  });

  it('rejects NotAction in an Allow, and leaves Deny statements alone', () => {
    expect(iamHasNoWildcards.check(rolePolicy({ NotAction: 'iam:*', Resource: bucketObjects }))).toHaveLength(1);
    expect(iamHasNoWildcards.check(rolePolicy({ Effect: 'Deny', Action: '*', Resource: '*' }))).toEqual([]);
  });
});

describe('other resource rules', () => {
  it('rejects a managed policy that is not on the allow-list', () => {
    const attachment = resource('aws:iam/rolePolicyAttachment:RolePolicyAttachment', {
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    });
    expect(managedPoliciesAreAllowListed.check(attachment)).toHaveLength(1);
  });

  it('rejects a function on another runtime, architecture or without active tracing', () => {
    expect(lambdasRunTheSupportedRuntime.check(fn({}))).toEqual([]);
    expect(lambdasRunTheSupportedRuntime.check(fn({ runtime: 'nodejs20.x' }))).toHaveLength(1);
    expect(lambdasRunTheSupportedRuntime.check(fn({ architectures: ['x86_64'] }))).toHaveLength(1);
    expect(lambdasRunTheSupportedRuntime.check(fn({ tracingConfig: { mode: 'PassThrough' } }))).toHaveLength(1);
  });

  it('rejects a taggable resource without a Module tag or with an unknown environment', () => {
    expect(resourcesCarryCostTags.check(table({ tags: { Environment: 'dev' } }))).toEqual(['aws:dynamodb/table:Table has no Module tag']);
    expect(resourcesCarryCostTags.check(table({ tags: { Environment: 'staging', Module: 'x' } }))).toHaveLength(1);
    expect(resourcesCarryCostTags.check(table({ tags: undefined }))).toHaveLength(2);
  });
});

describe('bucketsBlockPublicAccess', () => {
  const bucket = resource('aws:s3/bucket:Bucket', { bucket: 'dev-reef-a-matic-ui' });
  const block = (flags: Partial<Record<string, boolean>>) =>
    resource('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', {
      bucket: 'dev-reef-a-matic-ui',
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      ...flags,
    });

  it('rejects a bucket without a public access block, or with one setting off', () => {
    expect(bucketsBlockPublicAccess.check([bucket])).toEqual([
      { urn: bucket.urn, message: 'bucket dev-reef-a-matic-ui does not block public access' },
    ]);
    expect(bucketsBlockPublicAccess.check([bucket, block({ restrictPublicBuckets: false })])).toHaveLength(1);
    expect(bucketsBlockPublicAccess.check([bucket, block({})])).toEqual([]);
  });
});

describe('the policy pack', () => {
  it('reports through @pulumi/policy exactly what the plain rules find', () => {
    const broken = table({ pointInTimeRecovery: undefined });
    const reported: string[] = [];
    for (const policy of reefAMaticPolicies()) {
      if (!('validateResource' in policy) || typeof policy.validateResource !== 'function') continue;
      policy.validateResource({ ...broken, name: 'sut' } as never, (message: string) => reported.push(`${policy.name}: ${message}`));
    }
    expect(reported).toEqual(violations([broken]).map((v) => v.message));
    expect(reported).toEqual(['dynamodb-pitr-and-encryption: table dev-user has no point-in-time recovery']);
  });

  it('enforces every rule as mandatory', () => {
    const policies = reefAMaticPolicies();
    expect(policies.map((p) => p.enforcementLevel)).toEqual(policies.map(() => 'mandatory'));
    expect(policies.map((p) => p.name)).toEqual(expect.arrayContaining(['s3-block-public-access', 'iam-no-wildcards']));
  });
});
