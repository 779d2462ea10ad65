import { readFileSync } from 'fs';
import * as path from 'path';
import type * as Pulumi from '@pulumi/pulumi';
import { recordingMocks, type CapturedResource } from './mocks';

export type StackName = 'dev' | 'prod';

export interface ProgramRun {
  readonly stack: StackName;
  readonly resources: readonly CapturedResource[];
  /** Stack outputs, resolved. */
  readonly outputs: Readonly<Record<string, unknown>>;
}

const SECRET_KEYS = ['reef-a-matic:stripeSecretKey', 'reef-a-matic:stripeWebhookSecret'];

/**
 * The `config:` map of a committed stack file. The files are flat `key: value` pairs, which is all this
 * reads; it also proves the committed files carry every setting the program requires.
 */
export function stackConfig(stack: StackName): Record<string, string> {
  const file = readFileSync(path.join(__dirname, '..', '..', `Pulumi.${stack}.yaml`), 'utf8');
  const config: Record<string, string> = {};
  for (const line of file.split('\n')) {
    const entry = /^ {2}([\w-]+:[\w-]+):\s*(.+?)\s*$/.exec(line);
    if (entry) config[entry[1]] = entry[2].replace(/^['"]|['"]$/g, '');
  }
  return config;
}

async function resolve(value: unknown, pulumi: typeof Pulumi): Promise<unknown> {
  if (pulumi.Output.isInstance(value)) {
    return new Promise((done) => (value as Pulumi.Output<unknown>).apply((v) => done(v)));
  }
  return value;
}

/**
 * Runs the whole program for a stack under Pulumi mocks, with the stack's committed configuration plus the
 * secrets `pulumi config set --secret` would supply, and returns what it registered.
 */
export async function runProgram(stack: StackName, overrides: Record<string, string> = {}): Promise<ProgramRun> {
  const resources: CapturedResource[] = [];
  const outputs: Record<string, unknown> = {};
  // Pulumi reads a stack trace for every resource and promise; jest maps each frame through source maps,
  // which makes a mocked run several times slower. Plain, short traces are enough here.
  const mapped = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) =>
    `${error}\n${frames
      .slice(0, 10)
      .map((f) => `    at ${f}`)
      .join('\n')}`;
  await jest
    .isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the isolated registry's own copy
      const pulumi: typeof Pulumi = require('@pulumi/pulumi');
      await pulumi.runtime.setMocks(recordingMocks(stack, resources), 'reef-a-matic', stack, false);
      pulumi.runtime.setAllConfig(
        {
          ...stackConfig(stack),
          'reef-a-matic:stripeSecretKey': `sk_test_${stack}`,
          'reef-a-matic:stripeWebhookSecret': `whsec_${stack}`,
          // Under mocks nothing is uploaded; the bundle check has its own test.
          'reef-a-matic:requireBundles': 'false',
          ...overrides,
        },
        SECRET_KEYS,
      );
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- importing the program runs it
      const program: Record<string, unknown> = require('../index');
      for (const [key, value] of Object.entries(program)) outputs[key] = await resolve(value, pulumi);
      await pulumi.runtime.disconnect();
    })
    .finally(() => {
      Error.prepareStackTrace = mapped;
    });
  return { stack, resources, outputs };
}

const runs = new Map<string, Promise<ProgramRun>>();
let previous: Promise<unknown> = Promise.resolve();

/**
 * {@link runProgram}, once per stack and overrides within a test file. Runs never overlap: Pulumi's runtime
 * state is global, so a second program must wait for the first to finish.
 */
export function programFor(stack: StackName, overrides: Record<string, string> = {}): Promise<ProgramRun> {
  const key = `${stack}:${JSON.stringify(overrides)}`;
  if (!runs.has(key)) {
    const run = previous.catch(() => undefined).then(() => runProgram(stack, overrides));
    previous = run;
    runs.set(key, run);
  }
  return runs.get(key)!;
}

/** Resources of one type token. */
export function ofType(run: ProgramRun, type: string): CapturedResource[] {
  return run.resources.filter((r) => r.type === type);
}
