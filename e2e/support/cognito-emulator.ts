import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { REPO_ROOT } from './local-runtime';

const ENTRY = join(REPO_ROOT, 'node_modules/cognito-local/lib/bin/start.js');
const READY_TIMEOUT_MS = 30_000;

/** A user as the emulator keeps it: attributes, status, and the code it "mailed" last. */
export interface EmulatedUser {
  readonly status: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly confirmationCode?: string;
  /** The code it "mailed" for a changed email, until that is verified. */
  readonly attributeVerificationCode?: string;
}

/** cognito-local on a free port with one user pool shaped like the deployed one (email sign-in, plan). */
export interface CognitoEmulator {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** The emulator's record of a user, read from its data folder (where it keeps the codes it sends). */
  user(email: string): EmulatedUser | undefined;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(endpoint, { method: 'GET' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  throw new Error(`cognito-local did not listen within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts cognito-local (an npm package: no download, no Docker) in a fresh folder, creates a pool with
 * the deployed pool's sign-in settings and a public client allowing USER_PASSWORD_AUTH and refresh.
 */
export async function startCognitoEmulator(): Promise<CognitoEmulator> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const home = mkdtempSync(join(tmpdir(), 'ram-e2e-cognito-'));
  mkdirSync(join(home, '.cognito'));
  writeFileSync(join(home, '.cognito', 'config.json'), JSON.stringify({ TokenConfig: { IssuerDomain: endpoint } }));
  const lines: string[] = [];
  const child = spawn(process.execPath, [ENTRY], {
    cwd: home,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForPort(endpoint, child, () => lines.slice(-20).join('\n'));
    // The admin calls below are signed like any AWS call; the emulator accepts any credentials.
    const admin = new CognitoIdentityProviderClient({
      region: 'eu-central-1',
      endpoint,
      credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
    });
    const pool = await admin.send(
      new CreateUserPoolCommand({
        PoolName: 'e2e-user-pool',
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        // As the deployed pool: a changed email takes effect once verified.
        UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
        Schema: [{ Name: 'plan', AttributeDataType: 'String', Mutable: true }],
      }),
    );
    const userPoolId = pool.UserPool!.Id!;
    const client = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: 'e2e-client',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    admin.destroy();
    const user = (email: string): EmulatedUser | undefined => {
      const db = JSON.parse(readFileSync(join(home, '.cognito', 'db', `${userPoolId}.json`), 'utf8')) as {
        Users?: Record<
          string,
          {
            Attributes: { Name: string; Value: string }[];
            UserStatus: string;
            ConfirmationCode?: string;
            AttributeVerificationCode?: string;
          }
        >;
      };
      const found = Object.values(db.Users ?? {}).find((u) =>
        u.Attributes.some((a) => a.Name === 'email' && a.Value.toLowerCase() === email.toLowerCase()),
      );
      if (!found) return undefined;
      return {
        status: found.UserStatus,
        attributes: Object.fromEntries(found.Attributes.map((a) => [a.Name, a.Value])),
        confirmationCode: found.ConfirmationCode,
        attributeVerificationCode: found.AttributeVerificationCode,
      };
    };
    return { endpoint, userPoolId, clientId: client.UserPoolClient!.ClientId!, user, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
