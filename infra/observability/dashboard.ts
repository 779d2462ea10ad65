import { deadLetterQueueName, physicalTableName, QUEUE_NAMES, TABLE_NAMES } from '../../backend/src/catalogue';
import { ENVIRONMENTS } from '../config';
import { envName, functionLogGroupName, functionName, queueName } from '../naming';
import { streamConsumers, streamFailureQueueName } from '../queues/queues';
import type { MetricRef } from './alarm-specs';
import { productMetric, productMetricByLab } from './product-metrics';
import { monitoredFunctions, THRESHOLDS } from './thresholds';

export interface DashboardInputs {
  readonly environment: string;
  readonly region: string;
  readonly alarmArns: readonly string[];
}

type Metric = (string | Record<string, unknown>)[];

interface Widget {
  readonly type: 'metric' | 'log' | 'text' | 'alarm';
  readonly width: number;
  readonly height: number;
  readonly properties: Record<string, unknown>;
}

/** The dashboard's Environment switch replaces this pattern (the environment as a whole word) everywhere. */
export function environmentPattern(environment: string): string {
  return `\\b${environment}\\b`;
}

/**
 * The Logs Insights query over the monitored functions' log groups: one `SOURCE` clause per group, then one
 * shared body. (A comma-joined list would reach CloudWatch as one log group name that does not exist.)
 */
export function recentErrorsQuery(environment: string): string {
  const sources = monitoredFunctions().map((fn) => `SOURCE '${functionLogGroupName(environment, fn)}'`);
  const body = [
    'fields @timestamp, @log, level, message, error.name, correlation_id',
    "filter level = 'ERROR' or @message like /ERROR/",
    'sort @timestamp desc',
    'limit 50',
  ];
  return [...sources, ...body].join(' | ');
}

function metricWidget(title: string, region: string, metrics: Metric[], extra: Record<string, unknown> = {}): Widget {
  return {
    type: 'metric',
    width: 12,
    height: 6,
    properties: { title, region, metrics, view: 'timeSeries', stacked: false, period: THRESHOLDS.periodSeconds, ...extra },
  };
}

function searchWidget(title: string, region: string, expressions: string[]): Widget {
  const metrics = expressions.map((expression, i) => [{ expression, id: `s${i}`, period: THRESHOLDS.periodSeconds }]);
  return metricWidget(title, region, metrics);
}

function apiWidgets(env: string, region: string): Widget[] {
  const api = envName(env, 'rest-api');
  const rest = (metric: string, stat: string): Metric => ['AWS/ApiGateway', metric, 'ApiName', api, { stat }];
  // WebSocket metrics carry the API id, which differs per environment; the stage name does not.
  const ws = (metric: string) =>
    `SEARCH('{AWS/ApiGateway,ApiId,Stage} Stage="${env}" MetricName="${metric}"', 'Sum', ${THRESHOLDS.periodSeconds})`;
  return [
    metricWidget('REST API requests and errors', region, [rest('Count', 'Sum'), rest('4XXError', 'Sum'), rest('5XXError', 'Sum')]),
    metricWidget('REST API latency', region, [rest('Latency', 'p50'), rest('Latency', 'p99')]),
    searchWidget('WebSocket connections and messages', region, [ws('ConnectCount'), ws('MessageCount')]),
    searchWidget('WebSocket errors', region, [ws('ClientError'), ws('IntegrationError'), ws('ExecutionError')]),
  ];
}

function lambdaWidgets(env: string, region: string): Widget[] {
  const perFunction = (metric: string, stat: string) =>
    monitoredFunctions().map((fn): Metric => ['AWS/Lambda', metric, 'FunctionName', functionName(env, fn), { stat }]);
  return [
    metricWidget('Lambda errors', region, perFunction('Errors', 'Sum')),
    metricWidget('Lambda duration p99', region, perFunction('Duration', 'p99')),
    metricWidget('Lambda throttles', region, perFunction('Throttles', 'Sum')),
    metricWidget('Lambda concurrency', region, perFunction('ConcurrentExecutions', 'Maximum')),
  ];
}

function queueWidgets(env: string, region: string): Widget[] {
  const sqs = (metric: string, queues: string[]) =>
    queues.map((q): Metric => ['AWS/SQS', metric, 'QueueName', queueName(env, q), { stat: 'Maximum' }]);
  const deadLetters = [...QUEUE_NAMES.map((q) => deadLetterQueueName(q)), ...streamConsumers().map((fn) => streamFailureQueueName(fn))];
  return [
    metricWidget('Queue: oldest message age (s)', region, sqs('ApproximateAgeOfOldestMessage', [...QUEUE_NAMES])),
    metricWidget('Queue depth', region, sqs('ApproximateNumberOfMessagesVisible', [...QUEUE_NAMES])),
    metricWidget('Dead letters', region, sqs('ApproximateNumberOfMessagesVisible', deadLetters)),
  ];
}

function tableWidgets(env: string, region: string): Widget[] {
  const perTable = (metric: string) =>
    TABLE_NAMES.map((t): Metric => ['AWS/DynamoDB', metric, 'TableName', physicalTableName(env, t), { stat: 'Sum' }]);
  return [
    metricWidget('DynamoDB consumed read units', region, perTable('ConsumedReadCapacityUnits')),
    metricWidget('DynamoDB consumed write units', region, perTable('ConsumedWriteCapacityUnits')),
    metricWidget('DynamoDB throttle events', region, [...perTable('ReadThrottleEvents'), ...perTable('WriteThrottleEvents')]),
  ];
}

/** A dashboard metric line from a metric reference: namespace, name, dimension pairs, then its options. */
function dashboardMetric(ref: MetricRef, options: Record<string, unknown>): Metric {
  return [ref.namespace, ref.metricName, ...Object.entries(ref.dimensions).flatMap(([name, value]) => [name, String(value)]), options];
}

/** RaM's own metrics (EMF from the functions): uploads, failed extractions by lab, upload → DONE, webhooks. */
function productWidgets(env: string, region: string): Widget[] {
  return [
    metricWidget('ICP uploads and extraction failures', region, [
      dashboardMetric(productMetric('uploads', env), { stat: 'Sum', label: 'uploads' }),
      dashboardMetric(productMetric('extractionFailures', env), { stat: 'Sum', label: 'extraction failures' }),
    ]),
    metricWidget(
      'Extraction failures by lab',
      region,
      productMetricByLab('extractionFailures', env).map(({ lab, ref }) => dashboardMetric(ref, { stat: 'Sum', label: lab })),
    ),
    metricWidget('Upload to DONE (ms)', region, [
      dashboardMetric(productMetric('evaluationLatency', env), { stat: 'p50', label: 'p50' }),
      dashboardMetric(productMetric('evaluationLatency', env), { stat: 'p99', label: 'p99' }),
    ]),
    metricWidget('Stripe webhook failures', region, [
      dashboardMetric(productMetric('webhookFailures', env), { stat: 'Sum', label: 'refused or failed' }),
    ]),
  ];
}

/** Lays widgets out left to right, top to bottom, on CloudWatch's 24-column grid. */
function layout(widgets: Widget[]): (Widget & { x: number; y: number })[] {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return widgets.map((widget) => {
    if (x + widget.width > 24) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const placed = { ...widget, x, y };
    x += widget.width;
    rowHeight = Math.max(rowHeight, widget.height);
    return placed;
  });
}

/** The body of `<env>-reef-a-matic-operations`. */
export function operationsDashboardBody(inputs: DashboardInputs): Record<string, unknown> {
  const { environment: env, region } = inputs;
  const widgets: Widget[] = [
    {
      type: 'text',
      width: 24,
      height: 1,
      properties: { markdown: `## Reef-A-Matic operations: ${env}` },
    },
    { type: 'alarm', width: 24, height: 3, properties: { title: 'Alarms', alarms: [...inputs.alarmArns] } },
    ...productWidgets(env, region),
    ...apiWidgets(env, region),
    ...lambdaWidgets(env, region),
    ...queueWidgets(env, region),
    ...tableWidgets(env, region),
    {
      type: 'log',
      width: 24,
      height: 8,
      properties: { title: 'Recent Lambda errors', region, query: recentErrorsQuery(env), view: 'table' },
    },
  ];
  return {
    start: '-PT6H',
    periodOverride: 'inherit',
    variables: [
      {
        type: 'pattern',
        pattern: environmentPattern(env),
        inputType: 'select',
        id: 'environment',
        label: 'Environment',
        defaultValue: env,
        visible: true,
        values: ENVIRONMENTS.map((value) => ({ value, label: value })),
      },
    ],
    widgets: layout(widgets),
  };
}
