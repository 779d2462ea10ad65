import {
  FUNCTIONS,
  METRIC_DIMENSIONS,
  METRIC_LABS,
  type MetricLab,
  PRODUCT_METRICS,
  PRODUCT_METRICS_NAMESPACE,
  type ProductMetric,
} from '../../backend/src/catalogue';
import type { AlarmSpec, MetricRef } from './alarm-specs';
import { THRESHOLDS } from './thresholds';

/**
 * Where infra reads RaM's own metrics. Names, namespace and dimensions all come from the backend's
 * `PRODUCT_METRICS`, the same definition the functions write with, so a rename moves both sides.
 */
export function productMetric(metric: ProductMetric, environment: string, lab?: MetricLab): MetricRef {
  return {
    namespace: PRODUCT_METRICS_NAMESPACE,
    metricName: PRODUCT_METRICS[metric].name,
    dimensions: { [METRIC_DIMENSIONS.environment]: environment, ...(lab ? { [METRIC_DIMENSIONS.lab]: lab } : {}) },
  };
}

/** One series per lab, for metrics the backend also writes by lab. */
export function productMetricByLab(metric: ProductMetric, environment: string): { lab: MetricLab; ref: MetricRef }[] {
  if (!PRODUCT_METRICS[metric].byLab) throw new Error(`${metric} is not written by lab`);
  return METRIC_LABS.map((lab) => ({ lab, ref: productMetric(metric, environment, lab) }));
}

const moduleOf = (metric: ProductMetric) => FUNCTIONS[PRODUCT_METRICS[metric].emittedBy].module;

/**
 * Alarms on the product's own events. A webhook Stripe could not deliver is billing gone wrong: any one
 * pages (002: any error). Extraction failures and slow evaluations are warnings over three periods: a
 * keeper sees an honest ERROR and gets the upload back, so they wait for working hours.
 */
export function productAlarms(env: string): AlarmSpec[] {
  const warning = { severity: 'warning' as const, evaluationPeriods: THRESHOLDS.warningEvaluationPeriods };
  return [
    {
      name: `${env}-stripe-webhook-failures`,
      description: 'RaM refused (bad signature) or failed on Stripe webhook deliveries: billing changes may not be applied.',
      module: moduleOf('webhookFailures'),
      threshold: THRESHOLDS.webhookFailures,
      statistic: 'Sum',
      metrics: [productMetric('webhookFailures', env)],
    },
    {
      ...warning,
      name: `${env}-icp-extraction-failure-rate`,
      description: `More than ${THRESHOLDS.extractionFailureRatePercent}% of uploaded ICP reports could not be read (see the dashboard's lab split).`,
      module: moduleOf('extractionFailures'),
      threshold: THRESHOLDS.extractionFailureRatePercent,
      statistic: 'Sum',
      combine: 'rate',
      metrics: [productMetric('extractionFailures', env), productMetric('uploads', env)],
    },
    {
      ...warning,
      name: `${env}-icp-evaluation-latency-p99`,
      description: `Keepers wait more than ${THRESHOLDS.evaluationLatencyP99Ms / 1000} s from upload to a finished ICP evaluation.`,
      module: moduleOf('evaluationLatency'),
      threshold: THRESHOLDS.evaluationLatencyP99Ms,
      statistic: 'p99',
      metrics: [productMetric('evaluationLatency', env)],
    },
  ];
}
