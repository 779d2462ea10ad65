import type * as aws from '@pulumi/aws';
import { FUNCTION_NAMES, IDENTITY_TRIGGERS, WEBSOCKET, type FunctionName } from '../../backend/src/catalogue';

/*
 * Functions are deployed in three groups because of what they need at deploy time:
 * - identity triggers: the user pool needs their ARNs, so they cannot be given the pool's id;
 * - WebSocket handlers: the WebSocket API needs them, and they need the user pool (the authorizer);
 * - everything else: needs the pool and the WebSocket management endpoint.
 */

export const IDENTITY_TRIGGER_FUNCTIONS: readonly FunctionName[] = Object.values(IDENTITY_TRIGGERS);

export const WEBSOCKET_FUNCTIONS: readonly FunctionName[] = [WEBSOCKET.authorizer, ...Object.values(WEBSOCKET.routes)];

export const APPLICATION_FUNCTIONS: readonly FunctionName[] = FUNCTION_NAMES.filter(
  (fn) => !IDENTITY_TRIGGER_FUNCTIONS.includes(fn) && !WEBSOCKET_FUNCTIONS.includes(fn),
);

export type FunctionSet = Readonly<Record<FunctionName, aws.lambda.Function>>;

/** Joins the groups into one lookup and fails if a catalogue function was left out or deployed twice. */
export function joinFunctionGroups(...groups: readonly Readonly<Partial<Record<FunctionName, aws.lambda.Function>>>[]): FunctionSet {
  const joined: Partial<Record<FunctionName, aws.lambda.Function>> = {};
  for (const group of groups) {
    for (const [fn, resource] of Object.entries(group) as [FunctionName, aws.lambda.Function][]) {
      if (joined[fn]) throw new Error(`Function ${fn} is deployed by two groups`);
      joined[fn] = resource;
    }
  }
  const missing = FUNCTION_NAMES.filter((fn) => !joined[fn]);
  if (missing.length > 0) throw new Error(`Functions not deployed by any group: ${missing.join(', ')}`);
  return joined as FunctionSet;
}
