import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export const CORS_ALLOWED_HEADERS = 'Content-Type,Authorization,X-Request-Id';
export const CORS_ALLOWED_METHODS = 'OPTIONS,POST';

/** Response header values for API Gateway; literal values are single-quoted strings. */
export function corsHeaderValues(origin: pulumi.Input<string>): Record<string, pulumi.Input<string>> {
  return {
    'method.response.header.Access-Control-Allow-Origin': pulumi.interpolate`'${origin}'`,
    'method.response.header.Access-Control-Allow-Methods': `'${CORS_ALLOWED_METHODS}'`,
    'method.response.header.Access-Control-Allow-Headers': `'${CORS_ALLOWED_HEADERS}'`,
  };
}

export interface PreflightArgs {
  readonly restApi: pulumi.Input<string>;
  readonly resourceId: pulumi.Input<string>;
  readonly origin: pulumi.Input<string>;
}

/**
 * Answers the browser's OPTIONS preflight for one resource inside API Gateway (a mock integration), so
 * preflights never reach a Lambda and never need a token.
 */
export function preflight(name: string, args: PreflightArgs, opts: pulumi.CustomResourceOptions): pulumi.Resource[] {
  const headers = corsHeaderValues(args.origin);
  const declared = Object.fromEntries(Object.keys(headers).map((h) => [h, true]));
  const method = new aws.apigateway.Method(
    name,
    { restApi: args.restApi, resourceId: args.resourceId, httpMethod: 'OPTIONS', authorization: 'NONE' },
    opts,
  );
  const integration = new aws.apigateway.Integration(
    `${name}-mock`,
    {
      restApi: args.restApi,
      resourceId: args.resourceId,
      httpMethod: method.httpMethod,
      type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    },
    opts,
  );
  const response = new aws.apigateway.MethodResponse(
    `${name}-200`,
    {
      restApi: args.restApi,
      resourceId: args.resourceId,
      httpMethod: method.httpMethod,
      statusCode: '200',
      responseParameters: declared,
    },
    opts,
  );
  const integrationResponse = new aws.apigateway.IntegrationResponse(
    `${name}-200-headers`,
    {
      restApi: args.restApi,
      resourceId: args.resourceId,
      httpMethod: method.httpMethod,
      statusCode: response.statusCode,
      responseParameters: headers,
    },
    { ...opts, dependsOn: [integration] },
  );
  return [method, integration, response, integrationResponse];
}

/** Errors API Gateway answers itself (401 from the authorizer, throttling) still need CORS headers to be readable. */
export function corsOnGatewayErrors(
  name: string,
  restApi: pulumi.Input<string>,
  origin: pulumi.Input<string>,
  opts: pulumi.CustomResourceOptions,
): pulumi.Resource[] {
  const headers = Object.fromEntries(
    Object.entries(corsHeaderValues(origin)).map(([k, v]) => [k.replace('method.response.', 'gatewayresponse.'), v]),
  );
  return (['DEFAULT_4XX', 'DEFAULT_5XX'] as const).map(
    (responseType) =>
      new aws.apigateway.Response(
        `${name}-${responseType.toLowerCase().replace('_', '-')}`,
        { restApiId: restApi, responseType, responseParameters: headers },
        opts,
      ),
  );
}
