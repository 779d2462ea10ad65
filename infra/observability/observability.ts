import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { envName } from '../naming';
import { moduleTags } from '../tags';
import { alarmSpecs, combinedExpression, type AlarmSpec } from './alarm-specs';
import { operationsDashboardBody } from './dashboard';
import { managedGrafana } from './grafana';
import { THRESHOLDS } from './thresholds';

export interface ObservabilityArgs {
  readonly environment: string;
  readonly region: string;
  readonly accountId: pulumi.Input<string>;
  readonly alarmEmail: string;
  readonly websocketApiId: pulumi.Input<string>;
  readonly accountConcurrencyLimit: number;
  readonly grafana?: {
    readonly tokenRotation: string;
    readonly groups: { readonly admin: readonly string[]; readonly viewer: readonly string[] };
  };
}

const statisticOf = (statistic: AlarmSpec['statistic']) => (statistic === 'p99' ? { extendedStatistic: 'p99' } : { statistic });

function alarmArgs(spec: AlarmSpec, topicArn: pulumi.Input<string>): aws.cloudwatch.MetricAlarmArgs {
  const common = {
    name: spec.name,
    alarmDescription: spec.description,
    comparisonOperator: 'GreaterThanThreshold',
    threshold: spec.threshold,
    evaluationPeriods: spec.evaluationPeriods ?? 1,
    // No data means nothing happened (no requests, no messages): that is not an incident.
    treatMissingData: 'notBreaching',
    alarmActions: [topicArn],
    okActions: [topicArn],
    tags: moduleTags(spec.module),
  };
  if (spec.metrics.length === 1) {
    const [metric] = spec.metrics;
    return {
      ...common,
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions,
      period: THRESHOLDS.periodSeconds,
      ...statisticOf(spec.statistic),
    };
  }
  return {
    ...common,
    metricQueries: [
      ...spec.metrics.map(({ statistic, ...metric }, i) => ({
        id: `m${i}`,
        returnData: false,
        metric: { ...metric, period: THRESHOLDS.periodSeconds, stat: statistic ?? spec.statistic },
      })),
      { id: 'total', expression: combinedExpression(spec), label: spec.name, returnData: true },
    ],
  };
}

/** Alarms to SNS, the operations dashboard, and (when enabled) the managed Grafana workspace. */
export class Observability extends pulumi.ComponentResource {
  readonly topicArn: pulumi.Output<string>;
  readonly warningTopicArn: pulumi.Output<string>;
  readonly dashboardName: pulumi.Output<string>;
  readonly grafanaEndpoint?: pulumi.Output<string>;

  constructor(name: string, args: ObservabilityArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:observability:Operations', name, {}, opts);
    const child = { parent: this };
    const topic = new aws.sns.Topic(
      `${name}-alerts`,
      { name: envName(args.environment, 'reefamatic-ops-alerts'), tags: moduleTags('platform') },
      child,
    );
    new aws.sns.TopicSubscription(`${name}-alerts-email`, { topic: topic.arn, protocol: 'email', endpoint: args.alarmEmail }, child);
    const warnings = new aws.sns.Topic(
      `${name}-warnings`,
      { name: envName(args.environment, 'reefamatic-ops-warnings'), tags: moduleTags('platform') },
      child,
    );
    new aws.sns.TopicSubscription(`${name}-warnings-email`, { topic: warnings.arn, protocol: 'email', endpoint: args.alarmEmail }, child);
    const topics = { critical: topic.arn, warning: warnings.arn };
    const alarms = alarmSpecs({
      environment: args.environment,
      websocketApiId: args.websocketApiId,
      accountConcurrencyLimit: args.accountConcurrencyLimit,
    }).map((spec) => new aws.cloudwatch.MetricAlarm(`${name}-${spec.name}`, alarmArgs(spec, topics[spec.severity ?? 'critical']), child));
    const dashboard = new aws.cloudwatch.Dashboard(
      `${name}-dashboard`,
      {
        dashboardName: envName(args.environment, 'reef-a-matic-operations'),
        dashboardBody: pulumi
          .all(alarms.map((a) => a.arn))
          .apply((alarmArns) => JSON.stringify(operationsDashboardBody({ environment: args.environment, region: args.region, alarmArns }))),
      },
      child,
    );
    if (args.grafana) {
      const workspace = managedGrafana(
        `${name}-grafana`,
        { environment: args.environment, region: args.region, accountId: args.accountId, ...args.grafana },
        this,
      );
      this.grafanaEndpoint = workspace.endpoint;
    }
    this.topicArn = topic.arn;
    this.warningTopicArn = warnings.arn;
    this.dashboardName = dashboard.dashboardName;
    this.registerOutputs({ topicArn: this.topicArn, dashboardName: this.dashboardName });
  }
}
