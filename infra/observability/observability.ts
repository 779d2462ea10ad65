import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { envName } from '../naming';
import { moduleTags } from '../tags';
import { alarmSpecs, type AlarmSpec } from './alarm-specs';
import { operationsDashboardBody } from './dashboard';
import { managedGrafana } from './grafana';
import { THRESHOLDS } from './thresholds';

export interface ObservabilityArgs {
  readonly environment: string;
  readonly region: string;
  readonly accountId: pulumi.Input<string>;
  readonly alarmEmail: string;
  readonly websocketApiId: pulumi.Input<string>;
  readonly grafana?: { readonly tokenRotation: string };
}

function alarmArgs(spec: AlarmSpec, topicArn: pulumi.Input<string>): aws.cloudwatch.MetricAlarmArgs {
  const common = {
    name: spec.name,
    alarmDescription: spec.description,
    comparisonOperator: 'GreaterThanThreshold',
    threshold: spec.threshold,
    evaluationPeriods: 1,
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
      ...(spec.statistic === 'p99' ? { extendedStatistic: 'p99' } : { statistic: spec.statistic }),
    };
  }
  return {
    ...common,
    metricQueries: [
      ...spec.metrics.map((metric, i) => ({
        id: `m${i}`,
        returnData: false,
        metric: { ...metric, period: THRESHOLDS.periodSeconds, stat: spec.statistic },
      })),
      { id: 'total', expression: spec.metrics.map((_, i) => `m${i}`).join(' + '), label: spec.name, returnData: true },
    ],
  };
}

/** Alarms to SNS, the operations dashboard, and (when enabled) the managed Grafana workspace. */
export class Observability extends pulumi.ComponentResource {
  readonly topicArn: pulumi.Output<string>;
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
    const alarms = alarmSpecs({ environment: args.environment, websocketApiId: args.websocketApiId }).map(
      (spec) => new aws.cloudwatch.MetricAlarm(`${name}-${spec.name}`, alarmArgs(spec, topic.arn), child),
    );
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
    this.dashboardName = dashboard.dashboardName;
    this.registerOutputs({ topicArn: this.topicArn, dashboardName: this.dashboardName });
  }
}
