import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// The baseline for cold-start comparisons: the same DynamoDB read as POST /user, with no framework.
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const userId = event.requestContext.authorizer?.claims?.sub as string;
  const { Item } = await client.send(new GetCommand({ TableName: `${process.env.RAM_ENV}-user`, Key: { user_id: userId } }));
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
}
