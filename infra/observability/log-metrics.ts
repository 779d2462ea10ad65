import { FUNCTIONS, type FunctionName } from '../../backend/src/catalogue';
import { functionName } from '../naming';
import { monitoredFunctions } from './thresholds';

/** Where the metrics RaM derives from Lambda's own log lines live. */
export const LOG_METRICS_NAMESPACE = 'ReefAMatic/Lambda';

/** A CloudWatch Logs metric filter on one function's log group, and the metric it feeds. */
export interface LogMetric {
  readonly function: FunctionName;
  /** Suffix of the filter's logical name. */
  readonly kind: 'max-memory' | 'cold-starts';
  readonly metricName: string;
  /** JSON filter over Lambda's platform report (functions log in JSON, so the report is JSON too). */
  readonly pattern: string;
  readonly value: string;
}

// Lambda writes one `platform.report` record per invocation; `initDurationMs` is there only after a cold start.
const REPORT = '$.type = "platform.report"';

/**
 * Memory and cold starts are not CloudWatch metrics of their own (without Lambda Insights), but every
 * invocation's report carries them: peak memory for every monitored function, cold starts for the HTTP
 * lambdaliths, where a keeper waits on one.
 */
export function logMetrics(env: string): LogMetric[] {
  return monitoredFunctions().flatMap((fn): LogMetric[] => [
    {
      function: fn,
      kind: 'max-memory',
      metricName: `${functionName(env, fn)}-max-memory-used-mb`,
      pattern: `{ ${REPORT} }`,
      value: '$.record.metrics.maxMemoryUsedMB',
    },
    ...(FUNCTIONS[fn].kind === 'http'
      ? [
          {
            function: fn,
            kind: 'cold-starts' as const,
            metricName: `${functionName(env, fn)}-cold-starts`,
            pattern: `{ ${REPORT} && $.record.metrics.initDurationMs > 0 }`,
            value: '1',
          },
        ]
      : []),
  ]);
}
