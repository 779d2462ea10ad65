import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import { SCHEDULES, type ScheduleDefinition } from '../catalogue';

/** The next time (after `from`) a daily UTC schedule fires, or a weekly one when it names a weekday. */
export function nextDailyRun(schedule: Pick<ScheduleDefinition, 'utcHour' | 'utcMinute' | 'utcWeekday'>, from: Date): Date {
  const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), schedule.utcHour, schedule.utcMinute));
  if (next.getTime() <= from.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  if (schedule.utcWeekday !== undefined) next.setUTCDate(next.getUTCDate() + ((schedule.utcWeekday - next.getUTCDay() + 7) % 7));
  return next;
}

/** The EventBridge scheduled event a rule delivers to its target. */
export function scheduledEvent(schedule: ScheduleDefinition, env: string, at: Date): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: 'local',
    resources: [`arn:aws:events:local:000000000000:rule/${env}-${schedule.name}`],
    detail: {},
  };
}

/** Fires the catalogue's schedules (EventBridge rules) at their UTC times while the runtime runs. */
export class LocalScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  readonly nextRuns = new Map<string, Date>();

  constructor(
    private readonly env: string,
    private readonly fire: (schedule: ScheduleDefinition, event: ScheduledEvent) => Promise<void>,
  ) {}

  start(now = new Date()): void {
    for (const schedule of SCHEDULES) this.arm(schedule, now);
  }

  /** Fires a schedule now (the `invoke` command and tests). */
  async fireNow(name: string): Promise<void> {
    const schedule = SCHEDULES.find((s) => s.name === name);
    if (!schedule) throw new Error(`Unknown schedule ${name}`);
    await this.fire(schedule, scheduledEvent(schedule, this.env, new Date()));
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private arm(schedule: ScheduleDefinition, from: Date): void {
    const at = nextDailyRun(schedule, from);
    this.nextRuns.set(schedule.name, at);
    const timer = setTimeout(() => {
      void this.fire(schedule, scheduledEvent(schedule, this.env, at)).finally(() => this.arm(schedule, new Date(at.getTime() + 1000)));
    }, at.getTime() - Date.now());
    timer.unref();
    this.timers.set(schedule.name, timer);
  }
}
