import type * as pulumi from '@pulumi/pulumi';
import {
  deadLetterQueueName,
  FUNCTIONS,
  QUEUE_NAMES,
  QUEUES,
  TABLE_NAMES,
  TABLES,
  physicalTableName,
  type TableName,
} from '../../backend/src/catalogue';
import { envName, functionName, queueName } from '../naming';
import { streamConsumers, streamFailureQueueName } from '../queues/queues';
import type { TagModule } from '../tags';
import { monitoredFunctions, THRESHOLDS } from './thresholds';

export interface MetricRef {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, pulumi.Input<string>>>;
}

/** One CloudWatch alarm, before it becomes a resource: on a single metric, or on the sum of several. */
export interface AlarmSpec {
  readonly name: string;
  readonly description: string;
  readonly module: TagModule;
  readonly threshold: number;
  readonly statistic: 'Sum' | 'Maximum' | 'p99';
  readonly metrics: readonly MetricRef[];
}

export interface AlarmInputs {
  readonly environment: string;
  readonly websocketApiId: pulumi.Input<string>;
}

const READ_OPERATIONS = ['GetItem', 'Query', 'BatchGetItem'];
const WRITE_OPERATIONS = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'];

/** The DynamoDB operations the catalogue's functions run against a table. */
export function tableOperations(table: TableName): string[] {
  const accesses = Object.values(FUNCTIONS).map((fn) => fn.tables[table]);
  if (accesses.includes('write')) return [...READ_OPERATIONS, ...WRITE_OPERATIONS];
  return accesses.includes('read') ? READ_OPERATIONS : [];
}

function apiAlarms(env: string, websocketApiId: pulumi.Input<string>): AlarmSpec[] {
  const restApi = { namespace: 'AWS/ApiGateway', dimensions: { ApiName: envName(env, 'rest-api') } };
  const websocket = { namespace: 'AWS/ApiGateway', dimensions: { ApiId: websocketApiId, Stage: env } };
  return [
    {
      name: envName(env, 'rest-api-5xx'),
      description: 'The REST API answered with server errors.',
      module: 'platform',
      threshold: THRESHOLDS.restServerErrors,
      statistic: 'Sum',
      metrics: [{ ...restApi, metricName: '5XXError' }],
    },
    {
      name: envName(env, 'rest-api-latency-p99'),
      description: 'The slowest REST requests take longer than users will wait.',
      module: 'platform',
      threshold: THRESHOLDS.restLatencyP99Ms,
      statistic: 'p99',
      metrics: [{ ...restApi, metricName: 'Latency' }],
    },
    {
      name: envName(env, 'websocket-api-errors'),
      description: 'WebSocket connects or notifications fail inside API Gateway or its Lambdas.',
      module: 'realtime',
      threshold: THRESHOLDS.websocketErrors,
      statistic: 'Sum',
      metrics: ['IntegrationError', 'ExecutionError'].map((metricName) => ({ ...websocket, metricName })),
    },
  ];
}

function functionAlarms(env: string): AlarmSpec[] {
  return monitoredFunctions().flatMap((fn) => {
    const definition = FUNCTIONS[fn];
    const metric = (metricName: string) => ({
      namespace: 'AWS/Lambda',
      metricName,
      dimensions: { FunctionName: functionName(env, fn) },
    });
    return [
      {
        name: `${functionName(env, fn)}-errors`,
        description: `${fn} failed: ${definition.description}`,
        module: definition.module,
        threshold: THRESHOLDS.lambdaErrors,
        statistic: 'Sum' as const,
        metrics: [metric('Errors')],
      },
      {
        name: `${functionName(env, fn)}-duration-p99`,
        description: `${fn} runs close to its ${definition.timeoutSeconds}s timeout.`,
        module: definition.module,
        threshold: definition.timeoutSeconds * 1000 * THRESHOLDS.lambdaDurationShareOfTimeout,
        statistic: 'p99' as const,
        metrics: [metric('Duration')],
      },
    ];
  });
}

function queueAlarms(env: string): AlarmSpec[] {
  const sqs = (queue: string, metricName: string) => ({
    namespace: 'AWS/SQS',
    metricName,
    dimensions: { QueueName: queueName(env, queue) },
  });
  const deadLetter = (queue: string, module: TagModule): AlarmSpec => ({
    name: `${queueName(env, queue)}-visible`,
    description: `Messages gave up and wait in ${queue}.`,
    module,
    threshold: THRESHOLDS.deadLetterMessages,
    statistic: 'Maximum',
    metrics: [sqs(queue, 'ApproximateNumberOfMessagesVisible')],
  });
  return [
    ...QUEUE_NAMES.map((queue) => ({
      name: `${queueName(env, queue)}-oldest-message`,
      description: `${queue} is not being drained fast enough.`,
      module: FUNCTIONS[QUEUES[queue].consumer].module,
      threshold: THRESHOLDS.queueOldestMessageSeconds,
      statistic: 'Maximum' as const,
      metrics: [sqs(queue, 'ApproximateAgeOfOldestMessage')],
    })),
    ...QUEUE_NAMES.map((queue) => deadLetter(deadLetterQueueName(queue), FUNCTIONS[QUEUES[queue].consumer].module)),
    ...streamConsumers().map((fn) => deadLetter(streamFailureQueueName(fn), FUNCTIONS[fn].module)),
  ];
}

function tableAlarms(env: string): AlarmSpec[] {
  return TABLE_NAMES.filter((table) => tableOperations(table).length > 0).map((table) => ({
    name: `${physicalTableName(env, table)}-throttled`,
    description: `Requests to ${table} are throttled.`,
    module: TABLES[table].module,
    threshold: THRESHOLDS.tableThrottledRequests,
    statistic: 'Sum' as const,
    metrics: tableOperations(table).map((operation) => ({
      namespace: 'AWS/DynamoDB',
      metricName: 'ThrottledRequests',
      dimensions: { TableName: physicalTableName(env, table), Operation: operation },
    })),
  }));
}

/** Every alarm of an environment. All of them notify the ops topic. */
export function alarmSpecs(inputs: AlarmInputs): AlarmSpec[] {
  return [
    ...apiAlarms(inputs.environment, inputs.websocketApiId),
    ...functionAlarms(inputs.environment),
    ...queueAlarms(inputs.environment),
    ...tableAlarms(inputs.environment),
  ];
}
