import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { WEBSOCKET, type FunctionName } from '../../backend/src/catalogue';
import { envName } from '../naming';
import { moduleTags } from '../tags';

export interface WebSocketApiArgs {
  readonly environment: string;
  readonly region: string;
  /** At least the catalogue's WebSocket authorizer and route handlers. */
  readonly handlers: Readonly<Partial<Record<FunctionName, aws.lambda.Function>>>;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetentionDays: number;
}

/** The browser cannot set headers on a WebSocket handshake, so the token travels in the query string. */
export const TOKEN_IDENTITY_SOURCE = 'route.request.querystring.token';

const CONNECTION_VERBS = ['POST', 'GET', 'DELETE'] as const;

export const WS_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  connectionId: '$context.connectionId',
  eventType: '$context.eventType',
  routeKey: '$context.routeKey',
  status: '$context.status',
  user: '$context.authorizer.principalId',
  requestTime: '$context.requestTime',
  latency: '$context.integrationLatency',
  error: '$context.error.message',
});

/** The realtime channel: `$connect` behind a token authorizer, `$disconnect`, one stage per environment. */
export class WebSocketApi extends pulumi.ComponentResource {
  readonly apiId: pulumi.Output<string>;
  readonly stageName: string;
  /** What the browser connects to: `wss://…/<env>`. */
  readonly url: pulumi.Output<string>;
  /** What notifiers post to: the API Gateway Management API of this stage. */
  readonly managementEndpoint: pulumi.Output<string>;
  /** The `@connections` ARNs a notifier needs `execute-api:ManageConnections` on. */
  readonly connectionArns: pulumi.Output<string>[];

  constructor(name: string, args: WebSocketApiArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:api:WebSocketApi', name, {}, opts);
    const child = { parent: this };
    const tags = moduleTags('realtime');
    const handler = (fn: FunctionName) => {
      const resource = args.handlers[fn];
      if (!resource) throw new Error(`WebSocket handler ${fn} was not deployed`);
      return resource;
    };
    const api = new aws.apigatewayv2.Api(
      name,
      {
        name: envName(args.environment, 'websocket-api'),
        protocolType: 'WEBSOCKET',
        routeSelectionExpression: '$request.body.action',
        tags,
      },
      child,
    );
    const authorizerFn = handler(WEBSOCKET.authorizer);
    const authorizer = new aws.apigatewayv2.Authorizer(
      `${name}-token`,
      {
        apiId: api.id,
        name: envName(args.environment, 'ws-token'),
        authorizerType: 'REQUEST',
        authorizerUri: authorizerFn.invokeArn,
        identitySources: [TOKEN_IDENTITY_SOURCE],
      },
      child,
    );
    new aws.lambda.Permission(
      `${name}-token-permission`,
      {
        action: 'lambda:InvokeFunction',
        function: authorizerFn.name,
        principal: 'apigateway.amazonaws.com',
        sourceArn: pulumi.interpolate`${api.executionArn}/authorizers/${authorizer.id}`,
      },
      child,
    );
    const routes = (Object.entries(WEBSOCKET.routes) as [string, FunctionName][]).map(([routeKey, fn]) => {
      const slug = routeKey.replace('$', '');
      const integration = new aws.apigatewayv2.Integration(
        `${name}-${slug}`,
        { apiId: api.id, integrationType: 'AWS_PROXY', integrationMethod: 'POST', integrationUri: handler(fn).invokeArn },
        child,
      );
      new aws.lambda.Permission(
        `${name}-${slug}-permission`,
        {
          action: 'lambda:InvokeFunction',
          function: handler(fn).name,
          principal: 'apigateway.amazonaws.com',
          sourceArn: pulumi.interpolate`${api.executionArn}/*/${routeKey}`,
        },
        child,
      );
      const authorized = routeKey === '$connect';
      return new aws.apigatewayv2.Route(
        `${name}-${slug}-route`,
        {
          apiId: api.id,
          routeKey,
          target: pulumi.interpolate`integrations/${integration.id}`,
          authorizationType: authorized ? 'CUSTOM' : 'NONE',
          authorizerId: authorized ? authorizer.id : undefined,
        },
        child,
      );
    });
    const accessLogs = new aws.cloudwatch.LogGroup(
      `${name}-access-logs`,
      {
        name: `/aws/apigateway/${envName(args.environment, 'websocket-api')}`,
        retentionInDays: args.logRetentionDays,
        tags,
      },
      child,
    );
    // Execution logs of a WebSocket stage go to this group; made here so it expires.
    const executionLogs = new aws.cloudwatch.LogGroup(
      `${name}-execution-logs`,
      { name: pulumi.interpolate`/aws/apigateway/${api.id}/${args.environment}`, retentionInDays: args.logRetentionDays, tags },
      child,
    );
    const stage = new aws.apigatewayv2.Stage(
      `${name}-stage`,
      {
        apiId: api.id,
        name: args.environment,
        autoDeploy: true,
        accessLogSettings: { destinationArn: accessLogs.arn, format: WS_ACCESS_LOG_FORMAT },
        defaultRouteSettings: {
          detailedMetricsEnabled: true,
          loggingLevel: 'ERROR',
          throttlingRateLimit: args.throttle.rateLimit,
          throttlingBurstLimit: args.throttle.burstLimit,
        },
        tags,
      },
      { parent: this, dependsOn: [...routes, executionLogs] },
    );
    this.apiId = api.id;
    this.stageName = args.environment;
    this.url = pulumi.interpolate`${api.apiEndpoint}/${stage.name}`;
    this.managementEndpoint = pulumi.interpolate`https://${api.id}.execute-api.${args.region}.amazonaws.com/${args.environment}`;
    this.connectionArns = CONNECTION_VERBS.map(
      (verb) => pulumi.interpolate`${api.executionArn}/${args.environment}/${verb}/@connections/*`,
    );
    this.registerOutputs({ url: this.url, managementEndpoint: this.managementEndpoint });
  }
}
