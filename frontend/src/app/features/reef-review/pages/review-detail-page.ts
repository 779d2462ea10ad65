import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { LoadState, readyValue } from '../../../shared/load-state';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { LoadingBlock } from '../../../shared/ui/loading-block';
import { icpTestPath } from '../../../shared/tests/test-links';
import { latestLoad, reloadable, tankAnd } from '../../../shared/latest-load';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { focusAfterRender } from '../../../shared/ui/focus';
import { AdjustmentItem } from '../components/adjustment-item';
import { CompareScopeSwitch } from '../components/compare-scope-switch';
import { CorrectionList } from '../components/correction-list';
import { FindingList } from '../components/finding-list';
import { FollowUpOutcomes } from '../components/follow-up-outcomes';
import { ClosingChoice, ReviewClosingActions } from '../components/review-closing-actions';
import { ReviewHeader } from '../components/review-header';
import { ReviewGlance } from '../components/review-glance';
import { ReviewList } from '../components/review-list';
import { ReviewSection } from '../components/review-section';
import { HistoryLists } from '../../history/services/history-lists';
import { ReefReviewService, ReviewChangeResult } from '../services/reef-review.service';
import { reviewRefreshes } from '../services/review-live';
import { COMPARE_SCOPE_CHOICES, keepDecisions, reviewGlance } from '../services/review-text';
import { CompareScope, DecisionInput, ReviewDetail } from '../services/review.model';

const DECISION_WORDS: Record<DecisionInput['choice'], string> = {
  ACCEPTED: 'accepted',
  OVERRIDDEN: 'set to your own dose',
  DISMISSED: 'dismissed',
};

/**
 * One Reef Review: a summary first (findings by severity, what needs attention, what waits for a
 * decision), then what the test found, what to do, the keeper's decisions and what came of them,
 * each section folded unless it holds something to act on.
 */
@Component({
  selector: 'ram-review-detail-page',
  imports: [
    RouterLink,
    EmptyState,
    LoadStateFrame,
    LoadingBlock,
    AdjustmentItem,
    CompareScopeSwitch,
    CorrectionList,
    FindingList,
    FollowUpOutcomes,
    ReviewClosingActions,
    ReviewHeader,
    ReviewGlance,
    ReviewList,
    ReviewSection,
    SelectedTankFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-detail-page.html',
})
export class ReviewDetailPage {
  readonly reviewId = input.required<string>();

  protected readonly selection = inject(TankSelection);
  private readonly reviews = inject(ReefReviewService);
  private readonly injector = inject(Injector);

  private readonly detail = latestLoad(
    tankAnd(this.selection.selectedTankId, this.reviewId),
    ({ tankId, id }) => this.reviews.detail(tankId, id),
    { status: 'loading' },
  );
  protected readonly openReviews = reloadable(this.selection.selectedTankId, (tankId) =>
    this.reviews.list(tankId, 'OPEN'),
  );
  protected readonly state = this.detail.state;
  /** What is being sent: an action id, `scope`, or `closing`. */
  protected readonly busy = signal<string | null>(null);
  protected readonly decisionErrors = signal<Readonly<Partial<Record<string, string>>>>({});
  protected readonly announcement = signal('');
  /** The scope the keeper just picked, shown while the recalculation runs. */
  private readonly pickedScope = signal<CompareScope | null>(null);

  protected readonly review = computed(() => readyValue(this.state()));
  /** The detail's state as the frame knows it (`missing` is shown on its own). */
  protected readonly frameState = computed((): LoadState<ReviewDetail> => {
    const state = this.state();
    return state.status === 'missing' ? { status: 'failed', message: 'missing' } : state;
  });
  protected readonly isOpen = computed(() => this.review()?.status === 'OPEN');
  protected readonly glance = computed(() => {
    const review = this.review();
    return review ? reviewGlance(review) : null;
  });
  protected readonly findingsNote = computed(() => {
    const count = this.review()?.findings.length ?? 0;
    return `${count} ${count === 1 ? 'finding' : 'findings'}`;
  });
  protected readonly corrections = computed(
    () => this.review()?.actions.filter((action) => action.type === 'CORRECTION') ?? [],
  );
  protected readonly adjustments = computed(
    () => this.review()?.actions.filter((action) => action.type === 'DAILY_ADJUSTMENT') ?? [],
  );
  protected readonly applyLink = computed(() => {
    const source = this.review()?.source;
    return source?.kind === 'ICP' ? icpTestPath(source.testId) : null;
  });
  protected readonly scope = computed(
    () => this.pickedScope() ?? this.review()?.compareScope ?? 'LAST_3',
  );
  protected readonly others = computed(() =>
    (this.openReviews.value() ?? []).filter((item) => item.reviewId !== this.reviewId()),
  );

  constructor() {
    effect(() => {
      this.selection.selectedTankId();
      this.reviewId();
      untracked(() => {
        this.announcement.set('');
        this.decisionErrors.set({});
        this.pickedScope.set(null);
      });
    });
    // Live: a finished test or a logged dose may change this review; it is read again behind
    // what is shown, and never while the keeper's own change is on its way.
    reviewRefreshes(inject(HistoryLists).changes)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.refreshQuietly());
  }

  private refreshQuietly(): void {
    const tankId = this.selection.selectedTankId();
    if (!tankId || this.busy() || this.state().status !== 'ready') return;
    const reviewId = this.reviewId();
    this.reviews
      .detail(tankId, reviewId)
      .pipe(filter((state) => state.status === 'ready'))
      .subscribe((state) => {
        if (this.busy() || reviewId !== this.reviewId()) return;
        this.detail.set(state);
      });
    this.openReviews.reload();
  }

  /** A folded section's note, e.g. `2 to decide`, or nothing when none waits. */
  protected countNote(count: number, what: string): string {
    return count > 0 ? `${count} ${what}` : '';
  }

  protected retry(): void {
    this.detail.reload();
    this.openReviews.reload();
  }

  protected async decide(decision: DecisionInput): Promise<void> {
    const action = this.review()?.actions.find((each) => each.actionId === decision.actionId);
    const { [decision.actionId]: _, ...otherErrors } = this.decisionErrors();
    this.decisionErrors.set(otherErrors);
    const result = await this.send(decision.actionId, (tankId, reviewId) =>
      this.reviews.decide(tankId, reviewId, decision),
    );
    if (result.ok) {
      this.detail.set({ status: 'ready', value: result.value });
      this.announcement.set(`${action?.name ?? 'The change'}: ${DECISION_WORDS[decision.choice]}.`);
    } else {
      this.decisionErrors.set({
        ...this.decisionErrors(),
        [decision.actionId]: result.message ?? 'Your decision was not saved. Try again.',
      });
    }
  }

  protected async recalculate(scope: CompareScope): Promise<void> {
    const before = this.review();
    if (!before || scope === before.compareScope) return;
    const label = COMPARE_SCOPE_CHOICES.find((choice) => choice.value === scope)?.label ?? scope;
    this.pickedScope.set(scope);
    this.announcement.set(`Comparing with ${label.toLowerCase()} tests…`);
    const result = await this.send('scope', (tankId, reviewId) =>
      this.reviews.recalculate(tankId, reviewId, scope),
    );
    this.pickedScope.set(null);
    if (result.ok) {
      // The answer keeps decisions; merging them again means none can vanish from the screen.
      this.detail.set({ status: 'ready', value: keepDecisions(result.value, before) });
      const count = result.value.findings.length;
      this.announcement.set(
        `Compared with ${label.toLowerCase()} tests: ${count} ${count === 1 ? 'finding' : 'findings'}. Your decisions are kept.`,
      );
    } else {
      this.announcement.set(result.message ?? 'The comparison could not be changed. Try again.');
    }
  }

  protected async close(choice: ClosingChoice): Promise<void> {
    const result = await this.send('closing', (tankId, reviewId) =>
      choice === 'COMPLETE'
        ? this.reviews.complete(tankId, reviewId)
        : this.reviews.dismiss(tankId, reviewId),
    );
    if (!result.ok) {
      this.announcement.set(result.message ?? 'The review was not changed. Try again.');
      return;
    }
    this.detail.set({ status: 'ready', value: result.value });
    this.announcement.set(
      choice === 'COMPLETE'
        ? 'Review completed. You find it under History.'
        : 'Review dismissed. You find it under History.',
    );
    this.openReviews.reload();
    focusAfterRender(this.injector, 'review-title');
  }

  private async send(
    what: string,
    call: (tankId: string, reviewId: string) => Promise<ReviewChangeResult>,
  ): Promise<ReviewChangeResult> {
    const tankId = this.selection.selectedTankId();
    if (!tankId || this.busy()) {
      return { ok: false, message: 'Wait for the last change to finish.' };
    }
    this.busy.set(what);
    try {
      return await call(tankId, this.reviewId());
    } finally {
      this.busy.set(null);
    }
  }
}
