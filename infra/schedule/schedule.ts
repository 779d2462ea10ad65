import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { FUNCTIONS, SCHEDULES } from '../../backend/src/catalogue';
import type { FunctionSet } from '../functions/groups';
import { envName } from '../naming';
import { moduleTags } from '../tags';

export interface ScheduleArgs {
  readonly environment: string;
  readonly functions: FunctionSet;
}

/** One EventBridge rule per catalogue schedule, invoking its function. */
export class Schedule extends pulumi.ComponentResource {
  constructor(name: string, args: ScheduleArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:schedule:Rules', name, {}, opts);
    for (const schedule of SCHEDULES) {
      const logical = `${name}-${schedule.name}`;
      const target = args.functions[schedule.target];
      const rule = new aws.cloudwatch.EventRule(
        logical,
        {
          name: envName(args.environment, schedule.name),
          description: schedule.description,
          scheduleExpression: schedule.cron,
          tags: moduleTags(FUNCTIONS[schedule.target].module),
        },
        { parent: this },
      );
      const permission = new aws.lambda.Permission(
        `${logical}-permission`,
        {
          action: 'lambda:InvokeFunction',
          function: target.name,
          principal: 'events.amazonaws.com',
          sourceArn: rule.arn,
        },
        { parent: this },
      );
      new aws.cloudwatch.EventTarget(
        `${logical}-target`,
        { rule: rule.name, arn: target.arn, retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3600 } },
        { parent: this, dependsOn: [permission] },
      );
    }
    this.registerOutputs({});
  }
}
