import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionName } from '../../catalogue';

/** A Lambda `Context` for a local invocation, with the function's declared timeout and memory. */
export function lambdaContext(functionName: FunctionName, env: string, startedAt = Date.now()): Context {
  const fn = FUNCTIONS[functionName];
  const deadline = startedAt + fn.timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `${env}-${functionName}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${env}-${functionName}`,
    memoryLimitInMB: String(fn.memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${env}-${functionName}`,
    logStreamName: `local/${new Date(startedAt).toISOString().slice(0, 10)}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
