/**
 * Where every AWS SDK client of the backend is made. In Lambda (tracing on) the client is wrapped by
 * the Powertools Tracer, so each call it sends becomes an X-Ray subsegment of the invocation. The
 * local runtime and the tests have no `AWS_EXECUTION_ENV` (and set `POWERTOOLS_TRACE_ENABLED=false`):
 * there the Tracer, and with it the X-Ray SDK, is never even loaded.
 *
 * @example const sqs = sdkClient(SQSClient, { region: 'eu-central-1' });
 */
export function sdkClient<C extends object, A extends unknown[]>(Client: new (...config: A) => C, ...config: A): C {
  const client = new Client(...config);
  if (!tracingWanted(process.env)) return client;
  // A lazy require: the bundle carries the Tracer, but only a traced function evaluates it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tracer } = require('../tracing') as typeof import('../tracing');
  return tracer.captureAWSv3Client(client);
}

/**
 * Whether the Tracer would trace here, decided without loading it: only inside Lambda (or what says it
 * is, `AWS_EXECUTION_ENV`), not under SAM's local emulation, and not when switched off. The Tracer
 * applies the same rules again, so this can only save it from loading, never turn it on.
 */
export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  if (!env.AWS_EXECUTION_ENV || env.AWS_SAM_LOCAL) return false;
  return env.POWERTOOLS_TRACE_ENABLED?.toLowerCase() !== 'false';
}
