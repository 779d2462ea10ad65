import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription } from 'rxjs';
import { outcomeOf } from '../../../core/api/api-outcome';
import { readyValue } from '../../../shared/load-state';
import { HistoryLists } from '../../history/services/history-lists';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';
import { IcpTestResponse, QueuedCorrections } from './icp-test.model';
import { IcpTestService } from './icp-test.service';

/** The ICP page's test: loading, here, not this tank's (or gone), or failed. */
export type IcpTestState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: IcpTestResponse }
  | { readonly status: 'not-found' }
  | { readonly status: 'failed' };

/** Applying corrections: not yet, on its way, queued, or refused with the API's words. */
export type ApplyState =
  | { readonly status: 'idle' | 'applying' }
  | { readonly status: 'queued'; readonly queued: QueuedCorrections['queued'] }
  | { readonly status: 'failed'; readonly message: string };

/** Several messages in a burst (a test moving through its elements) cause one read. */
export const REFRESH_DELAY_MS = 400;
/** After applying, the test is read this often, at most this many times, until the doses show. */
export const CORRECTION_POLL_MS = 4_000;
export const CORRECTION_POLLS = 8;

const EVALUATING = ['PROCESSING', 'IN_PROGRESS'];
// Refusals of applying corrections that the panel explains beside its button.
const APPLY_REFUSALS = [400, 409];

/**
 * The state behind one ICP test page. It reads the test for the tank on screen, reads it again when
 * the test's rail entry changes (a pushed status, a reconnect), and after corrections are applied
 * follows their progress through dose messages and a short, bounded poll.
 */
@Injectable()
export class IcpTestStore {
  private readonly api = inject(IcpTestService);
  private readonly lists = inject(HistoryLists);
  private readonly realtime = inject(WebSocketManager);
  private readonly current = signal<IcpTestState>({ status: 'loading' });
  private readonly applyState = signal<ApplyState>({ status: 'idle' });

  private tankId: string | null = null;
  private testId: string | null = null;
  private loading?: Subscription;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private pollsLeft = 0;
  /** Elements whose correction doses are still to show up in the progress. */
  private awaited = new Set<string>();

  readonly state = this.current.asReadonly();
  readonly apply = this.applyState.asReadonly();
  readonly response = computed(() => readyValue(this.current()));
  readonly evaluating = computed(() => EVALUATING.includes(this.response()?.test.status ?? ''));

  constructor() {
    this.lists.changes.pipe(takeUntilDestroyed()).subscribe((change) => {
      const ownTest = change.kind === 'test' && change.item.id === this.testId;
      if (ownTest || (change.kind === 'dose' && this.awaited.size > 0)) this.refreshSoon();
    });
    // A list read again after a reconnect brings no message; a changed status in it still counts.
    effect(() => {
      const section = this.lists.section('test')();
      if (section.status !== 'ready') return;
      untracked(() => {
        const entry = section.items.find((item) => item.id === this.testId);
        const shown = this.response()?.test.status;
        if (entry?.status && shown && entry.status !== shown) this.refreshSoon();
      });
    });
    inject(DestroyRef).onDestroy(() => this.stopTimers());
  }

  /** Shows `testId` of `tankId`; without a tank there is nothing to read. */
  open(tankId: string | null, testId: string): void {
    this.stopTimers();
    this.awaited.clear();
    this.tankId = tankId;
    this.testId = testId;
    this.applyState.set({ status: 'idle' });
    this.loading?.unsubscribe();
    if (!tankId) return this.current.set({ status: 'not-found' });
    this.current.set({ status: 'loading' });
    this.read(false);
  }

  retry(): void {
    if (this.testId) this.open(this.tankId, this.testId);
  }

  /** Reads the test again behind what is shown; a failure keeps it. */
  refresh(): void {
    if (this.current().status !== 'ready') return;
    this.read(true);
  }

  /** Queues the corrections of `elementIds` as doses and follows their progress. */
  async applyCorrections(elementIds: readonly string[], confirmSuperseded = false): Promise<void> {
    const { tankId, testId } = this;
    if (!tankId || !testId || elementIds.length === 0) return;
    this.applyState.set({ status: 'applying' });
    const outcome = await outcomeOf(
      this.api.applyCorrections(tankId, testId, elementIds, confirmSuperseded),
      APPLY_REFUSALS,
    );
    if (!outcome.ok) {
      const message = outcome.message ?? 'The corrections could not be applied. Try again.';
      this.applyState.set({ status: 'failed', message });
      return;
    }
    this.applyState.set({ status: 'queued', queued: outcome.value.queued ?? [] });
    this.awaited = new Set(elementIds);
    this.realtime.refreshAfterOwnChange();
    this.pollsLeft = CORRECTION_POLLS;
    this.schedulePoll();
  }

  private read(quiet: boolean): void {
    const { tankId, testId } = this;
    if (!tankId || !testId) return;
    this.loading?.unsubscribe();
    this.loading = this.api.test(tankId, testId, { quiet }).subscribe({
      next: (value) => {
        this.current.set({ status: 'ready', value });
        this.settleAwaited(value);
      },
      error: (error: unknown) => {
        if (quiet) return;
        const notFound = error instanceof HttpErrorResponse && error.status === 404;
        this.current.set({ status: notFound ? 'not-found' : 'failed' });
      },
    });
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    if (this.pollsLeft <= 0 || this.awaited.size === 0) return;
    this.pollTimer = setTimeout(() => {
      this.pollsLeft--;
      this.refresh();
      this.schedulePoll();
    }, CORRECTION_POLL_MS);
  }

  /** Stops waiting for the elements whose correction is fully dosed. */
  private settleAwaited(value: IcpTestResponse): void {
    if (this.awaited.size === 0) return;
    for (const line of value.corrections) {
      if (line.progress.state === 'DONE') this.awaited.delete(line.elementId);
    }
    if (this.awaited.size === 0) clearTimeout(this.pollTimer);
  }

  private stopTimers(): void {
    clearTimeout(this.refreshTimer);
    clearTimeout(this.pollTimer);
    this.pollsLeft = 0;
  }
}
