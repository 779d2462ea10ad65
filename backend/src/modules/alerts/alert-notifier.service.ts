import { Injectable } from '@nestjs/common';
import { type AlertReading, type FinishedTest, alertsForTest } from '../../domain/alerts/alert-rules';
import { tableName } from '../../shared/aws/names';
import { queryAll } from '../../shared/aws/query-all';
import { type MailSender, appUrl } from '../../shared/mail/mail-sender';
import { logger } from '../../shared/observability';
import { Clock } from '../account/clock';
import { TankRepository } from '../account/repositories/tank.repository';
import { UserRepository } from '../account/repositories/user.repository';
import { AlertDeliveryRepository } from './alert-delivery.repository';
import { AlertPreferenceRepository } from './alert-preference.repository';

type Item = Record<string, unknown>;

/** The mail port as a Nest token (`mailSender()` in the functions, the same outbox in tests). */
export abstract class AlertMailer implements MailSender {
  abstract send(message: Parameters<MailSender['send']>[0], now?: Date): ReturnType<MailSender['send']>;
}

/** A test header that just turned DONE (from a test-history stream record), or undefined. */
export function finishedHeader(newImage: Item | undefined, oldImage: Item | undefined): Item | undefined {
  if (!newImage || newImage.item !== 'HEADER' || newImage.status !== 'DONE') return undefined;
  return oldImage?.status === 'DONE' ? undefined : newImage;
}

/** The measured readings of a test's element rows (RO water and missing elements left out). */
export function readingsOf(rows: readonly Item[]): AlertReading[] {
  return rows
    .filter(
      (r) =>
        String(r.item).startsWith('ELEMENT#') &&
        r.source !== 'rodi' &&
        r.status !== 'RO' &&
        r.status !== 'MISSING' &&
        typeof r.value === 'number',
    )
    .map((r) => {
      const range = (r.target_range ?? {}) as { low?: number; high?: number };
      return {
        elementId: String(r.element_id),
        name: String(r.display_name ?? r.element_id),
        value: r.value as number,
        unit: String(r.unit ?? ''),
        status: r.eval_status as string | undefined,
        low: range.low,
        high: range.high,
      };
    });
}

/** Mails keepers about finished tests, once per test and kind of alert. */
@Injectable()
export class AlertNotifierService {
  constructor(
    private readonly preferences: AlertPreferenceRepository,
    private readonly deliveries: AlertDeliveryRepository,
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly mailer: AlertMailer,
    private readonly clock: Clock,
  ) {}

  async onTestChange(newImage: Item | undefined, oldImage: Item | undefined): Promise<number> {
    const header = finishedHeader(newImage, oldImage);
    if (!header) return 0;
    const userId = String(header.user_id);
    const tankId = String(header.tank_id);
    const testId = String(header.test_id);
    const prefs = await this.preferences.get(userId, tankId);
    if (!prefs.reportFinished && !prefs.critical && !prefs.outOfRange) return 0;
    const [user, tank] = await Promise.all([this.users.get(userId), this.tanks.get(userId, tankId)]);
    if (!user || !tank) return 0; // the account or tank was deleted meanwhile
    const rows = await queryAll({
      TableName: tableName('test-history'),
      KeyConditionExpression: 'test_id = :t AND begins_with(#i, :e)',
      ExpressionAttributeNames: { '#i': 'item' },
      ExpressionAttributeValues: { ':t': testId, ':e': 'ELEMENT#' },
      ConsistentRead: true,
    });
    const kind = header.kind === 'ICP' ? 'ICP' : 'MANUAL';
    const test: FinishedTest = {
      testId,
      tankId,
      tankName: tank.name,
      kind,
      testDate: String(header.test_date),
      lab: header.lab as string | undefined,
    };
    const link = appUrl(`/app/tests/${kind === 'ICP' ? 'icp' : 'manual'}/${encodeURIComponent(testId)}?tank=${encodeURIComponent(tankId)}`);
    let sent = 0;
    for (const mail of alertsForTest(test, readingsOf(rows), prefs, link)) {
      const key = `${testId}#${mail.kind}`;
      const now = this.clock.now();
      if (!(await this.deliveries.claim(key, userId, now))) continue;
      try {
        await this.mailer.send({ to: user.email, subject: mail.subject, text: mail.text, kind: `alert-${mail.kind}` }, now);
        sent++;
      } catch (error) {
        await this.deliveries.release(key);
        throw error;
      }
    }
    if (sent > 0) logger.info('Alert mails sent', { testId, sent });
    return sent;
  }
}
