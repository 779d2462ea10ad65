import { ApiGatewayManagementApiClient, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { runtimeConfig } from '../../shared/config';
import { logger } from '../../shared/observability';
import type { ConnectionRepository } from './connection.repository';
import type { RealtimeMessage } from './realtime-message';
import { sdkClient } from '../../shared/aws/sdk-client';

let client: ApiGatewayManagementApiClient | undefined;
let clientEndpoint: string | undefined;

function managementClient(): ApiGatewayManagementApiClient {
  const endpoint = runtimeConfig().wsManagementEndpoint;
  if (!endpoint) throw new Error('WS_MANAGEMENT_ENDPOINT is not set');
  if (!client || clientEndpoint !== endpoint) {
    client = sdkClient(ApiGatewayManagementApiClient, { region: runtimeConfig().region, endpoint });
    clientEndpoint = endpoint;
  }
  return client;
}

/** Sends messages to every live connection of one user; connections that are gone are deleted. */
export class ConnectionNotifier {
  constructor(private readonly connections: ConnectionRepository) {}

  async notify(userId: string, messages: readonly RealtimeMessage[], now: Date): Promise<{ delivered: number; gone: number }> {
    const live = await this.connections.listLiveForUser(userId, now);
    let delivered = 0;
    let gone = 0;
    for (const connection of live) {
      for (const message of messages) {
        try {
          await managementClient().send(
            new PostToConnectionCommand({ ConnectionId: connection.connectionId, Data: Buffer.from(JSON.stringify(message)) }),
          );
          delivered += 1;
        } catch (error) {
          if (!(error instanceof GoneException)) throw error;
          await this.connections.remove(connection.connectionId);
          gone += 1;
          logger.info('Removed a gone WebSocket connection', { connectionId: connection.connectionId });
          break;
        }
      }
    }
    return { delivered, gone };
  }
}
