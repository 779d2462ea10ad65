import { readFileSync } from 'fs';

/** The stack outputs the deploy workflow reads (`pulumi stack output --json`). */
export interface StackOutputs {
  readonly environment: 'dev' | 'prod';
  readonly region: string;
  readonly restApiUrl: string;
  readonly websocketUrl: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

const REQUIRED: readonly (keyof StackOutputs)[] = ['environment', 'region', 'restApiUrl', 'websocketUrl', 'userPoolId', 'userPoolClientId'];

/** Parses `pulumi stack output --json`, failing on the first missing output rather than writing a half config. */
export function parseStackOutputs(json: string): StackOutputs {
  const raw: Record<string, unknown> = JSON.parse(json);
  for (const key of REQUIRED) {
    if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`Stack output ${key} is missing`);
  }
  return raw as unknown as StackOutputs;
}

export function readStackOutputs(file: string): StackOutputs {
  return parseStackOutputs(readFileSync(file, 'utf8'));
}
