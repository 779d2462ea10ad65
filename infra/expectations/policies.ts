import type { CapturedResource } from '../testing/mocks';
import { TYPES } from '../testing/queries';
import { ofType, type ProgramRun, type StackName } from '../testing/run-program';
import { violations, type PolicyResource } from '../policy/rules';

/** A copy of a real resource with some inputs changed: what a careless edit would register. */
function edited(resource: CapturedResource, props: Record<string, unknown>): PolicyResource {
  return { ...resource, props: { ...resource.props, ...props } };
}

const messages = (resources: readonly PolicyResource[]) => violations(resources).map((v) => v.message);

/** The policy pack's rules hold on what the stack registers, and catch the breakages they exist for. */
export function describePolicies(env: StackName, run: () => Promise<ProgramRun>): void {
  describe('policy rules', () => {
    it('finds no violation in the whole stack', async () => {
      expect(violations((await run()).resources)).toEqual([]);
    });

    it('rejects one of its tables once point-in-time recovery is switched off', async () => {
      const [table] = ofType(await run(), TYPES.table);
      expect(messages([edited(table, { pointInTimeRecovery: { enabled: false } })])).toEqual([
        `dynamodb-pitr-and-encryption: table ${table.props.name} has no point-in-time recovery`,
      ]);
    });

    it('rejects one of its work queues once its redrive policy is dropped', async () => {
      const queue = ofType(await run(), TYPES.queue).find((q) => q.props.name === `${env}-upload-results.fifo`)!;
      expect(messages([edited(queue, { redrivePolicy: undefined })])).toEqual([
        `sqs-redrive-to-dlq: queue ${env}-upload-results.fifo has no dead-letter queue`,
      ]);
    });

    it('rejects a function policy once a statement allows * on everything', async () => {
      const policy = ofType(await run(), TYPES.rolePolicy)[0];
      const document = JSON.parse(policy.props.policy);
      document.Statement.push({ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' });
      expect(messages([edited(policy, { policy: JSON.stringify(document) })])).toEqual([
        'iam-no-wildcards: action dynamodb:* is a wildcard',
        'iam-no-wildcards: resource * is allowed for dynamodb:*',
      ]);
    });

    it('rejects one of its functions once it moves to another runtime, and any resource once it loses a cost tag', async () => {
      const [fn] = ofType(await run(), TYPES.function);
      expect(messages([edited(fn, { runtime: 'nodejs20.x' })])).toEqual([
        `lambda-node22-arm64-traced: function ${fn.props.name} runs nodejs20.x`,
      ]);
      expect(messages([edited(fn, { tags: { Environment: env } })])).toEqual([
        'cost-allocation-tags: aws:lambda/function:Function has no Module tag',
      ]);
    });

    it('rejects the stack once a bucket loses its public access block', async () => {
      const { resources } = await run();
      const withoutBlocks = resources.filter((r) => r.type !== 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock');
      expect(violations(withoutBlocks).map((v) => v.urn)).toEqual(ofType(await run(), TYPES.bucket).map((b) => b.urn));
    });

    it('rejects the seed loader once its role loses dynamodb:Scan, which its code sends (the first-deploy failure)', async () => {
      const { resources } = await run();
      const policy = resources.find((r) => r.type === TYPES.rolePolicy && r.urn.endsWith('::application-seed-loader-policy'))!;
      const document = JSON.parse(policy.props.policy);
      document.Statement = document.Statement.filter((s: { Sid: string }) => s.Sid !== 'ScanTables');
      const broken = resources.map((r) => (r === policy ? edited(r, { policy: JSON.stringify(document) }) : r));
      expect(messages(broken)).toEqual([
        `iam-sufficient-for-code: function ${env}-seed-loader sends dynamodb:Scan but its role does not allow it`,
      ]);
    });

    it('rejects the stack once an asynchronously invoked function loses its on-failure destination', async () => {
      const { resources } = await run();
      const withoutDestinations = resources.filter((r) => r.type !== 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig');
      expect(messages(withoutDestinations).sort()).toEqual([
        `lambda-async-failure-destination: function ${env}-apply-daily-dose is invoked asynchronously but has no on-failure destination`,
        `lambda-async-failure-destination: function ${env}-upload-convert is invoked asynchronously but has no on-failure destination`,
        `lambda-async-failure-destination: function ${env}-weekly-summary is invoked asynchronously but has no on-failure destination`,
      ]);
    });

    it('rejects a log group that never expires, and the stack once API Gateway execution logs lose their group', async () => {
      const { resources } = await run();
      const [group] = ofType(await run(), TYPES.logGroup);
      expect(messages([edited(group, { retentionInDays: undefined })])).toEqual([
        `log-retention: log group ${group.props.name} keeps logs forever`,
      ]);
      const withoutExecutionLogs = resources.filter(
        (r) => !(r.type === TYPES.logGroup && /Execution-Logs|apigateway\/\w+\//.test(r.props.name)),
      );
      expect(messages(withoutExecutionLogs)).toHaveLength(2);
      expect(messages(withoutExecutionLogs).every((m) => m.startsWith('api-execution-log-retention: execution logs go to'))).toBe(true);
    });

    it('rejects the stack once a bucket policy stops refusing requests without TLS', async () => {
      const { resources } = await run();
      const policy = resources.find((r) => r.type === 'aws:s3/bucketPolicy:BucketPolicy' && String(r.props.bucket).endsWith('-upload'))!;
      const document = JSON.parse(policy.props.policy);
      document.Statement = document.Statement.filter((s: { Sid: string }) => s.Sid !== 'DenyInsecureTransport');
      const broken = resources.map((r) => (r === policy ? edited(r, { policy: JSON.stringify(document) }) : r));
      expect(messages(broken)).toEqual([`s3-tls-only: bucket ${env}-reef-a-matic-upload accepts requests without TLS`]);
    });
  });
}
