import type { APIGatewayProxyResult, APIGatewayProxyWebsocketEventV2WithRequestContext } from 'aws-lambda';
import { markLastSeen } from '../modules/account/repositories/last-seen';
import { UsageEventRepository } from '../modules/platform/usage-event.repository';
import { ConnectionRepository } from '../modules/realtime/connection.repository';
import { logger } from '../shared/observability';

type ConnectEvent = APIGatewayProxyWebsocketEventV2WithRequestContext<{
  connectionId: string;
  authorizer?: { userId?: string; principalId?: string };
}>;

const connections = new ConnectionRepository();
const usage = new UsageEventRepository();

/** Stores the connection under the user the authorizer verified, and notes the app session for the admin. */
export async function handler(event: ConnectEvent): Promise<APIGatewayProxyResult> {
  const userId = event.requestContext.authorizer?.userId;
  if (!userId) return { statusCode: 401, body: 'Unauthorized' };
  const now = new Date();
  // The admin's statistics are written beside the connection, not after it, so the handshake does
  // not wait longer; their failure must not refuse the keeper's live updates.
  const statistics = Promise.all([
    markLastSeen(userId, now),
    usage.recordActivity('APP_SESSION', { userId, correlationId: `session#${userId}` }, now),
  ]).catch((error: unknown) => logger.warn('App session not recorded', { error: error as Error }));
  await Promise.all([connections.save(event.requestContext.connectionId, userId, now), statistics]);
  return { statusCode: 200, body: 'Connected' };
}
