import { Injectable } from '@nestjs/common';
import type { DayActivity, MeteredEvent } from '../../../domain/admin';
import { ROLLUP_PARTITION } from '../../platform/usage-event.repository';
import { addDays } from '../../../domain/dosing/calendar';
import { queryAll } from '../../../shared/aws/query-all';
import { tableName } from '../../../shared/aws/names';

/** A usage event as stored: metered cost, or counted activity (APP_SESSION, MANUAL_TEST). */
export interface StoredUsageEvent extends Omit<MeteredEvent, 'resourceType'> {
  readonly resourceType: string;
  readonly day: string;
  readonly operation: string;
}

const METERED: readonly string[] = [
  'S3_STORAGE_GB_MONTH',
  'LAMBDA_GB_SECONDS',
  'BEDROCK_INPUT_TOKENS',
  'BEDROCK_OUTPUT_TOKENS',
  'SQS_REQUESTS',
] satisfies MeteredEvent['resourceType'][];

/** Whether an event carries a cost (rather than counting activity). */
export const isMetered = (e: StoredUsageEvent): e is StoredUsageEvent & MeteredEvent => METERED.includes(e.resourceType);

const toEvent = (i: Record<string, unknown>): StoredUsageEvent => ({
  userId: i.user_id as string,
  tankId: i.tank_id as string,
  correlationId: i.correlation_id as string,
  resourceType: i.resource_type as string,
  quantity: Number(i.quantity ?? 0),
  estimatedUsd: Number(i.estimated_usd ?? 0),
  createdAt: i.created_at as string,
  day: i.event_day as string,
  operation: i.operation as string,
});

/** Reads `usage-event` by day (the day index) or by correlation id; never a Scan. */
@Injectable()
export class UsageEventReader {
  /** Every event of the days `from` … `to` (inclusive), one Query per day, 16 at a time. */
  async days(from: string, to: string): Promise<StoredUsageEvent[]> {
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
    const events: StoredUsageEvent[] = [];
    for (let i = 0; i < days.length; i += 16) {
      const pages = await Promise.all(
        days.slice(i, i + 16).map((day) =>
          queryAll({
            TableName: tableName('usage-event'),
            IndexName: 'day-index',
            KeyConditionExpression: 'event_day = :d',
            ExpressionAttributeValues: { ':d': day },
          }),
        ),
      );
      events.push(...pages.flat().map(toEvent));
    }
    return events;
  }

  /** The day roll-ups of `from` … `to` (inclusive): one Query. */
  async activity(from: string, to: string): Promise<DayActivity[]> {
    const items = await queryAll({
      TableName: tableName('usage-event'),
      KeyConditionExpression: 'user_id = :r AND event_id BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':r': ROLLUP_PARTITION, ':from': from, ':to': to },
    });
    return items.map((i) => ({
      day: i.event_id as string,
      uploads: Number(i.uploads ?? 0),
      manualTests: Number(i.manual_tests ?? 0),
      activeUserIds: [...((i.active_users as Set<string> | undefined) ?? [])],
    }));
  }

  async forCorrelation(correlationId: string): Promise<StoredUsageEvent[]> {
    const items = await queryAll({
      TableName: tableName('usage-event'),
      IndexName: 'correlation_id-index',
      KeyConditionExpression: 'correlation_id = :c',
      ExpressionAttributeValues: { ':c': correlationId },
    });
    return items.map(toEvent);
  }
}
