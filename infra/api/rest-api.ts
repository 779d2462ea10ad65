import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { ROUTES, type RouteAuth, type RouteDefinition } from '../../backend/src/catalogue';
import type { FunctionSet } from '../functions/groups';
import { envName } from '../naming';
import { moduleTags } from '../tags';
import { corsOnGatewayErrors, preflight } from './cors';
import { pathSlug, resourceTree } from './resource-tree';

export interface RestApiArgs {
  readonly environment: string;
  readonly functions: FunctionSet;
  readonly userPoolArn: pulumi.Input<string>;
  /** The one browser origin allowed to call the API. */
  /** The app's origin: its domain with a certificate, CloudFront's own domain without. */
  readonly allowedOrigin: pulumi.Input<string>;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetentionDays: number;
  /** Set the account-wide CloudWatch role API Gateway logs with (one stack per account does this). */
}

/** API Gateway authorization per catalogue auth: `admin` is still a Cognito token; the admin check is in the app. */
export const METHOD_AUTHORIZATION: Readonly<Record<RouteAuth, 'COGNITO_USER_POOLS' | 'NONE'>> = {
  user: 'COGNITO_USER_POOLS',
  admin: 'COGNITO_USER_POOLS',
  none: 'NONE',
};

/** One JSON line per request; the fields the monitoring guide asks for, plus the caller's Cognito id. */
export const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  user: '$context.authorizer.claims.sub',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latency: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
});

/** The REST API, built from the route catalogue: one POST per route, a preflight per resource, one stage. */
export class RestApi extends pulumi.ComponentResource {
  readonly api: aws.apigateway.RestApi;
  readonly stage: aws.apigateway.Stage;
  readonly url: pulumi.Output<string>;

  constructor(name: string, args: RestApiArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:api:RestApi', name, {}, opts);
    const child = { parent: this };
    const tags = moduleTags('platform');
    this.api = new aws.apigateway.RestApi(
      name,
      { name: envName(args.environment, 'rest-api'), endpointConfiguration: { types: 'REGIONAL' }, tags },
      child,
    );
    const authorizer = new aws.apigateway.Authorizer(
      `${name}-cognito`,
      {
        name: envName(args.environment, 'cognito'),
        restApi: this.api.id,
        type: 'COGNITO_USER_POOLS',
        providerArns: [args.userPoolArn],
        identitySource: 'method.request.header.Authorization',
      },
      child,
    );
    const resourceIds = new Map<string, pulumi.Output<string>>([['/', this.api.rootResourceId]]);
    const routed: pulumi.Resource[] = [];
    for (const node of resourceTree(ROUTES.map((r) => r.path))) {
      const resource = new aws.apigateway.Resource(
        `${name}-${pathSlug(node.path)}`,
        { restApi: this.api.id, parentId: resourceIds.get(node.parentPath)!, pathPart: node.pathPart },
        child,
      );
      resourceIds.set(node.path, resource.id);
      if (ROUTES.some((r) => r.path === node.path)) {
        routed.push(
          ...preflight(
            `${name}-${pathSlug(node.path)}-options`,
            { restApi: this.api.id, resourceId: resource.id, origin: args.allowedOrigin },
            child,
          ),
        );
      }
    }
    for (const route of ROUTES) {
      routed.push(...this.routeToFunction(name, route, resourceIds.get(route.path)!, authorizer.id, args));
    }
    routed.push(...corsOnGatewayErrors(`${name}-errors`, this.api.id, args.allowedOrigin, child));

    const deployment = new aws.apigateway.Deployment(
      `${name}-deployment`,
      {
        restApi: this.api.id,
        description: `Routes: ${ROUTES.length}`,
        // A new deployment whenever routes, authorization or CORS change; otherwise the stage keeps serving the old API.
        triggers: {
          routes: JSON.stringify(ROUTES),
          authorization: JSON.stringify(METHOD_AUTHORIZATION),
          origin: args.allowedOrigin,
        },
      },
      { parent: this, dependsOn: routed },
    );
    const accessLogs = new aws.cloudwatch.LogGroup(
      `${name}-access-logs`,
      { name: `/aws/apigateway/${envName(args.environment, 'rest-api')}`, retentionInDays: args.logRetentionDays, tags },
      child,
    );
    this.stage = new aws.apigateway.Stage(
      `${name}-stage`,
      {
        restApi: this.api.id,
        deployment: deployment.id,
        stageName: args.environment,
        xrayTracingEnabled: true,
        accessLogSettings: { destinationArn: accessLogs.arn, format: ACCESS_LOG_FORMAT },
        tags,
      },
      // Access logs need API Gateway's account-wide CloudWatch role, which the bootstrap stack sets.
      child,
    );
    // API Gateway writes execution logs to this group; made here so it expires instead of growing forever.
    const executionLogs = new aws.cloudwatch.LogGroup(
      `${name}-execution-logs`,
      {
        name: pulumi.interpolate`API-Gateway-Execution-Logs_${this.api.id}/${args.environment}`,
        retentionInDays: args.logRetentionDays,
        tags,
      },
      child,
    );
    new aws.apigateway.MethodSettings(
      `${name}-throttling`,
      {
        restApi: this.api.id,
        stageName: this.stage.stageName,
        methodPath: '*/*',
        settings: {
          metricsEnabled: true,
          loggingLevel: 'ERROR',
          throttlingRateLimit: args.throttle.rateLimit,
          throttlingBurstLimit: args.throttle.burstLimit,
        },
      },
      { parent: this, dependsOn: [executionLogs] },
    );
    this.url = this.stage.invokeUrl;
    this.registerOutputs({ url: this.url });
  }

  private routeToFunction(
    name: string,
    route: RouteDefinition,
    resourceId: pulumi.Output<string>,
    authorizerId: pulumi.Output<string>,
    args: RestApiArgs,
  ): pulumi.Resource[] {
    const logical = `${name}-${pathSlug(route.path)}-${route.method.toLowerCase()}`;
    const fn = args.functions[route.function];
    const authorization = METHOD_AUTHORIZATION[route.auth];
    const method = new aws.apigateway.Method(
      logical,
      {
        restApi: this.api.id,
        resourceId,
        httpMethod: route.method,
        authorization,
        authorizerId: authorization === 'NONE' ? undefined : authorizerId,
        operationName: route.operation,
      },
      { parent: this },
    );
    const integration = new aws.apigateway.Integration(
      `${logical}-integration`,
      {
        restApi: this.api.id,
        resourceId,
        httpMethod: method.httpMethod,
        type: 'AWS_PROXY',
        integrationHttpMethod: 'POST',
        uri: fn.invokeArn,
      },
      { parent: this },
    );
    new aws.lambda.Permission(
      `${logical}-permission`,
      {
        action: 'lambda:InvokeFunction',
        function: fn.name,
        principal: 'apigateway.amazonaws.com',
        sourceArn: pulumi.interpolate`${this.api.executionArn}/*/${route.method}${route.path}`,
      },
      { parent: this },
    );
    return [method, integration];
  }
}
