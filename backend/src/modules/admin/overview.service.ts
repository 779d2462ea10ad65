import { Injectable } from '@nestjs/common';
import { type ActivityFact, parseReleaseNotes, summariseDraftFeedback, summariseErrors, usagePatterns } from '../../domain/admin';
import { resolveEntitlements } from '../../domain/entitlements/entitlements';
import { buildInfo, releaseNotesText } from '../../shared/build-info';
import { Clock } from '../account/clock';
import { AppConfigRepository } from '../platform/app-config.repository';
import { ConnectionRepository } from '../realtime/connection.repository';
import type { OverviewDto } from './dto/admin.dto';
import { AppErrorRepository } from './read-model/app-error.repository';
import { DraftFeedbackRepository } from './read-model/draft-feedback.repository';
import { type DirectoryUser, KeeperDirectoryRepository } from './read-model/keeper-directory.repository';
import { UsageEventReader } from './read-model/usage-event.reader';

const DEFAULT_PAGE = 25;
/** The summaries read the newest rows up to these bounds, never a whole table. */
const RECENT_ERRORS = 200;
const RECENT_FEEDBACK = 200;
const USAGE_DAYS = 30;

/** Runs `work` over the items with at most `width` in flight. */
async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return results;
}

/** The admin's first screen: the build, keepers with their tanks and live status, usage, errors, feedback. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly directory: KeeperDirectoryRepository,
    private readonly errors: AppErrorRepository,
    private readonly feedback: DraftFeedbackRepository,
    private readonly usage: UsageEventReader,
    private readonly config: AppConfigRepository,
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  async overview(request: OverviewDto) {
    const now = this.clock.now();
    const [users, usage, recentErrors, recentFeedback] = await Promise.all([
      this.users(request, now),
      this.usagePatterns(now),
      this.errors.recent(RECENT_ERRORS),
      this.feedback.page(RECENT_FEEDBACK),
    ]);
    return {
      build: buildInfo(),
      releases: parseReleaseNotes(releaseNotesText()),
      users,
      usage,
      errors: summariseErrors(recentErrors, now),
      feedback: summariseDraftFeedback(recentFeedback.feedback, now),
      generatedAt: now.toISOString(),
    };
  }

  private async users(request: OverviewDto, now: Date) {
    const [page, basicUploadWindowMinutes] = await Promise.all([
      this.directory.page(request.search, request.limit ?? DEFAULT_PAGE, request.cursor),
      this.config.number('basic_upload_window_minutes'),
    ]);
    const rows = await inBatches(page.users, 8, (entry) => this.userRow(entry, basicUploadWindowMinutes, now));
    return { items: rows, cursor: page.cursor, liveOnPage: rows.filter((r) => r.live).length };
  }

  private async userRow({ user, lastSeenAt }: DirectoryUser, basicUploadWindowMinutes: number, now: Date) {
    const [tanks, connections] = await Promise.all([this.directory.tanksOf(user.userId), this.connections.listLiveForUser(user.userId, now).then((c) => c.length)]);
    const entitlements = resolveEntitlements(user, { icpUploadsTotal: user.icpUploadsTotal, lastIcpUploadAt: user.lastIcpUploadAt }, { basicUploadWindowMinutes }, now);
    return {
      userId: user.userId,
      email: user.email,
      displayName: user.displayName,
      plan: user.plan,
      tier: entitlements.tier,
      tierReason: entitlements.reason,
      billingExempt: user.billingExempt,
      createdAt: user.createdAt,
      lastSeenAt,
      live: connections > 0,
      connections,
      icpUploadsTotal: user.icpUploadsTotal,
      tanks: tanks.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  }

  private async usagePatterns(now: Date) {
    const today = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - (USAGE_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const events = await this.usage.days(from, today);
    const facts: ActivityFact[] = [];
    const uploads = new Set<string>();
    for (const e of events) {
      if (e.resourceType === 'APP_SESSION') facts.push({ day: e.day, userId: e.userId, kind: 'APP_SESSION' });
      else if (e.resourceType === 'MANUAL_TEST') facts.push({ day: e.day, userId: e.userId, kind: 'MANUAL_TEST' });
      else if (e.operation === 'upload-convert' && !uploads.has(e.correlationId)) {
        uploads.add(e.correlationId);
        facts.push({ day: e.day, userId: e.userId, kind: 'ICP_UPLOAD' });
      }
    }
    return usagePatterns(facts, today, USAGE_DAYS);
  }
}
