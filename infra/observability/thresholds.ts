import { DEPLOY_HOOKS, FUNCTION_NAMES, type FunctionName } from '../../backend/src/catalogue';

/**
 * Alarm thresholds, taken from the two monitoring guides in the spec (002: critical alarms; 004: key
 * metrics table). Each alarm looks at 5-minute periods, as both guides do.
 */
export const THRESHOLDS = {
  periodSeconds: 300,
  /** 002: API Gateway 5xx, sum over 5 minutes above 5. A count, not a rate: at our traffic a rate is noise. */
  restServerErrors: 5,
  /** 004: API Gateway latency p99 above 3 seconds. */
  restLatencyP99Ms: 3000,
  /** 002 and 004: any Lambda error in 5 minutes. */
  lambdaErrors: 0,
  /** 004: Lambda p99 duration above 80% of the function's timeout. */
  lambdaDurationShareOfTimeout: 0.8,
  /** 004: the oldest message has waited more than 5 minutes. */
  queueOldestMessageSeconds: 300,
  /** A dead letter is a message we failed to process: any at all needs a human. */
  deadLetterMessages: 0,
  /** 004: any throttled DynamoDB request. */
  tableThrottledRequests: 0,
  /** 002: WebSocket errors, sum over 5 minutes above 10. */
  websocketErrors: 10,
  /** 002 warnings look at three periods in a row, so a single spike does not page anyone. */
  warningEvaluationPeriods: 3,
  /** 002: Lambda memory above 80% of what is allocated. */
  lambdaMemoryShare: 0.8,
  /** 002: concurrency at 80% of the account's limit. */
  accountConcurrencyShare: 0.8,
  /** 002: more than 20% of invocations are cold starts. */
  coldStartRatePercent: 20,
  /** 002: DynamoDB request latency above 100 ms. */
  tableLatencyMs: 100,
  /** 002: any throttled Lambda invocation. */
  lambdaThrottles: 0,
  /** 002: any error (as for Lambda errors). A refused or failed Stripe webhook leaves billing unapplied. */
  webhookFailures: 0,
  /** 002: 5% error rate (the API's figure): failed extractions per uploaded report, in percent. */
  extractionFailureRatePercent: 5,
  /** 002: 25 s (its Lambda duration threshold), applied to what the keeper waits: upload to DONE, p99. */
  evaluationLatencyP99Ms: 25_000,
} as const;

/**
 * Functions whose errors and latency page someone: everything users or the pipeline wait on. Deploy hooks
 * are left out; the deploy workflow sees their failures directly.
 */
export function monitoredFunctions(): FunctionName[] {
  return FUNCTION_NAMES.filter((fn) => !DEPLOY_HOOKS.includes(fn));
}
