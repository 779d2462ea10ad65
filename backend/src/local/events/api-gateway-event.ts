import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';

export interface ApiRequest {
  readonly method: string;
  /** The resource path as API Gateway sees it (no stage, no `/api` prefix). */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly query: Record<string, string>;
  readonly body: string | null;
  readonly sourceIp: string;
  readonly claims?: Record<string, string>;
  readonly stage: string;
}

/** The REST API (v1) proxy event API Gateway sends for a request, including Cognito authorizer claims. */
export function apiGatewayProxyEvent(req: ApiRequest): APIGatewayProxyEvent {
  const requestId = randomUUID();
  const now = new Date();
  return {
    resource: req.path,
    path: req.path,
    httpMethod: req.method,
    headers: req.headers,
    multiValueHeaders: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: Object.keys(req.query).length ? req.query : null,
    multiValueQueryStringParameters: Object.keys(req.query).length
      ? Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: null,
    stageVariables: null,
    body: req.body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: req.claims ? { claims: req.claims } : null,
      protocol: 'HTTP/1.1',
      httpMethod: req.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: req.sourceIp,
        user: null,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: null,
      },
      path: `/${req.stage}${req.path}`,
      stage: req.stage,
      requestId,
      requestTimeEpoch: now.getTime(),
      resourceId: 'local',
      resourcePath: req.path,
    },
  };
}
