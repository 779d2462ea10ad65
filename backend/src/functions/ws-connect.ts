import type { APIGatewayProxyResult, APIGatewayProxyWebsocketEventV2WithRequestContext } from 'aws-lambda';
import { ConnectionRepository } from '../modules/realtime/connection.repository';

type ConnectEvent = APIGatewayProxyWebsocketEventV2WithRequestContext<{
  connectionId: string;
  authorizer?: { userId?: string; principalId?: string };
}>;

const connections = new ConnectionRepository();

/** Stores the connection under the user the authorizer verified. */
export async function handler(event: ConnectEvent): Promise<APIGatewayProxyResult> {
  const userId = event.requestContext.authorizer?.userId;
  if (!userId) return { statusCode: 401, body: 'Unauthorized' };
  await connections.save(event.requestContext.connectionId, userId, new Date());
  return { statusCode: 200, body: 'Connected' };
}
