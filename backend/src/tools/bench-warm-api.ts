import { cpus, loadavg } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { seedDemoHistory } from '../local/demo-history';
import { startLocalRuntime } from '../local/runtime';

/** #22: a warm API call's median at most this many times the DynamoDB requests it wraps. */
export const WARM_API_TARGET = 1.3;
const DEMO = { email: 'demo@reefamatic.local', password: 'ReefDemo-2026' };
const WARM_UP = 10;

export interface WarmApiRow {
  readonly call: string;
  readonly path: string;
  readonly status: number;
  readonly apiMs: number;
  readonly rawMs: number;
  readonly raw: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/**
 * Warm calls of the demo keeper's three busiest reads, each beside the DynamoDB requests it needs made
 * directly with the SDK from the same process: the API over loopback HTTP (local gateway: token check,
 * event, lambdalith, guard, validation, controller, service, serialisation) against the bare requests
 * to the same DynamoDB Local. Calls and raw requests alternate, so a busy moment weighs on both.
 */
export async function warmApiRows(runs: number, dynamoEndpoint: string): Promise<WarmApiRow[]> {
  const runtime = await startLocalRuntime({
    env: 'benchwarm',
    port: 0,
    dynamoEndpoint,
    demo: DEMO,
    scheduler: false,
    logLevel: 'SILENT',
    adminEmail: 'admin@bench.test',
    adminPassword: 'BenchAdmin-1',
  });
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  );
  const table = (name: string) => `${runtime.env}-${name}`;
  try {
    await seedDemoHistory(runtime.url, DEMO);
    const signIn = await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify(DEMO) });
    const { idToken } = (await signIn.json()) as { idToken: string };
    const api = async (path: string, body: unknown) => {
      const response = await fetch(`${runtime.url}/api${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    };
    const profile = (await (
      await fetch(`${runtime.url}/api/user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
        body: '{}',
      })
    ).json()) as { user: { userId: string }; tanks: { tankId: string }[] };
    const { userId } = profile.user;
    const tankId = profile.tanks[0].tankId;
    const tankKey = `${userId}#${tankId}`;

    const calls: { call: string; path: string; body: unknown; raw: string; rawRequests: () => Promise<unknown> }[] = [
      {
        call: 'the rail and tests list',
        path: '/test/history/list',
        body: { tankId },
        raw: 'one Query of the tank index, newest first, 100 rows',
        rawRequests: () =>
          doc.send(
            new QueryCommand({
              TableName: table('test-history'),
              IndexName: 'user_id_tank_id-index',
              KeyConditionExpression: 'user_id_tank_id = :k',
              ExpressionAttributeValues: { ':k': tankKey },
              ScanIndexForward: false,
              Limit: 100,
            }),
          ),
      },
      {
        call: 'the dose log',
        path: '/dose/history/list',
        body: { tankId },
        raw: 'one consistent Query of the dose days, newest first, 31 rows',
        rawRequests: () =>
          doc.send(
            new QueryCommand({
              TableName: table('dose-history'),
              KeyConditionExpression: 'user_id_tank_id = :tank',
              ExpressionAttributeValues: { ':tank': tankKey },
              ScanIndexForward: false,
              ConsistentRead: true,
              Limit: 31,
            }),
          ),
      },
      {
        call: 'the profile',
        path: '/user',
        body: {},
        raw: "the keeper's GetItem and the Query of their tanks, side by side",
        rawRequests: () =>
          Promise.all([
            doc.send(new GetCommand({ TableName: table('user'), Key: { user_id: userId } })),
            doc.send(
              new QueryCommand({
                TableName: table('user-tank'),
                KeyConditionExpression: 'user_id = :u',
                ExpressionAttributeValues: { ':u': userId },
              }),
            ),
          ]),
      },
    ];
    const rows: WarmApiRow[] = [];
    for (const c of calls) {
      for (let i = 0; i < WARM_UP; i++) {
        await api(c.path, c.body);
        await c.rawRequests();
      }
      const apiMs: number[] = [];
      const rawMs: number[] = [];
      let status = 0;
      for (let i = 0; i < runs; i++) {
        const a = await time(() => api(c.path, c.body));
        status = a.value;
        apiMs.push(a.ms);
        rawMs.push((await time(c.rawRequests)).ms);
      }
      rows.push({ call: c.call, path: c.path, status, apiMs: median(apiMs), rawMs: median(rawMs), raw: c.raw });
    }
    return rows;
  } finally {
    doc.destroy();
    await runtime.stop();
  }
}

/** The docs/benchmarks.md section for {@link warmApiRows}. */
export function warmApiSection(rows: readonly WarmApiRow[], runs: number): string {
  return [
    `Warm calls as the demo keeper (the demo tank filled through the API), ${runs} of each after ${WARM_UP} warm-up calls, medians. "API" is the whole call over loopback HTTP through the local gateway (token check, API Gateway event, lambdalith, route guard, validation, controller, service, JSON); "DynamoDB" is what the call has to ask DynamoDB Local, sent directly with the SDK from the same process. Target (#22): API at most ${WARM_API_TARGET}× DynamoDB. Measured ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
    '',
    '| call | request → status | API ms | DynamoDB ms | what DynamoDB is asked | API vs DynamoDB | met |',
    '| --- | --- | ---: | ---: | --- | ---: | :---: |',
    ...rows.map(
      (r) =>
        `| ${r.call} | \`${r.path}\` → ${r.status} | ${r.apiMs.toFixed(1)} | ${r.rawMs.toFixed(1)} | ${r.raw} | **${(r.apiMs / r.rawMs).toFixed(2)}×** | ${r.apiMs / r.rawMs <= WARM_API_TARGET ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
}
