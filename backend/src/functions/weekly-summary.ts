import type { ScheduledEvent } from 'aws-lambda';
import { AlertSendersModule, WeeklySummaryService } from '../modules/alerts';
import { recordFailure } from '../shared/errors/support-reference';
import { eventContext } from '../shared/event-context';

const context = eventContext(AlertSendersModule);

/** EventBridge `weekly-summary` (Mondays 07:00 UTC): the past week of each tank whose keeper asked for it. */
export async function handler(event: ScheduledEvent): Promise<{ sent: number; failed: number }> {
  const firedAt = new Date(event.time);
  try {
    if (Number.isNaN(firedAt.getTime())) throw new Error(`Scheduled event without a valid time: ${String(event.time)}`);
    return await (await context()).get(WeeklySummaryService).sendAll(firedAt);
  } catch (error) {
    await recordFailure(error, { operation: 'weekly-summary', subjectId: event.id });
    throw error;
  }
}
