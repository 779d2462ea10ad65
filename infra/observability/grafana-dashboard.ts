import { QUEUE_NAMES, deadLetterQueueName } from '../../backend/src/catalogue';
import { envName, functionLogGroupName, functionName, queueName } from '../naming';
import type { MetricRef } from './alarm-specs';
import { productMetric, productMetricByLab } from './product-metrics';
import { monitoredFunctions } from './thresholds';

/** Data source uids are fixed so the dashboard can name them before Grafana assigns anything. */
export const CLOUDWATCH_UID = 'ram-cloudwatch';
export const XRAY_UID = 'ram-xray';

interface Panel {
  readonly title: string;
  readonly type: string;
  readonly datasource: { type: string; uid: string };
  readonly targets: Record<string, unknown>[];
}

const cloudwatch = { type: 'cloudwatch', uid: CLOUDWATCH_UID };

function metricTargets(
  region: string,
  namespace: string,
  metricName: string,
  dimension: string,
  values: string[],
  statistic: string,
): Record<string, unknown>[] {
  return values.map((value, i) => ({
    refId: `m${i}`,
    queryMode: 'Metrics',
    region,
    namespace,
    metricName,
    dimensions: { [dimension]: value },
    statistic,
    period: '300',
    matchExact: true,
  }));
}

/** CloudWatch targets for metric references, each with its own dimensions (RaM's own metrics). */
function refTargets(region: string, refs: readonly MetricRef[], statistic: string): Record<string, unknown>[] {
  return refs.map((ref, i) => ({
    refId: `m${i}`,
    queryMode: 'Metrics',
    region,
    namespace: ref.namespace,
    metricName: ref.metricName,
    dimensions: Object.fromEntries(Object.entries(ref.dimensions).map(([name, value]) => [name, String(value)])),
    statistic,
    period: '300',
    matchExact: true,
  }));
}

function productPanels(env: string, region: string): Panel[] {
  const series = (title: string, refs: MetricRef[], statistic: string): Panel => ({
    title,
    type: 'timeseries',
    datasource: cloudwatch,
    targets: refTargets(region, refs, statistic),
  });
  return [
    series('ICP uploads and extraction failures', [productMetric('uploads', env), productMetric('extractionFailures', env)], 'Sum'),
    series(
      'Extraction failures by lab',
      productMetricByLab('extractionFailures', env).map(({ ref }) => ref),
      'Sum',
    ),
    series('Upload to DONE p99 (ms)', [productMetric('evaluationLatency', env)], 'p99'),
    series('Stripe webhook failures', [productMetric('webhookFailures', env)], 'Sum'),
  ];
}

function panels(env: string, region: string): Panel[] {
  const functions = monitoredFunctions().map((fn) => functionName(env, fn));
  return [
    ...productPanels(env, region),
    {
      title: 'REST API 5XX',
      type: 'timeseries',
      datasource: cloudwatch,
      targets: metricTargets(region, 'AWS/ApiGateway', '5XXError', 'ApiName', [envName(env, 'rest-api')], 'Sum'),
    },
    {
      title: 'Lambda errors',
      type: 'timeseries',
      datasource: cloudwatch,
      targets: metricTargets(region, 'AWS/Lambda', 'Errors', 'FunctionName', functions, 'Sum'),
    },
    {
      title: 'Queue: oldest message age',
      type: 'timeseries',
      datasource: cloudwatch,
      targets: metricTargets(
        region,
        'AWS/SQS',
        'ApproximateAgeOfOldestMessage',
        'QueueName',
        QUEUE_NAMES.map((q) => queueName(env, q)),
        'Maximum',
      ),
    },
    {
      title: 'Dead letters',
      type: 'stat',
      datasource: cloudwatch,
      targets: metricTargets(
        region,
        'AWS/SQS',
        'ApproximateNumberOfMessagesVisible',
        'QueueName',
        QUEUE_NAMES.map((q) => queueName(env, deadLetterQueueName(q))),
        'Maximum',
      ),
    },
    {
      title: 'Recent Lambda errors',
      type: 'table',
      datasource: cloudwatch,
      targets: [
        {
          refId: 'A',
          queryMode: 'Logs',
          region,
          logGroupNames: monitoredFunctions().map((fn) => functionLogGroupName(env, fn)),
          expression: "fields @timestamp, @log, level, message | filter level = 'ERROR' | sort @timestamp desc | limit 50",
        },
      ],
    },
    {
      title: 'Traces with faults or errors',
      type: 'table',
      datasource: { type: 'grafana-x-ray-datasource', uid: XRAY_UID },
      targets: [
        {
          refId: 'A',
          queryType: 'getTraceSummaries',
          region,
          query: `(${functions.map((f) => `service("${f}")`).join(' OR ')}) AND (fault = true OR error = true)`,
        },
      ],
    },
  ];
}

/** The Grafana dashboard model provisioned into `<env>-reefamatic-ops`. */
export function grafanaDashboardModel(env: string, region: string): Record<string, unknown> {
  return {
    title: `Reef-A-Matic ${env}`,
    uid: envName(env, 'reef-a-matic'),
    tags: ['reef-a-matic', env],
    time: { from: 'now-6h', to: 'now' },
    schemaVersion: 39,
    panels: panels(env, region).map((panel, i) => ({
      id: i + 1,
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      ...panel,
    })),
  };
}
