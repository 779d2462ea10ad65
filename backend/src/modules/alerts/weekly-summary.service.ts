import { Injectable } from '@nestjs/common';
import { type WeekTest, previousWeek, weeklySummary } from '../../domain/alerts/alert-rules';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';
import { recordFailure } from '../../shared/errors/support-reference';
import { appUrl } from '../../shared/mail/mail-sender';
import { TankRepository } from '../account/repositories/tank.repository';
import { UserRepository } from '../account/repositories/user.repository';
import { AlertDeliveryRepository } from './alert-delivery.repository';
import { AlertMailer, readingsOf } from './alert-notifier.service';
import { AlertPreferenceRepository } from './alert-preference.repository';

/** The Monday mail: each tank whose keeper asked for it gets last week's tests and dose days, once per week. */
@Injectable()
export class WeeklySummaryService {
  constructor(
    private readonly preferences: AlertPreferenceRepository,
    private readonly deliveries: AlertDeliveryRepository,
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly mailer: AlertMailer,
  ) {}

  /** Sends the summaries of the week before `now` (the time the schedule fired). */
  async sendAll(now: Date): Promise<{ sent: number; failed: number }> {
    const week = previousWeek(now);
    let sent = 0;
    let failed = 0;
    for (const { userId, tankId } of await this.preferences.weeklySubscribers()) {
      try {
        if (await this.sendOne(userId, tankId, week, now)) sent++;
      } catch (error) {
        // One keeper's failure never stops the others' summaries.
        failed++;
        await recordFailure(error, { operation: 'weekly-summary', userId, tankId });
      }
    }
    return { sent, failed };
  }

  private async sendOne(userId: string, tankId: string, week: { start: string; end: string; id: string }, now: Date): Promise<boolean> {
    const [user, tank] = await Promise.all([this.users.get(userId), this.tanks.get(userId, tankId)]);
    if (!user || !tank) return false;
    const tankKey = `${userId}#${tankId}`;
    const headers = await queryAll({
      TableName: tableName('test-history'),
      IndexName: 'user_id_tank_id-index',
      KeyConditionExpression: 'user_id_tank_id = :k AND test_date_id BETWEEN :from AND :to',
      FilterExpression: '#s = :done',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':k': tankKey, ':from': week.start, ':to': `${week.end}#\uffff`, ':done': 'DONE' },
    });
    const tests: WeekTest[] = [];
    for (const header of headers.sort((a, b) => String(a.test_date).localeCompare(String(b.test_date)))) {
      const rows = await queryAll({
        TableName: tableName('test-history'),
        KeyConditionExpression: 'test_id = :t',
        ExpressionAttributeValues: { ':t': header.test_id },
      });
      tests.push({ testDate: String(header.test_date), kind: header.kind === 'ICP' ? 'ICP' : 'MANUAL', readings: readingsOf(rows) });
    }
    const doseDays = (
      await queryAll({
        TableName: tableName('dose-history'),
        KeyConditionExpression: 'user_id_tank_id = :k AND dose_date BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':k': tankKey, ':from': week.start, ':to': week.end },
        ProjectionExpression: 'dose_date',
      })
    ).length;
    const key = `weekly#${tankKey}#${week.id}`;
    if (!(await this.deliveries.claim(key, userId, now))) return false;
    const mail = weeklySummary(tank.name, week.start, week.end, tests, doseDays, appUrl(`/app?tank=${encodeURIComponent(tankId)}`));
    try {
      await this.mailer.send({ to: user.email, subject: mail.subject, text: mail.text, kind: 'weekly-summary' }, now);
    } catch (error) {
      await this.deliveries.release(key);
      throw error;
    }
    return true;
  }
}
