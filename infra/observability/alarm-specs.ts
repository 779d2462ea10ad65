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
import { asyncFailureQueueName, asyncInvokedFunctions, streamConsumers, streamFailureQueueName } from '../queues/queues';
import { LOG_METRICS_NAMESPACE, logMetrics } from './log-metrics';
import { productAlarms } from './product-metrics';
import type { TagModule } from '../tags';
import { monitoredFunctions, THRESHOLDS } from './thresholds';

export interface MetricRef {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, pulumi.Input<string>>>;
  /** This metric's statistic when it differs from the alarm's (e.g. invocations summed under a rate). */
  readonly statistic?: AlarmSpec['statistic'];
}

/**
 * Critical alarms page on-call (the ops-alerts topic); warnings go to their own topic, read in working
 * hours, as the monitoring guide (002) separates them.
 */
export type AlarmSeverity = 'critical' | 'warning';

/**
 * One CloudWatch alarm, before it becomes a resource: on a single metric, or on several combined by metric
 * math. Combined series count a missing point as zero (`FILL(m, 0)`), so one quiet operation cannot blank
 * out the others.
 */
export interface AlarmSpec {
  readonly name: string;
  readonly description: string;
  readonly module: TagModule;
  readonly threshold: number;
  readonly statistic: 'Sum' | 'Maximum' | 'Average' | 'p99';
  readonly metrics: readonly MetricRef[];
  readonly severity?: AlarmSeverity;
  /** How several metrics combine: their sum (default), their maximum, or `rate` = 100 × m0 / m1. */
  readonly combine?: 'sum' | 'max' | 'rate';
  readonly evaluationPeriods?: number;
}

export interface AlarmInputs {
  readonly environment: string;
  readonly websocketApiId: pulumi.Input<string>;
  /** The account's Lambda concurrency limit (1,000 unless AWS raised it). */
  readonly accountConcurrencyLimit: number;
}

/**
 * The metric-math expression an alarm on several metrics evaluates, with missing points as zero.
 *
 * @example combinedExpression({ combine: 'sum', metrics: [a, b] }) // 'FILL(m0, 0) + FILL(m1, 0)'
 */
export function combinedExpression(spec: Pick<AlarmSpec, 'combine' | 'metrics'>): string {
  const filled = spec.metrics.map((_, i) => `FILL(m${i}, 0)`);
  if (spec.combine === 'max') return `MAX([${filled.join(', ')}])`;
  // No invocations (m1 missing) means no rate at all: that stays missing, which is not breaching.
  if (spec.combine === 'rate') return '100 * FILL(m0, 0) / m1';
  return filled.join(' + ');
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

/** 002's warnings for Lambda: memory near its allocation, cold-start rate, throttles, account concurrency. */
function lambdaWarnings(env: string, accountConcurrencyLimit: number): AlarmSpec[] {
  const warning = { severity: 'warning' as const, evaluationPeriods: THRESHOLDS.warningEvaluationPeriods };
  const fromLogs = (metricName: string): MetricRef => ({ namespace: LOG_METRICS_NAMESPACE, metricName, dimensions: {} });
  const perFunction = logMetrics(env).map((metric): AlarmSpec => {
    const definition = FUNCTIONS[metric.function];
    const fn = functionName(env, metric.function);
    if (metric.kind === 'max-memory') {
      return {
        ...warning,
        name: `${fn}-memory`,
        description: `${metric.function} peaks above ${THRESHOLDS.lambdaMemoryShare * 100}% of its ${definition.memoryMb} MB.`,
        module: definition.module,
        threshold: definition.memoryMb * THRESHOLDS.lambdaMemoryShare,
        statistic: 'Maximum',
        metrics: [fromLogs(metric.metricName)],
      };
    }
    return {
      ...warning,
      name: `${fn}-cold-start-rate`,
      description: `More than ${THRESHOLDS.coldStartRatePercent}% of ${metric.function}'s invocations start cold.`,
      module: definition.module,
      threshold: THRESHOLDS.coldStartRatePercent,
      statistic: 'Sum',
      combine: 'rate',
      metrics: [fromLogs(metric.metricName), { namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: { FunctionName: fn } }],
    };
  });
  return [
    ...perFunction,
    {
      ...warning,
      name: envName(env, 'lambda-throttles'),
      description: 'Lambda refused invocations for lack of concurrency (account-wide).',
      module: 'platform',
      threshold: THRESHOLDS.lambdaThrottles,
      statistic: 'Sum',
      metrics: [{ namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: {} }],
    },
    {
      ...warning,
      name: envName(env, 'lambda-concurrency'),
      description: `Concurrent executions reach ${THRESHOLDS.accountConcurrencyShare * 100}% of the account limit (${accountConcurrencyLimit}), which dev and prod share.`,
      module: 'platform',
      threshold: accountConcurrencyLimit * THRESHOLDS.accountConcurrencyShare,
      statistic: 'Maximum',
      metrics: [{ namespace: 'AWS/Lambda', metricName: 'ConcurrentExecutions', dimensions: {} }],
    },
  ];
}

/** 002's DynamoDB latency warning: the slowest of a table's operations, on average over a period. */
function tableLatencyWarnings(env: string): AlarmSpec[] {
  return TABLE_NAMES.filter((table) => tableOperations(table).length > 0).map((table) => ({
    name: `${physicalTableName(env, table)}-latency`,
    description: `Requests to ${table} take longer than ${THRESHOLDS.tableLatencyMs} ms on average.`,
    module: TABLES[table].module,
    severity: 'warning' as const,
    evaluationPeriods: THRESHOLDS.warningEvaluationPeriods,
    threshold: THRESHOLDS.tableLatencyMs,
    statistic: 'Average' as const,
    combine: 'max' as const,
    metrics: tableOperations(table).map((operation) => ({
      namespace: 'AWS/DynamoDB',
      metricName: 'SuccessfulRequestLatency',
      dimensions: { TableName: physicalTableName(env, table), Operation: operation },
    })),
  }));
}

/** Messages an asynchronously invoked function gave up on wait in its on-failure queue. */
function asyncFailureAlarms(env: string): AlarmSpec[] {
  return asyncInvokedFunctions().map((fn) => ({
    name: `${queueName(env, asyncFailureQueueName(fn))}-visible`,
    description: `Events ${fn} failed on after Lambda's retries wait in ${asyncFailureQueueName(fn)}.`,
    module: FUNCTIONS[fn].module,
    threshold: THRESHOLDS.deadLetterMessages,
    statistic: 'Maximum' as const,
    metrics: [
      {
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: queueName(env, asyncFailureQueueName(fn)) },
      },
    ],
  }));
}

/** Every alarm of an environment: critical ones to the ops-alerts topic, warnings to the warnings topic. */
export function alarmSpecs(inputs: AlarmInputs): AlarmSpec[] {
  return [
    ...apiAlarms(inputs.environment, inputs.websocketApiId),
    ...functionAlarms(inputs.environment),
    ...queueAlarms(inputs.environment),
    ...asyncFailureAlarms(inputs.environment),
    ...tableAlarms(inputs.environment),
    ...lambdaWarnings(inputs.environment, inputs.accountConcurrencyLimit),
    ...tableLatencyWarnings(inputs.environment),
    ...productAlarms(inputs.environment),
  ];
}
