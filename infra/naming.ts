import type { BucketName, FunctionName, QueueName } from '../backend/src/catalogue';

/**
 * Physical names of everything the program creates. Every name starts with the environment, so dev
 * and prod can share one AWS account without touching each other.
 */

/** @example envName('dev', 'rest-api') // 'dev-rest-api' */
export function envName(env: string, base: string): string {
  return `${env}-${base}`;
}

/** @example bucketName('prod', 'upload') // 'prod-reef-a-matic-upload' */
export function bucketName(env: string, bucket: BucketName): string {
  return `${env}-reef-a-matic-${bucket}`;
}

/** @example functionName('dev', 'account-api') // 'dev-account-api' */
export function functionName(env: string, fn: FunctionName): string {
  return envName(env, fn);
}

/** @example functionLogGroupName('dev', 'account-api') // '/aws/lambda/dev-account-api' */
export function functionLogGroupName(env: string, fn: FunctionName): string {
  return `/aws/lambda/${functionName(env, fn)}`;
}

/** @example queueName('dev', 'upload-results.fifo') // 'dev-upload-results.fifo' */
export function queueName(env: string, queue: string): string {
  return envName(env, queue);
}

/**
 * The environment variable that hands a queue's URL to the functions that send to it. The backend
 * reads the same name, so this must not drift from it.
 *
 * @example queueUrlVariable('upload-results.fifo') // 'QUEUE_URL_UPLOAD_RESULTS'
 */
export function queueUrlVariable(queue: QueueName): string {
  return `QUEUE_URL_${queue
    .replace(/\.fifo$/, '')
    .replace(/-/g, '_')
    .toUpperCase()}`;
}

/** A logical (Pulumi) name that is safe for a catalogue name with dots in it. */
export function logicalName(...parts: string[]): string {
  return parts.join('-').replace(/\./g, '-');
}
