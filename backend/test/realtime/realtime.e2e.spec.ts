import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import WebSocket from 'ws';
import type { LocalRuntime } from '../../src/local/runtime';
import { dynamo } from '../../src/shared/aws/clients';
import { type SignedInUser, eventually, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface Tab {
  readonly ws: WebSocket;
  readonly messages: Record<string, unknown>[];
}

function openTab(url: string): Promise<Tab> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const messages: Record<string, unknown>[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(data.toString()) as Record<string, unknown>));
    ws.once('open', () => resolve({ ws, messages }));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`rejected with ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('realtime: history streams reach only the owner’s open tabs', () => {
  let runtime: LocalRuntime;
  let alice: SignedInUser;
  let bob: SignedInUser;
  let doc: DynamoDBDocumentClient;
  const commands: string[] = [];
  const tabs: Tab[] = [];

  beforeAll(async () => {
    runtime = await startTestRuntime();
    [alice, bob] = await Promise.all([signUpAndIn(runtime), signUpAndIn(runtime)]);
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    dynamo().middlewareStack.add(
      (next, context) => (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countCommands' },
    );
  });
  afterAll(async () => {
    for (const tab of tabs) tab.ws.close();
    doc.destroy();
    await runtime.stop();
  });

  const tab = async (user: SignedInUser) => {
    const opened = await openTab(`${runtime.wsUrl}?token=${user.idToken}`);
    tabs.push(opened);
    return opened;
  };
  const header = (user: SignedInUser, testId: string, status: string) => ({
    test_id: testId,
    item: 'HEADER',
    user_id: user.userId,
    tank_id: 'tank-1',
    user_id_tank_id: `${user.userId}#tank-1`,
    test_date: '2026-03-01',
    status,
    lab: 'OCEAMO',
  });

  it('sends a test change of Alice to both of her tabs within a second, and never to Bob', async () => {
    const [a1, a2, b1] = [await tab(alice), await tab(alice), await tab(bob)];
    const started = Date.now();

    await doc.send(new PutCommand({ TableName: `${runtime.env}-test-history`, Item: header(alice, 'test-a', 'PROCESSING') }));

    await eventually(() => (a1.messages.length && a2.messages.length ? true : undefined), 1000, 'both of Alice’s tabs');
    expect(Date.now() - started).toBeLessThan(1000);
    const expected = {
      type: 'TEST',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: 'test-a', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO', lab: 'OCEAMO' },
    };
    expect(a1.messages).toEqual([expected]);
    expect(a2.messages).toEqual([expected]);
    await new Promise((r) => setTimeout(r, 400));
    expect(b1.messages).toEqual([]);
  });

  it('sends a removal carrying the record’s identity when it is deleted', async () => {
    const a = await tab(alice);
    await doc.send(new PutCommand({ TableName: `${runtime.env}-test-history`, Item: header(alice, 'test-gone', 'DONE') }));
    await eventually(() => (a.messages.length ? true : undefined), 2000, 'the upsert');

    await doc.send(new DeleteCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: 'test-gone', item: 'HEADER' } }));

    await eventually(() => (a.messages.length >= 2 ? true : undefined), 2000, 'the removal');
    expect(a.messages[1]).toMatchObject({ type: 'TEST', op: 'remove', tankId: 'tank-1', item: { id: 'test-gone' } });
  });

  it('deletes a connection row after the first post finds it gone', async () => {
    const TableName = `${runtime.env}-websocket-connections`;
    const ttl = Math.floor(Date.now() / 1000) + 3600;
    await doc.send(
      new PutCommand({
        TableName,
        Item: { connection_id: 'closed-without-disconnect=', user_id: bob.userId, connected_at: new Date().toISOString(), ttl },
      }),
    );

    await doc.send(
      new PutCommand({
        TableName: `${runtime.env}-program-history`,
        Item: {
          program_id: 'p-bob',
          user_id: bob.userId,
          tank_id: 'tank-9',
          user_id_tank_id: `${bob.userId}#tank-9`,
          status: 'active',
          name: 'Daily Balling',
          start_date: '2026-03-01',
        },
      }),
    );

    await eventually(
      async () =>
        (await doc.send(new GetCommand({ TableName, Key: { connection_id: 'closed-without-disconnect=' } }))).Item ? undefined : true,
      3000,
      'the stale row to go',
    );
  });

  it('rejects an expired token at connect', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = runtime.identity.signRaw({
      sub: alice.userId,
      email: alice.email,
      aud: runtime.identity.clientId,
      iss: runtime.identity.issuer,
      token_use: 'id',
      iat: now - 7200,
      exp: now - 60,
    });

    await expect(openTab(`${runtime.wsUrl}?token=${expired}`)).rejects.toThrow(/403/);
  });

  it('never scans a table on the realtime path', () => {
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => c.startsWith('Scan'))).toEqual([]);
  });
});
