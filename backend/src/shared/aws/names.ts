import { physicalTableName, type QueueName, type TableName } from '../../catalogue';
import { runtimeConfig } from '../config';

/** The physical table name in this container's environment. */
export function tableName(table: TableName): string {
  return physicalTableName(runtimeConfig().env, table);
}

/**
 * The environment variable that carries a queue's URL.
 *
 * @example queueUrlVariable('upload-results.fifo') // 'QUEUE_URL_UPLOAD_RESULTS'
 */
export function queueUrlVariable(queue: QueueName): string {
  return `QUEUE_URL_${queue
    .replace(/\.fifo$/, '')
    .replace(/-/g, '_')
    .toUpperCase()}`;
}

/** The URL of a queue this function sends to. */
export function queueUrl(queue: QueueName): string {
  const url = process.env[queueUrlVariable(queue)];
  if (!url) throw new Error(`Missing environment variable ${queueUrlVariable(queue)} for queue ${queue}`);
  return url;
}
