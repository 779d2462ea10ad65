import { ICP_LABS } from '../domain/extraction/extraction-types';
import type { FunctionName } from './functions';

/**
 * RaM's own metrics, declared once: the backend writes them (EMF lines in the function's log, which
 * CloudWatch turns into metrics; no PutMetricData call), infra draws and alarms on them by these names.
 */
export const PRODUCT_METRICS_NAMESPACE = 'ReefAMatic';

/** Every product metric carries `environment`; the extraction failures are also split by `lab`. */
export const METRIC_DIMENSIONS = { environment: 'environment', lab: 'lab' } as const;

/**
 * The `lab` dimension's values: each lab RaM has a parser for (the one the report's text names when it was
 * read that far, else the keeper's pick), and `UNKNOWN` when neither says.
 */
export const METRIC_LABS = [...ICP_LABS, 'UNKNOWN'] as const;
export type MetricLab = (typeof METRIC_LABS)[number];

export interface ProductMetricDefinition {
  /** The metric's name in CloudWatch. */
  readonly name: string;
  readonly unit: 'Count' | 'Milliseconds';
  /** The function whose code owns the event (and writes the metric). */
  readonly emittedBy: FunctionName;
  /** Also written per lab (dimensions environment + lab) beside the environment-wide series. */
  readonly byLab: boolean;
  readonly description: string;
}

export const PRODUCT_METRICS = {
  uploads: {
    name: 'IcpUploads',
    unit: 'Count',
    emittedBy: 'upload-convert',
    byLab: false,
    description: 'ICP report PDFs that arrived in the upload bucket and went to conversion.',
  },
  extractionFailures: {
    name: 'IcpExtractionFailures',
    unit: 'Count',
    emittedBy: 'upload-convert',
    byLab: true,
    description:
      'Uploads that ended in ERROR while being read: not a PDF, not an ICP report, a layout RaM cannot read, a report that fails validation, or a file that vanished.',
  },
  evaluationLatency: {
    name: 'IcpEvaluationLatency',
    unit: 'Milliseconds',
    emittedBy: 'icp-evaluate',
    byLab: false,
    description:
      'From the upload request (the test placeholder) to DONE, with every element evaluated, the draft program and the Reef Review written.',
  },
  webhookFailures: {
    name: 'StripeWebhookFailures',
    unit: 'Count',
    emittedBy: 'billing-webhook',
    byLab: false,
    description: 'Stripe webhook deliveries RaM refused (signature missing or wrong) or failed on (Stripe retries those).',
  },
} as const satisfies Record<string, ProductMetricDefinition>;

export type ProductMetric = keyof typeof PRODUCT_METRICS;
export const PRODUCT_METRIC_KEYS = Object.keys(PRODUCT_METRICS) as ProductMetric[];
