import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { verifyIdToken } from '../shared/auth/token-verifier';
import { isRevoked } from '../shared/identity/revoked-identities';
import { logger } from '../shared/observability';

function policy(principalId: string, effect: 'Allow' | 'Deny', resource: string, userId?: string): APIGatewayAuthorizerResult {
  return {
    principalId,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] },
    ...(userId ? { context: { userId } } : {}),
  };
}

/** `$connect` authorizer: the browser passes its ID token as `?token=`; anything unverifiable is denied. */
export async function handler(event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  const token = event.queryStringParameters?.token;
  if (!token) return policy('anonymous', 'Deny', event.methodArn);
  try {
    const claims = await verifyIdToken(token);
    if (await isRevoked(claims.sub)) return policy('anonymous', 'Deny', event.methodArn);
    return policy(claims.sub, 'Allow', event.methodArn, claims.sub);
  } catch (error) {
    logger.info('WebSocket token rejected', { reason: (error as Error).message });
    return policy('anonymous', 'Deny', event.methodArn);
  }
}
