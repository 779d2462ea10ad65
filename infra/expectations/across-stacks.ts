import { PRODUCT_METRIC_KEYS, PRODUCT_METRICS, PRODUCT_METRICS_NAMESPACE } from '../../backend/src/catalogue';
import type { CapturedResource } from '../testing/mocks';
import { named, TYPES } from '../testing/queries';
import { TEST_ACCOUNT } from '../testing/mocks';
import { ofType, programFor, type ProgramRun } from '../testing/run-program';
import { ENVIRONMENT_TAG, TAGGABLE_TYPES } from '../tags';

const NAME_FIELDS = ['name', 'bucket', 'dashboardName'];

/** Names that live inside an environment's own container (a DNS zone entry, a Grafana workspace). */
const SCOPED_NAME_TYPES = new Set([
  TYPES.dnsRecord,
  'aws:grafana/workspaceServiceAccount:WorkspaceServiceAccount',
  'aws:grafana/workspaceServiceAccountToken:WorkspaceServiceAccountToken',
]);

/** Every physical name an AWS resource of the run is created under, as `type name`. */
function physicalNames(run: ProgramRun): string[] {
  return run.resources
    .filter((r) => r.type.startsWith('aws:') && !SCOPED_NAME_TYPES.has(r.type))
    .flatMap((r) =>
      NAME_FIELDS.map((f) => r.props[f])
        .filter((v) => typeof v === 'string')
        .map((v) => `${r.type} ${v}`),
    );
}

const ACCOUNT_WIDE_TYPES = [
  TYPES.sesIdentity,
  'aws:ses/domainDkim:DomainDkim',
  'aws:ses/mailFrom:MailFrom',
  TYPES.dnsRecord,
  TYPES.costTag,
  'aws:apigateway/account:Account',
];

/** What keeps dev and prod apart, and what only one of them has. */
export function describeAcrossStacks(): void {
  describe('dev and prod isolation', () => {
    const both = async () => Promise.all([programFor('dev'), programFor('prod')]);

    it('never creates two resources with the same physical name in dev and prod', async () => {
      const [dev, prod] = await both();
      const prodNames = new Set(physicalNames(prod));
      expect(physicalNames(dev).filter((n) => prodNames.has(n))).toEqual([]);
    });

    it.each(['dev', 'prod'] as const)('names every %s resource after its environment', async (env) => {
      const run = await programFor(env);
      // API Gateway fixes its execution log groups' names (API id, then the stage, which is the environment).
      const own = new RegExp(
        `^(${env}|${env}-.+|/${env}/.+|/aws/(lambda|apigateway)/${env}-.+|API-Gateway-Execution-Logs_\\w+/${env}|/aws/apigateway/\\w+/${env})$`,
      );
      const foreign = physicalNames(run).filter((entry) => !own.test(entry.slice(entry.indexOf(' ') + 1)));
      expect(foreign).toEqual([]);
    });

    it('uses separate user pools, clients, API stages and endpoints', async () => {
      const [dev, prod] = await both();
      for (const output of ['userPoolId', 'userPoolClientId', 'restApiUrl', 'websocketUrl', 'uiDistributionId']) {
        expect(dev.outputs[output]).toBeDefined();
        expect(dev.outputs[output]).not.toEqual(prod.outputs[output]);
      }
      expect(String(dev.outputs.restApiUrl)).toMatch(/\/dev$/);
      expect(String(prod.outputs.websocketUrl)).toMatch(/\/prod$/);
      expect(ofType(dev, TYPES.restStage)[0].props.stageName).toBe('dev');
      expect(ofType(prod, TYPES.restStage)[0].props.stageName).toBe('prod');
    });

    it('creates no account-wide resource in either stack, so dev and prod deploy in any order (the bootstrap owns them)', async () => {
      const [dev, prod] = await both();
      for (const type of ACCOUNT_WIDE_TYPES) {
        expect([type, ofType(dev, type)]).toEqual([type, []]);
        expect([type, ofType(prod, type)]).toEqual([type, []]);
      }
      // Both pools send mail through the identity the bootstrap verified, referred to by name.
      for (const run of [dev, prod]) {
        expect(ofType(run, TYPES.userPool)[0].props.emailConfiguration.sourceArn).toBe(
          `arn:aws:ses:eu-central-1:${TEST_ACCOUNT}:identity/reefamatic.com`,
        );
      }
    });

    it('leaves no trace of dev in the prod stack', async () => {
      const prod = await programFor('prod');
      const text = JSON.stringify(prod.resources.map((r: CapturedResource) => ({ ...r.props, __provider: undefined })));
      expect(text).not.toMatch(/\bdev-|dev\.reefamatic\.com/);
    });

    it.each(['dev', 'prod'] as const)('tags every taggable %s resource with its own environment', async (env) => {
      const run = await programFor(env);
      const taggable = run.resources.filter((r) => TAGGABLE_TYPES.has(r.type));
      expect(taggable.length).toBeGreaterThan(100);
      expect(taggable.filter((r) => r.props.tags?.[ENVIRONMENT_TAG] !== env)).toEqual([]);
    });

    it('protects prod data from deletion and lets dev buckets be emptied', async () => {
      const [dev, prod] = await both();
      expect(ofType(prod, TYPES.table).every((t) => t.props.deletionProtectionEnabled === true)).toBe(true);
      expect(ofType(dev, TYPES.table).every((t) => t.props.deletionProtectionEnabled === false)).toBe(true);
      expect(ofType(prod, TYPES.userPool)[0].props.deletionProtection).toBe('ACTIVE');
      expect(ofType(dev, TYPES.bucket).every((b) => b.props.forceDestroy === true)).toBe(true);
      expect(ofType(prod, TYPES.bucket).every((b) => b.props.forceDestroy === false)).toBe(true);
    });
  });

  describe('Grafana', () => {
    it.each(['dev', 'prod'] as const)('provisions the %s workspace with CloudWatch and X-Ray data sources and a dashboard', async (env) => {
      const run = await programFor(env);
      const workspace = named(run, TYPES.grafanaWorkspace, `${env}-reefamatic-ops`);
      expect(workspace.props.dataSources).toEqual(['CLOUDWATCH', 'XRAY']);
      expect(
        ofType(run, TYPES.grafanaDataSource)
          .map((d) => d.props.type)
          .sort(),
      ).toEqual(['cloudwatch', 'grafana-x-ray-datasource']);
      expect(ofType(run, TYPES.grafanaDashboard)).toHaveLength(1);
    });

    it.each(['dev', 'prod'] as const)(
      'charts the product metrics on the %s Grafana dashboard, exactly the environment asked for',
      async (env) => {
        const [dashboard] = ofType(await programFor(env), TYPES.grafanaDashboard);
        const targets = (
          JSON.parse(dashboard.props.configJson).panels as {
            targets: { namespace?: string; metricName?: string; dimensions?: Record<string, string>; matchExact?: boolean }[];
          }[]
        ).flatMap((p) => p.targets);
        for (const metric of PRODUCT_METRIC_KEYS) {
          const mine = targets.filter((t) => t.namespace === PRODUCT_METRICS_NAMESPACE && t.metricName === PRODUCT_METRICS[metric].name);
          expect(mine.length).toBeGreaterThan(0);
          expect(mine.every((t) => t.dimensions?.environment === env && t.matchExact === true)).toBe(true);
        }
      },
    );

    it('gives the configured Identity Center groups their workspace roles, and nobody else', async () => {
      const prod = await programFor('prod', {
        'reef-a-matic:grafanaAdminGroupIds': '["g-admins"]',
        'reef-a-matic:grafanaViewerGroupIds': '["g-oncall","g-devs"]',
      });
      expect(ofType(prod, 'aws:grafana/roleAssociation:RoleAssociation').map((a) => [a.props.role, a.props.groupIds])).toEqual([
        ['ADMIN', ['g-admins']],
        ['VIEWER', ['g-oncall', 'g-devs']],
      ]);
      expect(ofType(await programFor('prod'), 'aws:grafana/roleAssociation:RoleAssociation')).toEqual([]);
    });

    it('creates nothing where a stack turns it off', async () => {
      const dev = await programFor('dev', { 'reef-a-matic:grafanaEnabled': 'false' });
      expect(ofType(dev, TYPES.grafanaWorkspace)).toEqual([]);
      expect(dev.resources.filter((r) => r.type.startsWith('grafana:'))).toEqual([]);
    });
  });
}
