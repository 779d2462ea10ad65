/**
 * The AWS managed policies this program attaches, and why. Each grants actions that have no resource
 * ARNs to scope to; the policy pack rejects any attachment not listed here.
 */
export const MANAGED_POLICIES = {
  /** Lambda active tracing: xray:PutTraceSegments and PutTelemetryRecords. */
  xrayWrite: 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess',
  /** API Gateway access and execution logs, set once per account. */
  apiGatewayLogs: 'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
  /** Grafana's CloudWatch data source: metrics, Logs Insights queries, alarms. */
  grafanaCloudWatch: 'arn:aws:iam::aws:policy/service-role/AmazonGrafanaCloudWatchAccess',
  /** Grafana's X-Ray data source. */
  xrayRead: 'arn:aws:iam::aws:policy/AWSXrayReadOnlyAccess',
} as const;

export const ALLOWED_MANAGED_POLICY_ARNS: ReadonlySet<string> = new Set(Object.values(MANAGED_POLICIES));

/**
 * The trust policy that lets one AWS service assume a role.
 *
 * @example assumeRolePolicy('lambda.amazonaws.com')
 */
export function assumeRolePolicy(service: string, condition?: Record<string, unknown>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) },
    ],
  });
}
