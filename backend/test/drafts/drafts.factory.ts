import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Test } from '@nestjs/testing';
import type { ProgramElement } from '../../src/domain/dosing';
import type { LocalRuntime } from '../../src/local/runtime';
import { BedrockDraftSuggestions, DailyDoseDraftProgramService, DraftSuggestionPort, DraftsModule } from '../../src/modules/drafts';
import { AppConfigRepository } from '../../src/modules/platform/app-config.repository';
import { UsageEventRepository } from '../../src/modules/platform/usage-event.repository';
import { type KeeperTank, keeperWithTank, todayIn } from '../dosing/dosing.factory';
import type { FakeBedrockClient } from '../fakes/fake-bedrock';
import { postApi } from '../support/test-runtime';

/** The service from its own module, as icp-evaluate and testing-api build it; with a fake Bedrock when given. */
export async function draftService(
  bedrock?: FakeBedrockClient,
): Promise<{ sut: DailyDoseDraftProgramService; close: () => Promise<void> }> {
  let builder = Test.createTestingModule({ imports: [DraftsModule] });
  if (bedrock) {
    builder = builder.overrideProvider(DraftSuggestionPort).useFactory({
      factory: (config: AppConfigRepository, usage: UsageEventRepository) =>
        new BedrockDraftSuggestions({ client: bedrock, modelId: 'test-model', config, usage }),
      inject: [AppConfigRepository, UsageEventRepository],
    });
  }
  const moduleRef = await builder.compile();
  return { sut: moduleRef.get(DailyDoseDraftProgramService), close: () => moduleRef.close() };
}

export type Plan = 'TRIAL' | 'BASIC' | 'PRO';

/** A keeper with a 300 l tank on the CUSTOM method (products with checked strengths); BASIC and PRO as live subscriptions. */
export async function keeperOnPlan(runtime: LocalRuntime, plan: Plan = 'TRIAL'): Promise<KeeperTank> {
  const tank = await keeperWithTank(runtime, { dosingMethod: 'CUSTOM' });
  if (plan !== 'TRIAL') {
    const doc = documents(runtime);
    try {
      await doc.send(
        new UpdateCommand({
          TableName: `${runtime.env}-user`,
          Key: { user_id: tank.keeper.userId },
          UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
          ExpressionAttributeValues: { ':s': 'active', ':t': plan },
        }),
      );
    } finally {
      doc.destroy();
    }
  }
  return tank;
}

export interface ProgramView {
  programId: string;
  name: string;
  status: string;
  startDate: string;
  endDate?: string;
  elements: ProgramElement[];
  source?: { kind: string; suggestion: ProgramElement[] };
  updatedAt: string;
}

/** Saves a program through the API (`/program/history/save`), as the keeper would. */
export async function saveProgram(runtime: LocalRuntime, tank: KeeperTank, body: Record<string, unknown>): Promise<ProgramView> {
  const saved = await postApi(
    runtime,
    '/program/history/save',
    { tankId: tank.tankId, name: 'My program', status: 'active', startDate: todayIn('UTC'), ...body },
    tank.keeper,
  );
  if (saved.status !== 200) throw new Error(`program save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  return saved.body.program as ProgramView;
}

export async function listPrograms(runtime: LocalRuntime, tank: KeeperTank): Promise<ProgramView[]> {
  return (await postApi(runtime, '/program/history/list', { tankId: tank.tankId }, tank.keeper)).body.programs as ProgramView[];
}

export function documents(runtime: LocalRuntime): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'eu-central-1' }));
}

/** Every program-history item whose key starts with `prefix` (a test's draft and its record), read straight from the table. */
export async function programHistoryItems(runtime: LocalRuntime, prefix: string): Promise<Record<string, unknown>[]> {
  const doc = documents(runtime);
  try {
    const { Items = [] } = await doc.send(
      new ScanCommand({
        TableName: `${runtime.env}-program-history`,
        FilterExpression: 'begins_with(program_id, :p)',
        ExpressionAttributeValues: { ':p': prefix },
      }),
    );
    return Items;
  } finally {
    doc.destroy();
  }
}

/** The items of one partition of a table (`app-config` by key, `usage-event` by user), read straight from it. */
export async function partition(runtime: LocalRuntime, table: string, key: string, value: string): Promise<Record<string, unknown>[]> {
  const doc = documents(runtime);
  try {
    const { Items = [] } = await doc.send(
      new QueryCommand({
        TableName: `${runtime.env}-${table}`,
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': key },
        ExpressionAttributeValues: { ':v': value },
      }),
    );
    return Items;
  } finally {
    doc.destroy();
  }
}

export const newTestId = (): string => randomUUID();
