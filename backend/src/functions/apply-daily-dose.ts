import type { ScheduledEvent } from 'aws-lambda';
import { DailyDoseScheduler, type ScheduleResult } from '../modules/dosing/daily-dose-schedule.service';
import { DosingDataModule } from '../modules/dosing/dosing-data.module';
import { recordFailure } from '../shared/errors/support-reference';
import { eventContext } from '../shared/event-context';

const context = eventContext(DosingDataModule);

/**
 * EventBridge `apply-daily-dose` (01:00 UTC): queues the program doses due on each tank's local
 * date at the time the rule fired. Failing makes EventBridge retry; the queued writes are idempotent.
 */
export async function handler(event: ScheduledEvent): Promise<ScheduleResult> {
  const firedAt = new Date(event.time);
  try {
    if (Number.isNaN(firedAt.getTime())) throw new Error(`Scheduled event without a valid time: ${String(event.time)}`);
    return await (await context()).get(DailyDoseScheduler).run(firedAt);
  } catch (error) {
    await recordFailure(error, { operation: 'dose-apply-daily-dose', subjectId: event.id });
    throw error;
  }
}
