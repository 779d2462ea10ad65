import * as aws from '@pulumi/aws';
import * as grafana from '@pulumiverse/grafana';
import * as pulumi from '@pulumi/pulumi';
import { assumeRolePolicy, MANAGED_POLICIES } from '../managed-policies';
import { envName } from '../naming';
import { moduleTags } from '../tags';
import { CLOUDWATCH_UID, grafanaDashboardModel, XRAY_UID } from './grafana-dashboard';

export interface GrafanaArgs {
  readonly environment: string;
  readonly region: string;
  readonly accountId: pulumi.Input<string>;
  /**
   * Changes whenever the provisioning token should be replaced. Workspace tokens live at most 30 days,
   * so the composition root passes the current month: every deploy in a new month mints a fresh one.
   */
  readonly tokenRotation: string;
  /** IAM Identity Center groups whose members may sign in to the workspace, by role; none = nobody yet. */
  readonly groups: { readonly admin: readonly string[]; readonly viewer: readonly string[] };
}

/** Workspace service-account tokens may live at most 30 days. */
const TOKEN_SECONDS_TO_LIVE = 30 * 24 * 3600;

/**
 * The Amazon Managed Grafana workspace `<env>-reefamatic-ops` with CloudWatch and X-Ray data sources and
 * the operations dashboard, provisioned through the workspace's API with a service-account token.
 */
export function managedGrafana(name: string, args: GrafanaArgs, parent: pulumi.Resource): aws.grafana.Workspace {
  const child = { parent };
  const role = new aws.iam.Role(
    `${name}-role`,
    {
      name: envName(args.environment, 'reefamatic-grafana'),
      assumeRolePolicy: assumeRolePolicy('grafana.amazonaws.com', {
        StringEquals: { 'aws:SourceAccount': args.accountId },
      }),
      tags: moduleTags('platform'),
    },
    child,
  );
  const attachments = [MANAGED_POLICIES.grafanaCloudWatch, MANAGED_POLICIES.xrayRead].map(
    (policyArn, i) => new aws.iam.RolePolicyAttachment(`${name}-role-${i}`, { role: role.name, policyArn }, child),
  );
  const workspace = new aws.grafana.Workspace(
    name,
    {
      name: envName(args.environment, 'reefamatic-ops'),
      accountAccessType: 'CURRENT_ACCOUNT',
      authenticationProviders: ['AWS_SSO'],
      permissionType: 'SERVICE_MANAGED',
      dataSources: ['CLOUDWATCH', 'XRAY'],
      roleArn: role.arn,
      tags: moduleTags('platform'),
    },
    { parent, dependsOn: attachments },
  );
  // Without a role association nobody can open the workspace: on-call needs at least viewers.
  for (const [role, groupIds] of [
    ['ADMIN', args.groups.admin],
    ['VIEWER', args.groups.viewer],
  ] as const) {
    if (groupIds.length === 0) continue;
    new aws.grafana.RoleAssociation(`${name}-${role.toLowerCase()}s`, { workspaceId: workspace.id, role, groupIds: [...groupIds] }, child);
  }
  const serviceAccount = new aws.grafana.WorkspaceServiceAccount(
    `${name}-provisioner`,
    { workspaceId: workspace.id, name: 'pulumi-provisioner', grafanaRole: 'ADMIN' },
    child,
  );
  const token = new aws.grafana.WorkspaceServiceAccountToken(
    `${name}-token-${args.tokenRotation}`,
    {
      workspaceId: workspace.id,
      serviceAccountId: serviceAccount.serviceAccountId,
      name: `pulumi-${args.tokenRotation}`,
      secondsToLive: TOKEN_SECONDS_TO_LIVE,
    },
    child,
  );
  const provider = new grafana.Provider(`${name}-api`, { url: pulumi.interpolate`https://${workspace.endpoint}`, auth: token.key }, child);
  const inWorkspace = { parent, provider };
  // The workspace role is the data sources' identity; no keys are stored in Grafana.
  const awsJsonData = JSON.stringify({ authType: 'ec2_iam_role', defaultRegion: args.region });
  const sources = [
    new grafana.oss.DataSource(
      `${name}-cloudwatch`,
      { name: 'CloudWatch', type: 'cloudwatch', uid: CLOUDWATCH_UID, isDefault: true, jsonDataEncoded: awsJsonData },
      inWorkspace,
    ),
    new grafana.oss.DataSource(
      `${name}-xray`,
      { name: 'X-Ray', type: 'grafana-x-ray-datasource', uid: XRAY_UID, jsonDataEncoded: awsJsonData },
      inWorkspace,
    ),
  ];
  new grafana.oss.Dashboard(
    `${name}-operations`,
    { configJson: JSON.stringify(grafanaDashboardModel(args.environment, args.region)), overwrite: true },
    { ...inWorkspace, dependsOn: sources },
  );
  return workspace;
}
