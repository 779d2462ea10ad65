import type * as Pulumi from '@pulumi/pulumi';
import { type CapturedResource, recordingMocks, TEST_ACCOUNT } from '../testing/mocks';
import { violations } from '../policy/rules';

/** The bootstrap program under Pulumi mocks: what it registers for one account. */
async function bootstrap(config: Record<string, string> = {}): Promise<CapturedResource[]> {
  const resources: CapturedResource[] = [];
  await jest.isolateModulesAsync(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the isolated registry's own copy
    const pulumi: typeof Pulumi = require('@pulumi/pulumi');
    await pulumi.runtime.setMocks(recordingMocks('account', resources), 'reef-a-matic-bootstrap', 'account', false);
    pulumi.runtime.setAllConfig({
      'aws:region': 'eu-central-1',
      'reef-a-matic-bootstrap:mailDomain': 'reefamatic.com',
      'reef-a-matic-bootstrap:githubRepository': 'reefamatic/reef-a-matic',
      ...config,
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- importing the program runs it
    const program: Record<string, Pulumi.Output<unknown>> = require('./index');
    await Promise.all(Object.values(program).map((o) => new Promise((done) => o.apply(done))));
    await pulumi.runtime.disconnect();
  });
  return resources;
}

const ofType = (resources: CapturedResource[], type: string) => resources.filter((r) => r.type === type);

describe('the account bootstrap', () => {
  let resources: CapturedResource[];
  beforeAll(async () => {
    resources = await bootstrap();
  });

  it('verifies the shared mail domain once, with DKIM and MAIL FROM, for both pools to send from', () => {
    expect(ofType(resources, 'aws:ses/domainIdentity:DomainIdentity').map((r) => r.props.domain)).toEqual(['reefamatic.com']);
    expect(ofType(resources, 'aws:ses/domainDkim:DomainDkim')).toHaveLength(1);
    expect(ofType(resources, 'aws:ses/mailFrom:MailFrom')[0].props.mailFromDomain).toBe('mail.reefamatic.com');
  });

  it("sets API Gateway's account-wide logging role", () => {
    const [account] = ofType(resources, 'aws:apigateway/account:Account');
    expect(account.props.cloudwatchRoleArn).toBe(`arn:aws:iam::${TEST_ACCOUNT}:role/reef-a-matic-apigateway-logs`);
  });

  it("lets only the repository's dev and prod environments assume the deploy role, through GitHub OIDC", () => {
    const role = ofType(resources, 'aws:iam/role:Role').find((r) => r.props.name === 'reef-a-matic-deploy')!;
    const [statement] = JSON.parse(role.props.assumeRolePolicy).Statement;
    expect(statement.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(statement.Condition.StringLike['token.actions.githubusercontent.com:sub']).toEqual([
      'repo:reefamatic/reef-a-matic:environment:dev',
      'repo:reefamatic/reef-a-matic:environment:prod',
    ]);
    expect(statement.Condition.StringEquals['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com');
  });

  it('keeps a versioned, private, TLS-only state bucket that Pulumi may not delete', () => {
    const [bucket] = ofType(resources, 'aws:s3/bucket:Bucket');
    expect(bucket.props.bucket).toBe(`reef-a-matic-pulumi-state-${TEST_ACCOUNT}`);
    expect(ofType(resources, 'aws:s3/bucketVersioning:BucketVersioning')[0].props.versioningConfiguration.status).toBe('Enabled');
    const bucketRules = violations(resources).filter((v) => /^s3-/.test(v.message));
    expect(bucketRules).toEqual([]);
  });

  it('activates the cost tags only when asked to', async () => {
    expect(ofType(resources, 'aws:costexplorer/costAllocationTag:CostAllocationTag')).toEqual([]);
    const optedIn = await bootstrap({ 'reef-a-matic-bootstrap:activateCostTags': 'true' });
    expect(
      ofType(optedIn, 'aws:costexplorer/costAllocationTag:CostAllocationTag')
        .map((t) => t.props.tagKey)
        .sort(),
    ).toEqual(['Environment', 'Module']);
  });
});
