import { Injectable } from '@nestjs/common';
import { type UsagePatterns, parseReleaseNotes, summariseDraftFeedback, summariseErrors, usagePatterns } from '../../domain/admin';
import { resolveEntitlements } from '../../domain/entitlements/entitlements';
import { buildInfo, releaseNotesText } from '../../shared/build-info';
import { Clock } from '../account/clock';
import { AppConfigRepository } from '../platform/app-config.repository';
import type { OverviewDto } from './dto/admin.dto';
import { AppErrorRepository } from './read-model/app-error.repository';
import { DraftFeedbackRepository } from './read-model/draft-feedback.repository';
import { type DirectoryUser, KeeperDirectoryRepository } from './read-model/keeper-directory.repository';
import { UsageEventReader } from './read-model/usage-event.reader';

const DEFAULT_PAGE = 10;
/** The summaries read the newest rows up to these bounds, never a whole table. */
const RECENT_ERRORS = 100;
const RECENT_FEEDBACK = 100;
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
    const [page, basicUploadWindowMinutes, live] = await Promise.all([
      this.directory.page(request.search, request.limit ?? DEFAULT_PAGE, request.cursor),
      this.config.number('basic_upload_window_minutes'),
      this.directory.liveConnectionsByUser(now),
    ]);
    const rows = await inBatches(page.users, 10, (entry) =>
      this.userRow(entry, basicUploadWindowMinutes, live.get(entry.user.userId) ?? 0, now),
    );
    return { items: rows, cursor: page.cursor, liveOnPage: rows.filter((r) => r.live).length };
  }

  private async userRow({ user, lastSeenAt }: DirectoryUser, basicUploadWindowMinutes: number, connections: number, now: Date) {
    const tanks = await this.directory.tanksOf(user.userId);
    const entitlements = resolveEntitlements(
      user,
      { icpUploadsTotal: user.icpUploadsTotal, lastIcpUploadAt: user.lastIcpUploadAt },
      { basicUploadWindowMinutes },
      now,
    );
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

  private async usagePatterns(now: Date): Promise<UsagePatterns> {
    const today = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - (USAGE_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    return usagePatterns(await this.usage.activity(from, today), today, USAGE_DAYS);
  }
}
