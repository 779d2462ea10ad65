import { Injectable } from '@nestjs/common';
import { addDays } from '../../domain/dosing';
import {
  type CompareScope,
  DEFAULT_COMPARE_SCOPE,
  type Decision,
  type DosingSchedule,
  type DraftChange,
  type Progress,
  type ReviewAction,
  type Severity,
  SEVERITIES,
  buildReview,
  byPriority,
  followUpOutcomes,
  keepDecisions,
  needsAttention,
  supersededReviews,
} from '../../domain/reviews';
import { InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankRepository } from '../account/repositories/tank.repository';
import { DoseDayRepository } from '../dosing/dose-day.repository';
import { LaterReadingsReader, type SupersedingReading } from '../testing/repositories/later-readings.reader';
import type { TestHeader } from '../testing/test-history.types';
import { CorrectionProgressReader } from './correction-progress.reader';
import { ReviewWordingPort } from './review-wording';
import { ReviewSourceReader, comparedTestsFor, unitsOf } from './review-source.reader';
import { type ReviewRecord, reviewIdFor } from './review.record';
import { ReviewChangedError, ReviewRepository } from './review.repository';

export interface ReviewListItem {
  readonly reviewId: string;
  readonly testId: string;
  readonly testKind: 'ICP' | 'MANUAL';
  readonly testDate: string;
  readonly status: ReviewRecord['status'];
  readonly severity: Severity;
  readonly title: string;
  readonly findingCount: number;
  readonly actionCount: number;
  readonly actionsDone: number;
  readonly createdAt: string;
  readonly completedAt?: string;
  readonly dismissedAt?: string;
}

/** A correction action also says when a newer test measured its element again (`supersededBy`). */
export type ActionView = ReviewAction & { readonly progress?: Progress; readonly supersededBy?: SupersedingReading };

export interface ReviewDetailView extends ReviewListItem {
  readonly compareScope: CompareScope;
  readonly comparedTests: ReviewRecord['comparedTests'];
  readonly source: { testId: string; kind: 'ICP' | 'MANUAL'; date: string; lab?: string };
  readonly summary: string;
  readonly findings: ReviewRecord['findings'];
  readonly actions: readonly ActionView[];
  readonly draftProgramId?: string;
  readonly followUp?: { testId: string; date: string; outcomes: ReturnType<typeof followUpOutcomes> };
}

/** What a draft program run hands to the review: the program and its per-element changes. */
export interface DraftForReview {
  readonly programId: string;
  readonly changes: readonly DraftChange[];
}

const WRITE_ATTEMPTS = 4;
/** How far back dose history is read to find what a keeper dosed daily before the test. */
const DAILY_LOOKBACK_DAYS = 28;

/**
 * Reef Reviews: generated after an ICP test completes (and after manual saves that need attention),
 * read with live correction progress and follow-up outcomes, and steered by the keeper's decisions.
 */
@Injectable()
export class ReefReviewService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly source: ReviewSourceReader,
    private readonly tanks: TankRepository,
    private readonly doseDays: DoseDayRepository,
    private readonly corrections: CorrectionProgressReader,
    private readonly wording: ReviewWordingPort,
    private readonly clock: Clock,
    private readonly laterReadings: LaterReadingsReader,
  ) {}

  /**
   * Creates or refreshes the review of a completed test. A retry rebuilds the same content and keeps
   * every decision, the status and the chosen compare scope. Manual tests only get a review when
   * something needs attention (or they already had one).
   */
  async generate(testId: string, draft?: DraftForReview): Promise<ReviewRecord | undefined> {
    const header = await this.source.header(testId);
    if (!header || (header.kind === 'ICP' && header.status !== 'DONE' && header.status !== 'IN_PROGRESS')) return undefined;
    const tank = await this.tanks.get(header.userId, header.tankId);
    if (!tank) return undefined;
    const changes = draft ? await this.withCurrentSchedules(tank, header.testDate, draft.changes) : undefined;
    const saved = await this.write(reviewIdFor(testId), async (existing) => {
      const scope = existing?.compareScope ?? DEFAULT_COMPARE_SCOPE;
      const draftChanges = changes ?? existing?.draftChanges ?? [];
      const content = await this.contentFor(header, scope, draftChanges);
      if (header.kind === 'MANUAL' && !existing && !needsAttention(content)) return undefined;
      const now = this.clock.now().toISOString();
      return {
        ...keepDecisions(content, existing?.actions ?? []),
        reviewId: reviewIdFor(testId),
        userId: header.userId,
        tankId: header.tankId,
        testId,
        testKind: header.kind,
        testDate: header.testDate,
        lab: header.lab,
        status: existing?.status ?? 'OPEN',
        compareScope: scope,
        draftProgramId: draft?.programId ?? existing?.draftProgramId,
        draftChanges,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        completedAt: existing?.completedAt,
        dismissedAt: existing?.dismissedAt,
        supersededAt: existing?.supersededAt,
        supersededBy: existing?.supersededBy,
        version: existing?.version ?? 0,
      };
    });
    if (saved) await this.supersedeOlder(saved);
    return saved;
  }

  /** A newer ICP report's review moves the tank's older open ICP reviews to history, decisions kept. */
  private async supersedeOlder(newer: ReviewRecord): Promise<void> {
    if (newer.status !== 'OPEN') return;
    const older = supersededReviews(newer, await this.reviews.listForTank(newer.userId, newer.tankId));
    for (const review of older) {
      await this.write(review.reviewId, async (existing) => {
        if (!existing || existing.status !== 'OPEN') return undefined;
        const now = this.clock.now().toISOString();
        return { ...existing, status: 'SUPERSEDED', supersededAt: now, supersededBy: newer.reviewId, updatedAt: now };
      });
    }
  }

  async list(userId: string, tankId: string, state: 'OPEN' | 'HISTORY'): Promise<{ reviews: ReviewListItem[] }> {
    const tank = await this.requireTank(userId, tankId);
    const all = await this.reviews.listForTank(userId, tankId);
    const chosen = all.filter((r) => (state === 'OPEN' ? r.status === 'OPEN' : r.status !== 'OPEN'));
    const items = await Promise.all(chosen.map((r) => this.listItem(tank, r)));
    items.sort(state === 'OPEN' ? byPriority : (a, b) => b.testDate.localeCompare(a.testDate) || b.createdAt.localeCompare(a.createdAt));
    return { reviews: items };
  }

  async summary(userId: string, tankId: string): Promise<{ open: number; bySeverity: Record<Severity, number>; top?: ReviewListItem }> {
    const { reviews } = await this.list(userId, tankId, 'OPEN');
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, reviews.filter((r) => r.severity === s).length])) as Record<
      Severity,
      number
    >;
    return { open: reviews.length, bySeverity, ...(reviews[0] ? { top: reviews[0] } : {}) };
  }

  async detail(userId: string, tankId: string, reviewId: string): Promise<{ review: ReviewDetailView }> {
    const tank = await this.requireTank(userId, tankId);
    return { review: await this.detailView(tank, await this.requireReview(userId, tankId, reviewId)) };
  }

  /** Records the keeper's decision on one action (accept, override with a value, or dismiss). */
  async decide(
    userId: string,
    tankId: string,
    reviewId: string,
    decision: { actionId: string; choice: Decision['choice']; value?: DosingSchedule; note?: string },
  ): Promise<{ review: ReviewDetailView }> {
    const tank = await this.requireTank(userId, tankId);
    await this.requireReview(userId, tankId, reviewId);
    const saved = await this.write(reviewId, async (existing) => {
      if (!existing) throw new NotFoundError('Review');
      const action = existing.actions.find((a) => a.actionId === decision.actionId);
      if (!action) throw new InvalidRequestError(`This review has no action ${decision.actionId}`);
      if (decision.choice === 'OVERRIDDEN' && !decision.value)
        throw new InvalidRequestError('An override needs the value you will dose instead (amount, unit, weekdays)');
      const made: Decision = {
        choice: decision.choice,
        ...(decision.choice === 'OVERRIDDEN' ? { value: decision.value } : {}),
        ...(decision.note ? { note: decision.note } : {}),
        decidedAt: this.clock.now().toISOString(),
      };
      return {
        ...existing,
        actions: existing.actions.map((a) => (a.actionId === action.actionId ? { ...a, decision: made } : a)),
        updatedAt: made.decidedAt,
      };
    });
    return { review: await this.detailView(tank, saved!) };
  }

  /** Regenerates the comparison with another scope; decisions, status and progress stay. */
  async recalculate(userId: string, tankId: string, reviewId: string, scope: CompareScope): Promise<{ review: ReviewDetailView }> {
    const tank = await this.requireTank(userId, tankId);
    const review = await this.requireReview(userId, tankId, reviewId);
    const header = await this.source.header(review.testId);
    if (!header) throw new NotFoundError('Test');
    const saved = await this.write(reviewId, async (existing) => {
      if (!existing) throw new NotFoundError('Review');
      const content = await this.contentFor(header, scope, existing.draftChanges);
      return { ...existing, ...keepDecisions(content, existing.actions), compareScope: scope, updatedAt: this.clock.now().toISOString() };
    });
    return { review: await this.detailView(tank, saved!) };
  }

  async close(userId: string, tankId: string, reviewId: string, as: 'COMPLETED' | 'DISMISSED'): Promise<{ review: ReviewDetailView }> {
    const tank = await this.requireTank(userId, tankId);
    await this.requireReview(userId, tankId, reviewId);
    const saved = await this.write(reviewId, async (existing) => {
      if (!existing) throw new NotFoundError('Review');
      const now = this.clock.now().toISOString();
      return { ...existing, status: as, updatedAt: now, ...(as === 'COMPLETED' ? { completedAt: now } : { dismissedAt: now }) };
    });
    return { review: await this.detailView(tank, saved!) };
  }

  /** A RaM draft was activated: its adjustment actions become decided with what was actually activated. */
  async markDraftActivated(
    programId: string,
    activated: readonly { elementId: string; amount: number; unit: string; weekdays: readonly number[] }[],
    at: string,
  ): Promise<void> {
    const review = await this.reviews.byDraftProgram(programId);
    if (!review) return;
    await this.write(review.reviewId, async (existing) => {
      if (!existing) return undefined;
      const actions = existing.actions.map((a) => {
        if (a.type !== 'DAILY_ADJUSTMENT' || (a.decision && !a.decision.viaDraftActivation && a.decision.choice === 'DISMISSED')) return a;
        const live = activated.find((e) => e.elementId === a.elementId);
        const value: DosingSchedule = live
          ? { amount: live.amount, unit: live.unit, weekdays: [...live.weekdays] }
          : { ...a.adjustment.suggested, amount: 0 };
        const s = a.adjustment.suggested;
        const accepted =
          value.amount === s.amount && value.unit === s.unit && [...value.weekdays].sort().join() === [...s.weekdays].sort().join();
        const decision: Decision = accepted
          ? { choice: 'ACCEPTED', decidedAt: at, viaDraftActivation: true }
          : { choice: 'OVERRIDDEN', value, decidedAt: at, viaDraftActivation: true };
        return { ...a, decision };
      });
      return { ...existing, actions, updatedAt: at };
    });
  }

  private async listItem(tank: TankRecord, r: ReviewRecord, progress?: Map<string, Progress>): Promise<ReviewListItem> {
    progress ??= await this.progressOf(tank, r);
    const done = r.actions.filter((a) =>
      a.type === 'CORRECTION' ? progress.get(a.actionId)?.state === 'DONE' : a.decision !== undefined,
    ).length;
    return {
      reviewId: r.reviewId,
      testId: r.testId,
      testKind: r.testKind,
      testDate: r.testDate,
      status: r.status,
      severity: r.severity,
      title: r.title,
      findingCount: r.findings.length,
      actionCount: r.actions.length,
      actionsDone: done,
      createdAt: r.createdAt,
      ...(r.completedAt ? { completedAt: r.completedAt } : {}),
      ...(r.dismissedAt ? { dismissedAt: r.dismissedAt } : {}),
    };
  }

  private async detailView(tank: TankRecord, r: ReviewRecord): Promise<ReviewDetailView> {
    const [progress, header] = await Promise.all([this.progressOf(tank, r), this.source.header(r.testId)]);
    const item = await this.listItem(tank, r, progress);
    const units = new Map(r.findings.map((f) => [f.elementId, f.unit]));
    const corrected = new Map(
      r.actions.flatMap((a) =>
        a.type === 'CORRECTION' && units.has(a.elementId) ? [[a.elementId, units.get(a.elementId)!] as const] : [],
      ),
    );
    const [later, superseded] = header
      ? await Promise.all([this.source.after(header, units), this.laterReadings.supersedingReadings(header, corrected)])
      : [[], new Map<string, SupersedingReading>()];
    return {
      ...item,
      compareScope: r.compareScope,
      comparedTests: r.comparedTests,
      source: { testId: r.testId, kind: r.testKind, date: r.testDate, ...(r.lab ? { lab: r.lab } : {}) },
      summary: r.summary,
      findings: r.findings,
      actions: r.actions.map((a) =>
        a.type === 'CORRECTION'
          ? {
              ...a,
              progress: progress.get(a.actionId),
              ...(superseded.has(a.elementId) ? { supersededBy: superseded.get(a.elementId)! } : {}),
            }
          : a,
      ),
      ...(r.draftProgramId ? { draftProgramId: r.draftProgramId } : {}),
      ...(later[0] ? { followUp: { testId: later[0].testId, date: later[0].date, outcomes: followUpOutcomes(r.findings, later) } } : {}),
    };
  }

  /** Correction progress by action id, from the days each applied correction covers. */
  private async progressOf(tank: TankRecord, r: ReviewRecord): Promise<Map<string, Progress>> {
    const corrections = r.actions.filter((a) => a.type === 'CORRECTION');
    if (corrections.length === 0) return new Map();
    const starts = new Map((await this.source.elements(r.testId)).map((e) => [e.elementId, e.correctionStart]));
    const byElement = await this.corrections.progress(
      tank,
      r,
      corrections.map((a) => ({ elementId: a.elementId, days: a.correction.days, startDate: starts.get(a.elementId) })),
    );
    return new Map(corrections.map((a) => [a.actionId, byElement.get(a.elementId)!]));
  }

  /**
   * Draft rows without a known current schedule take it from what the keeper actually dosed (not
   * corrections) in the four weeks up to the test, so the daily adjustment still has a "from".
   */
  private async withCurrentSchedules(tank: TankRecord, testDate: string, changes: readonly DraftChange[]): Promise<DraftChange[]> {
    if (changes.every((c) => c.current)) return [...changes];
    const { days } = await this.doseDays.list(tank, { from: addDays(testDate, -(DAILY_LOOKBACK_DAYS - 1)), to: testDate });
    return changes.map((c) => {
      if (c.current) return c;
      const doses = days
        .flatMap((d) =>
          Object.values(d.entries)
            .filter((e) => e.elementId === c.elementId && e.source !== 'ICP_CORRECTION')
            .map((e) => ({ date: d.date, amount: e.amount, unit: e.unit })),
        )
        .sort((a, b) => b.date.localeCompare(a.date));
      if (doses.length === 0) return c;
      const weekdays = [...new Set(doses.map((d) => new Date(`${d.date}T00:00:00Z`).getUTCDay()))].sort();
      return { ...c, current: { amount: doses[0].amount, unit: doses[0].unit, weekdays } };
    });
  }

  /**
   * The rules' review of a test compared with as many earlier tests as the scope asks for (only
   * those are read), reworded when a model is configured (numbers always stay the rules').
   */
  private async contentFor(header: TestHeader, scope: CompareScope, draftChanges: readonly DraftChange[]) {
    const elements = await this.source.elements(header.testId);
    const history = await this.source.before(header, unitsOf(elements), comparedTestsFor(scope));
    return this.wording.reword(
      buildReview({ kind: header.kind, testDate: header.testDate, lab: header.lab, elements, history, compareScope: scope, draftChanges }),
    );
  }

  private async requireTank(userId: string, tankId: string): Promise<TankRecord> {
    const tank = await this.tanks.get(userId, tankId);
    if (!tank) throw new NotFoundError('Tank');
    return tank;
  }

  private async requireReview(userId: string, tankId: string, reviewId: string): Promise<ReviewRecord> {
    const review = await this.reviews.get(reviewId);
    if (!review || review.userId !== userId || review.tankId !== tankId) throw new NotFoundError('Review');
    return review;
  }

  /** Read, change, write guarded by version; a concurrent writer makes it read and change again. */
  private async write(
    reviewId: string,
    change: (existing: ReviewRecord | undefined) => Promise<ReviewRecord | undefined>,
  ): Promise<ReviewRecord | undefined> {
    for (let attempt = 1; ; attempt++) {
      const existing = await this.reviews.get(reviewId);
      const next = await change(existing);
      if (!next) return existing;
      try {
        return await this.reviews.save(next, existing?.version);
      } catch (error) {
        if (!(error instanceof ReviewChangedError) || attempt >= WRITE_ATTEMPTS) throw error;
        logger.info('Review changed while writing; trying again', { reviewId, attempt });
      }
    }
  }
}
