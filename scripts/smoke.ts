// `npm run smoke -- --local [--url http://localhost:3000]` or `npm run smoke -- --stack dev [--outputs f.json]`:
// what a keeper does first, end to end against a running RaM. Signs up (local provider, or Cognito with an
// admin confirmation), uploads a generated lab report through the presigned URL, waits for the test to
// turn DONE over the WebSocket, then removes the smoke account's sign-in. Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { generateIcpFixture } from '../backend/src/tools/icp-fixtures/generate-icp-fixture';

const DONE_TIMEOUT_MS = 120_000;
const PASSWORD = `Smoke-${randomBytes(6).toString('hex')}-1A`;

interface Target {
  readonly apiUrl: string;
  readonly wsUrl: string;
  signUpAndIn(email: string): Promise<string>;
  cleanUp(email: string): Promise<void>;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

const post = (url: string, body: unknown, idToken?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(idToken ? { authorization: `Bearer ${idToken}` } : {}) },
    body: JSON.stringify(body),
  });

/** `npm start` on this machine: its own identity provider at /auth. */
async function localTarget(baseUrl: string): Promise<Target> {
  const config = await json<{ apiUrl: string; wsUrl: string; identity: { kind: string; baseUrl: string } }>(
    await fetch(`${baseUrl}/config.json`),
    'GET /config.json',
  );
  if (config.identity.kind !== 'local')
    throw new Error(`${baseUrl} signs in with ${config.identity.kind}; use --stack for a deployed stack`);
  const absolute = (path: string) => new URL(path, baseUrl).toString().replace(/\/$/, '');
  return {
    apiUrl: absolute(config.apiUrl),
    wsUrl: config.wsUrl,
    async signUpAndIn(email) {
      await json(await post(`${absolute(config.identity.baseUrl)}/sign-up`, { email, password: PASSWORD, plan: 'TRIAL' }), 'sign-up');
      const tokens = await json<{ idToken: string }>(
        await post(`${absolute(config.identity.baseUrl)}/sign-in`, { email, password: PASSWORD }),
        'sign-in',
      );
      return tokens.idToken;
    },
    // The local provider keeps its accounts in the data folder; a smoke account there harms nothing.
    async cleanUp() {},
  };
}

/** A deployed stack: Cognito sign-up, confirmed with the deploy role's admin rights, and deleted afterwards. */
async function stackTarget(stack: string, outputsFile: string | undefined): Promise<Target> {
  const outputs = JSON.parse(
    outputsFile
      ? readFileSync(outputsFile, 'utf8')
      : execFileSync('pulumi', ['stack', 'output', '--json', '--stack', stack], { encoding: 'utf8' }),
  ) as { region: string; restApiUrl: string; websocketUrl: string; userPoolId: string; userPoolClientId: string };
  const cognito = await import('@aws-sdk/client-cognito-identity-provider');
  const client = new cognito.CognitoIdentityProviderClient({ region: outputs.region });
  return {
    apiUrl: outputs.restApiUrl,
    wsUrl: outputs.websocketUrl,
    async signUpAndIn(email) {
      await client.send(
        new cognito.SignUpCommand({
          ClientId: outputs.userPoolClientId,
          Username: email,
          Password: PASSWORD,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'custom:plan', Value: 'TRIAL' },
          ],
        }),
      );
      // No inbox to read the code from: the deploy role confirms, which runs the same post-confirmation trigger.
      await client.send(new cognito.AdminConfirmSignUpCommand({ UserPoolId: outputs.userPoolId, Username: email }));
      const auth = await client.send(
        new cognito.InitiateAuthCommand({
          ClientId: outputs.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: PASSWORD },
        }),
      );
      if (!auth.AuthenticationResult?.IdToken) throw new Error('Cognito signed the smoke account in without an ID token');
      return auth.AuthenticationResult.IdToken;
    },
    async cleanUp(email) {
      await client.send(new cognito.AdminDeleteUserCommand({ UserPoolId: outputs.userPoolId, Username: email }));
    },
  };
}

/** Resolves with the first WebSocket message for `testId` whose status is DONE; rejects on ERROR or timeout. */
function doneOver(socket: WebSocket, testId: () => string | undefined): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No DONE for the smoke test within ${DONE_TIMEOUT_MS / 1000} s`)), DONE_TIMEOUT_MS);
    let last: string | undefined;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type?: string; item?: { id?: string; status?: string } };
      if (message.type !== 'TEST' || message.item?.id !== testId()) return;
      // Every evaluated element updates the test's row; report each status once.
      if (message.item.status !== last) process.stdout.write(`  … ${message.item.status}\n`);
      last = message.item.status;
      if (message.item.status === 'DONE' || message.item.status === 'ERROR') {
        clearTimeout(timer);
        if (message.item.status === 'ERROR') reject(new Error('The smoke report ended in ERROR'));
        else resolve(Date.now() - started);
      }
    });
  });
}

async function main(): Promise<void> {
  const stack = argument('--stack');
  const target = process.argv.includes('--local')
    ? await localTarget(argument('--url') ?? `http://localhost:${process.env.PORT ?? 3000}`)
    : stack
      ? await stackTarget(stack, argument('--outputs'))
      : undefined;
  if (!target)
    throw new Error('usage: npm run smoke -- --local [--url http://localhost:3000] | --stack <dev|prod> [--outputs stack-outputs.json]');

  const email = `smoke-${Date.now()}-${randomBytes(3).toString('hex')}@smoke.reefamatic.com`;
  process.stdout.write(`Smoke test as ${email} against ${target.apiUrl}\n`);
  const idToken = await target.signUpAndIn(email);
  try {
    const profile = await json<{ tanks: { tankId: string }[] }>(await post(`${target.apiUrl}/user`, {}, idToken), 'POST /user');
    const tankId = profile.tanks[0]?.tankId;
    if (!tankId) throw new Error('The new account has no tank');

    const socket = new WebSocket(`${target.wsUrl}?token=${encodeURIComponent(idToken)}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    let testId: string | undefined;
    const done = doneOver(socket, () => testId);
    try {
      const report = await generateIcpFixture('OCEAMO', { seed: 19 });
      const upload = await json<{ testId: string; uploadUrl: string }>(
        await post(`${target.apiUrl}/test`, { tankId, lab: 'OCEAMO', fileName: report.fileName, fileSize: report.bytes.length }, idToken),
        'POST /test',
      );
      testId = upload.testId;
      const put = await fetch(upload.uploadUrl, { method: 'PUT', body: report.bytes, headers: { 'content-type': 'application/pdf' } });
      if (!put.ok) throw new Error(`The presigned PUT answered ${put.status}`);
      process.stdout.write(`  uploaded ${report.fileName} as test ${testId}\n`);
      const ms = await done;
      process.stdout.write(`Smoke test passed: DONE over the WebSocket ${(ms / 1000).toFixed(1)} s after the upload started.\n`);
    } finally {
      socket.close();
    }
  } finally {
    await target.cleanUp(email);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Smoke test failed: ${(error as Error).message}\n`);
  process.exit(1);
});
