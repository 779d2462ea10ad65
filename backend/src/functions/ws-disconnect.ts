import type { APIGatewayProxyResult, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { ConnectionRepository } from '../modules/realtime/connection.repository';

const connections = new ConnectionRepository();

/** Best effort: API Gateway may never send `$disconnect`, so stale rows also expire by TTL. */
export async function handler(event: APIGatewayProxyWebsocketEventV2): Promise<APIGatewayProxyResult> {
  await connections.remove(event.requestContext.connectionId);
  return { statusCode: 200, body: 'Disconnected' };
}
