import * as pulumi from '@pulumi/pulumi';
import type { ModuleName } from '../backend/src/catalogue';

/** Cost allocation tag keys; Cost Explorer filters by the first and groups by the second. */
export const ENVIRONMENT_TAG = 'Environment';
export const MODULE_TAG = 'Module';

/** Modules the catalogue does not name: shared plumbing (gateways, edge, observability). */
export type TagModule = ModuleName | 'platform';

/**
 * Resource types of this program that AWS lets us tag. The tagging transformation and the tag policy
 * both read this list, so a type added here is stamped and checked at once.
 */
export const TAGGABLE_TYPES: ReadonlySet<string> = new Set([
  'aws:apigateway/restApi:RestApi',
  'aws:apigateway/stage:Stage',
  'aws:apigatewayv2/api:Api',
  'aws:apigatewayv2/stage:Stage',
  'aws:cloudfront/distribution:Distribution',
  'aws:cloudwatch/eventRule:EventRule',
  'aws:cloudwatch/logGroup:LogGroup',
  'aws:cloudwatch/metricAlarm:MetricAlarm',
  'aws:cognito/userPool:UserPool',
  'aws:dynamodb/table:Table',
  'aws:grafana/workspace:Workspace',
  'aws:iam/role:Role',
  'aws:lambda/eventSourceMapping:EventSourceMapping',
  'aws:lambda/function:Function',
  'aws:s3/bucket:Bucket',
  'aws:sns/topic:Topic',
  'aws:sqs/queue:Queue',
  'aws:ssm/parameter:Parameter',
]);

/** The per-resource part of the cost tags; the environment is stamped on by {@link environmentTagging}. */
export function moduleTags(module: TagModule): Record<string, string> {
  return { [MODULE_TAG]: module };
}

/**
 * Adds the `Environment` tag to every taggable resource below the component it is attached to.
 *
 * A resource transformation rather than provider default tags, because it runs in-process: the tags are
 * part of each resource's inputs, where unit tests and the policy pack can see them.
 */
export function environmentTagging(environment: string): pulumi.ResourceTransformation {
  return ({ type, props, opts }) => {
    if (!TAGGABLE_TYPES.has(type) && props.tags === undefined) return undefined;
    const tags = pulumi.output(props.tags ?? {}).apply((existing: Record<string, string>) => ({
      ...existing,
      [ENVIRONMENT_TAG]: environment,
    }));
    return { props: { ...props, tags }, opts };
  };
}
