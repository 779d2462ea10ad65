import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  METRIC_DIMENSIONS,
  type MetricLab,
  PRODUCT_METRICS,
  PRODUCT_METRICS_NAMESPACE,
  type ProductMetric,
} from '../catalogue/product-metrics';
import { runtimeConfig } from './config';
import { logger } from './observability';

let emitter: Metrics | undefined;

/**
 * One Powertools `Metrics` in single-metric mode: every `addMetric` is written at once as one EMF line,
 * so nothing waits in a buffer for a flush the invocation might never reach. Made at first use, after
 * the environment is settled (the local runtime applies its own before any handler runs), with only the
 * `environment` dimension (Powertools would add `service` = the function, which no chart needs).
 */
function emitterFor(environment: string): Metrics {
  if (!emitter) {
    emitter = new Metrics({ namespace: PRODUCT_METRICS_NAMESPACE, singleMetric: true });
    emitter.clearDefaultDimensions();
    emitter.setDefaultDimensions({ [METRIC_DIMENSIONS.environment]: environment });
  }
  return emitter;
}

/** What a product metric is about, beyond its environment. */
export interface MetricContext {
  /** For metrics declared `byLab`: the lab of the report (`UNKNOWN` when nothing tells). */
  readonly lab?: MetricLab;
}

/**
 * Writes one of RaM's own metrics (see `PRODUCT_METRICS`) as an EMF line on stdout, which CloudWatch
 * turns into a metric in Lambda. A lab-split metric is written once with two dimension sets, the
 * environment alone and environment + lab, so alarms read the total and charts the labs. Off where
 * Powertools metrics are disabled (`POWERTOOLS_METRICS_DISABLED`: the local runtime, the tests). Never
 * throws: a metric that cannot be written is logged, and the keeper's request goes on.
 *
 * @example recordMetric('extractionFailures', 1, { lab: 'TRITON' });
 */
export function recordMetric(metric: ProductMetric, value: number, context: MetricContext = {}): void {
  try {
    const definition = PRODUCT_METRICS[metric];
    const metrics = emitterFor(runtimeConfig().env); // disabled, it writes nothing
    if (definition.byLab) {
      metrics.addDimension(METRIC_DIMENSIONS.lab, context.lab ?? 'UNKNOWN');
      metrics.addDimensions({}); // the second dimension set: environment alone
    }
    metrics.addMetric(definition.name, definition.unit, value);
  } catch (error) {
    logger.warn('Product metric not written', { metric, error: error as Error });
  }
}
