import type { CapturedResource } from './mocks';
import { ofType, type ProgramRun } from './run-program';

export const TYPES = {
  table: 'aws:dynamodb/table:Table',
  queue: 'aws:sqs/queue:Queue',
  function: 'aws:lambda/function:Function',
  logGroup: 'aws:cloudwatch/logGroup:LogGroup',
  rolePolicy: 'aws:iam/rolePolicy:RolePolicy',
  eventSourceMapping: 'aws:lambda/eventSourceMapping:EventSourceMapping',
  permission: 'aws:lambda/permission:Permission',
  bucket: 'aws:s3/bucket:Bucket',
  bucketNotification: 'aws:s3/bucketNotification:BucketNotification',
  restApi: 'aws:apigateway/restApi:RestApi',
  method: 'aws:apigateway/method:Method',
  integration: 'aws:apigateway/integration:Integration',
  restStage: 'aws:apigateway/stage:Stage',
  wsApi: 'aws:apigatewayv2/api:Api',
  wsRoute: 'aws:apigatewayv2/route:Route',
  wsIntegration: 'aws:apigatewayv2/integration:Integration',
  wsAuthorizer: 'aws:apigatewayv2/authorizer:Authorizer',
  wsStage: 'aws:apigatewayv2/stage:Stage',
  userPool: 'aws:cognito/userPool:UserPool',
  userPoolClient: 'aws:cognito/userPoolClient:UserPoolClient',
  distribution: 'aws:cloudfront/distribution:Distribution',
  eventRule: 'aws:cloudwatch/eventRule:EventRule',
  eventTarget: 'aws:cloudwatch/eventTarget:EventTarget',
  alarm: 'aws:cloudwatch/metricAlarm:MetricAlarm',
  dashboard: 'aws:cloudwatch/dashboard:Dashboard',
  topic: 'aws:sns/topic:Topic',
  subscription: 'aws:sns/topicSubscription:TopicSubscription',
  grafanaWorkspace: 'aws:grafana/workspace:Workspace',
  grafanaDashboard: 'grafana:oss/dashboard:Dashboard',
  grafanaDataSource: 'grafana:oss/dataSource:DataSource',
  costTag: 'aws:costexplorer/costAllocationTag:CostAllocationTag',
  sesIdentity: 'aws:ses/domainIdentity:DomainIdentity',
  dnsRecord: 'aws:route53/record:Record',
  stripeProduct: 'pulumi-nodejs:dynamic/stripe:Product',
  stripePrice: 'pulumi-nodejs:dynamic/stripe:Price',
  stripeCoupon: 'pulumi-nodejs:dynamic/stripe:Coupon',
  stripePromotionCode: 'pulumi-nodejs:dynamic/stripe:PromotionCode',
} as const;

/** The resource of a type whose physical `name` (or another naming field) has the given value. */
export function named(run: ProgramRun, type: string, value: string, field = 'name'): CapturedResource {
  const matches = ofType(run, type).filter((r) => r.props[field] === value);
  if (matches.length !== 1) throw new Error(`Expected one ${type} with ${field}=${value}, found ${matches.length}`);
  return matches[0];
}

/** Mocks hand secrets over wrapped; this returns the plain value. */
export function unsecret<T>(value: T | { value: T }): T {
  return value !== null && typeof value === 'object' && 'value' in value ? value.value : (value as T);
}

/** The statements of an IAM policy document input. */
export function statementsOf(resource: CapturedResource): { Sid?: string; Action: string[]; Resource: string[] }[] {
  return JSON.parse(resource.props.policy).Statement;
}
