import { createHash } from 'crypto';
import type * as pulumi from '@pulumi/pulumi';

export const TEST_ACCOUNT = '123456789012';
export const TEST_REGION = 'eu-central-1';
export const TEST_ZONE_ID = 'Z0123456789ABCDEFGHIJ';

/** A resource the program registered, in the shape policy rules see. */
export interface CapturedResource {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- inputs of any resource type, as the policy rules see them
  readonly props: Record<string, any>;
}

type State = Record<string, unknown>;

/** A short, stable id derived from a name, so different resources (and stacks) get different ids. */
function shortId(seed: string, length = 10): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

/** The id mocks give a resource type without a realistic one of its own; unique per stack. */
export function mockId(stack: string, logicalName: string): string {
  return `${logicalName}-${shortId(`${stack}:${logicalName}`, 6)}`;
}

const arn = (service: string, resource: string, region = TEST_REGION) => `arn:aws:${service}:${region}:${TEST_ACCOUNT}:${resource}`;

/** Ids and computed attributes the way AWS would return them, per resource type. */
const RESOURCE_STATES: Record<string, (seed: string, inputs: State) => { id: string; state: State }> = {
  'aws:dynamodb/table:Table': (_, i) => {
    const tableArn = arn('dynamodb', `table/${i.name}`);
    const streamArn = i.streamEnabled ? `${tableArn}/stream/2026-01-01T00:00:00.000` : undefined;
    return { id: String(i.name), state: { arn: tableArn, streamArn } };
  },
  'aws:sqs/queue:Queue': (_, i) => {
    const url = `https://sqs.${TEST_REGION}.amazonaws.com/${TEST_ACCOUNT}/${i.name}`;
    return { id: url, state: { url, arn: arn('sqs', String(i.name)) } };
  },
  'aws:lambda/function:Function': (_, i) => {
    const functionArn = arn('lambda', `function:${i.name}`);
    const invokeArn = `arn:aws:apigateway:${TEST_REGION}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
    return { id: String(i.name), state: { arn: functionArn, invokeArn, qualifiedArn: `${functionArn}:$LATEST` } };
  },
  'aws:iam/role:Role': (seed, i) => {
    const roleName = String(i.name ?? `role-${shortId(seed, 12)}`);
    return { id: roleName, state: { name: roleName, arn: `arn:aws:iam::${TEST_ACCOUNT}:role/${roleName}` } };
  },
  'aws:cloudwatch/logGroup:LogGroup': (_, i) => ({ id: String(i.name), state: { arn: arn('logs', `log-group:${i.name}`) } }),
  'aws:s3/bucket:Bucket': (_, i) => ({
    id: String(i.bucket),
    state: { arn: `arn:aws:s3:::${i.bucket}`, bucketRegionalDomainName: `${i.bucket}.s3.${TEST_REGION}.amazonaws.com` },
  }),
  'aws:apigateway/restApi:RestApi': (seed) => {
    const id = shortId(`rest-${seed}`);
    return { id, state: { rootResourceId: shortId(`root-${seed}`), executionArn: arn('execute-api', id) } };
  },
  'aws:apigateway/stage:Stage': (seed, i) => ({
    id: `stage-${shortId(seed)}`,
    state: { invokeUrl: `https://${i.restApi}.execute-api.${TEST_REGION}.amazonaws.com/${i.stageName}` },
  }),
  'aws:apigatewayv2/api:Api': (seed) => {
    const id = shortId(`ws-${seed}`);
    return {
      id,
      state: { apiEndpoint: `wss://${id}.execute-api.${TEST_REGION}.amazonaws.com`, executionArn: arn('execute-api', id) },
    };
  },
  'aws:cognito/userPool:UserPool': (_, i) => {
    const id = `${TEST_REGION}_${shortId(String(i.name), 9)}`;
    return { id, state: { arn: arn('cognito-idp', `userpool/${id}`) } };
  },
  'aws:acm/certificate:Certificate': (seed, i) => {
    const names = [String(i.domainName), ...((i.subjectAlternativeNames as string[] | undefined) ?? [])];
    const id = shortId(seed, 12);
    return {
      id,
      state: {
        arn: arn('acm', `certificate/${id}`, 'us-east-1'),
        domainValidationOptions: names.map((domainName) => ({
          domainName,
          resourceRecordName: `_${shortId(domainName, 10)}.${domainName}.`,
          resourceRecordType: 'CNAME',
          resourceRecordValue: `_${shortId(`v-${domainName}`, 10)}.acm-validations.aws.`,
        })),
      },
    };
  },
  'aws:acm/certificateValidation:CertificateValidation': (seed, i) => ({ id: shortId(seed), state: { certificateArn: i.certificateArn } }),
  'aws:cloudfront/distribution:Distribution': (seed) => {
    const id = `E${shortId(seed, 13).toUpperCase()}`;
    return {
      id,
      state: { arn: `arn:aws:cloudfront::${TEST_ACCOUNT}:distribution/${id}`, domainName: `d${shortId(seed, 13)}.cloudfront.net` },
    };
  },
  'aws:cloudwatch/metricAlarm:MetricAlarm': (_, i) => ({ id: String(i.name), state: { arn: arn('cloudwatch', `alarm:${i.name}`) } }),
  'aws:sns/topic:Topic': (_, i) => ({ id: arn('sns', String(i.name)), state: { arn: arn('sns', String(i.name)) } }),
  'aws:cloudwatch/eventRule:EventRule': (_, i) => ({ id: String(i.name), state: { arn: arn('events', `rule/${i.name}`) } }),
  'aws:ssm/parameter:Parameter': (_, i) => ({ id: String(i.name), state: { arn: arn('ssm', `parameter${i.name}`) } }),
  'aws:ses/domainIdentity:DomainIdentity': (_, i) => ({
    id: String(i.domain),
    state: { arn: arn('ses', `identity/${i.domain}`), verificationToken: shortId(String(i.domain), 32) },
  }),
  'aws:ses/domainIdentityVerification:DomainIdentityVerification': (_, i) => ({
    id: String(i.domain),
    state: { arn: arn('ses', `identity/${i.domain}`) },
  }),
  'aws:ses/domainDkim:DomainDkim': (_, i) => ({
    id: String(i.domain),
    state: { dkimTokens: [1, 2, 3].map((n) => shortId(`${i.domain}-${n}`, 32)) },
  }),
  'aws:grafana/workspace:Workspace': (seed) => {
    const id = `g-${shortId(seed)}`;
    return { id, state: { endpoint: `${id}.grafana-workspace.${TEST_REGION}.amazonaws.com`, arn: arn('grafana', `/workspaces/${id}`) } };
  },
  'aws:grafana/workspaceServiceAccount:WorkspaceServiceAccount': (seed) => ({
    id: shortId(seed),
    state: { serviceAccountId: shortId(seed, 4) },
  }),
  'aws:grafana/workspaceServiceAccountToken:WorkspaceServiceAccountToken': (seed) => ({
    id: shortId(seed),
    state: { key: `glsa_${shortId(seed, 32)}` },
  }),
};

const STRIPE_PREFIXES: Record<string, string> = { Product: 'prod', Price: 'price', Coupon: 'coupon', PromotionCode: 'promo' };

function stateFor(stack: string, args: pulumi.runtime.MockResourceArgs): { id: string; state: State } {
  // Seeded with the stack too: dev and prod must not share ids, as they would not in AWS.
  const seed = `${stack}:${args.name}`;
  const known = RESOURCE_STATES[args.type];
  if (known) {
    const { id, state } = known(seed, args.inputs);
    return { id, state: { ...args.inputs, ...state } };
  }
  const stripe = /^pulumi-nodejs:dynamic\/stripe:(\w+)$/.exec(args.type);
  if (stripe) {
    const id = `${STRIPE_PREFIXES[stripe[1]]}_${shortId(seed, 14)}`;
    return { id, state: { ...args.inputs, stripeId: id } };
  }
  return { id: mockId(stack, args.name), state: args.inputs };
}

/** Pulumi mocks that record every resource and answer the few data-source calls the program makes. */
export function recordingMocks(stack: string, captured: CapturedResource[]): pulumi.runtime.Mocks {
  return {
    newResource: (args) => {
      captured.push({
        type: args.type,
        name: args.name,
        urn: `urn:pulumi:${stack}::reef-a-matic::${args.type}::${args.name}`,
        props: args.inputs,
      });
      return stateFor(stack, args);
    },
    call: (args) => {
      if (args.token === 'aws:index/getCallerIdentity:getCallerIdentity') {
        return { accountId: TEST_ACCOUNT, arn: `arn:aws:iam::${TEST_ACCOUNT}:user/ci`, userId: 'AIDATEST', id: TEST_ACCOUNT };
      }
      if (args.token === 'aws:route53/getZone:getZone') {
        return { zoneId: TEST_ZONE_ID, name: args.inputs.name, id: TEST_ZONE_ID };
      }
      return args.inputs;
    },
  };
}
