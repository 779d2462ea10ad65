import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { verifiedMailDomain } from '../auth/mail-domain';
import { CostAllocation } from '../cost/cost';
import { assumeRolePolicy, MANAGED_POLICIES } from '../managed-policies';
import { denyInsecureTransport } from '../storage/storage';

export interface AccountArgs {
  readonly region: string;
  readonly accountId: pulumi.Input<string>;
  readonly mailDomain: string;
  /** `owner/name`: its GitHub environments `dev` and `prod` may assume the deploy role. */
  readonly githubRepository: string;
  readonly activateCostTags: boolean;
}

/** GitHub's OIDC issuer; the thumbprint is no longer checked by AWS for it but the API still wants one. */
const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
const GITHUB_OIDC_THUMBPRINT = '6938fd4d98bab03faadb97b34396831e3780aea1';

/**
 * What an AWS account needs once, before either stack deploys, so dev and prod can deploy in any order:
 * the Pulumi state bucket, the GitHub OIDC deploy role, API Gateway's logging role (an account setting),
 * the verified SES mail domain, and (opt-in) the cost allocation tags.
 */
export class AccountFoundation extends pulumi.ComponentResource {
  readonly stateBucket: pulumi.Output<string>;
  readonly deployRoleArn: pulumi.Output<string>;
  readonly mailIdentityArn: pulumi.Output<string>;

  constructor(name: string, args: AccountArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:bootstrap:Account', name, {}, opts);
    const child = { parent: this };
    const tags = { Module: 'platform', Environment: 'account' };

    const state = new aws.s3.Bucket(
      `${name}-state`,
      { bucket: pulumi.interpolate`reef-a-matic-pulumi-state-${args.accountId}`, tags },
      { ...child, protect: true },
    );
    new aws.s3.BucketVersioning(`${name}-state-versioning`, { bucket: state.id, versioningConfiguration: { status: 'Enabled' } }, child);
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-state-encryption`,
      { bucket: state.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      child,
    );
    new aws.s3.BucketPublicAccessBlock(
      `${name}-state-public-access`,
      { bucket: state.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      child,
    );
    new aws.s3.BucketPolicy(
      `${name}-state-tls-only`,
      { bucket: state.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [denyInsecureTransport(state.arn)] }) },
      child,
    );

    const github = new aws.iam.OpenIdConnectProvider(
      `${name}-github`,
      { url: GITHUB_OIDC_URL, clientIdLists: ['sts.amazonaws.com'], thumbprintLists: [GITHUB_OIDC_THUMBPRINT], tags },
      child,
    );
    const deployRole = new aws.iam.Role(
      `${name}-deploy`,
      {
        name: 'reef-a-matic-deploy',
        description: 'Assumed by the GitHub workflow (dev and prod environments only) to run pulumi up',
        assumeRolePolicy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: github.arn },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: {
                StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
                StringLike: {
                  'token.actions.githubusercontent.com:sub': ['dev', 'prod'].map(
                    (env) => `repo:${args.githubRepository}:environment:${env}`,
                  ),
                },
              },
            },
          ],
        }),
        maxSessionDuration: 3600,
        tags,
      },
      child,
    );
    // `pulumi up` creates roles, tables, APIs, distributions…: the deploy role administers the account, and
    // only the two GitHub environments (prod behind its approval rule) can assume it.
    new aws.iam.RolePolicyAttachment(
      `${name}-deploy-admin`,
      { role: deployRole.name, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      child,
    );

    const apiGatewayRole = new aws.iam.Role(
      `${name}-apigateway-logs`,
      { name: 'reef-a-matic-apigateway-logs', assumeRolePolicy: assumeRolePolicy('apigateway.amazonaws.com'), tags },
      child,
    );
    const apiGatewayLogs = new aws.iam.RolePolicyAttachment(
      `${name}-apigateway-logs-policy`,
      { role: apiGatewayRole.name, policyArn: MANAGED_POLICIES.apiGatewayLogs },
      child,
    );
    new aws.apigateway.Account(
      `${name}-apigateway`,
      { cloudwatchRoleArn: apiGatewayRole.arn },
      { parent: this, dependsOn: [apiGatewayLogs] },
    );

    this.mailIdentityArn = verifiedMailDomain(`${name}-mail`, { domain: args.mailDomain, region: args.region }, this);
    if (args.activateCostTags) new CostAllocation(`${name}-cost`, child);

    this.stateBucket = state.bucket;
    this.deployRoleArn = deployRole.arn;
    this.registerOutputs({ stateBucket: this.stateBucket, deployRoleArn: this.deployRoleArn, mailIdentityArn: this.mailIdentityArn });
  }
}
