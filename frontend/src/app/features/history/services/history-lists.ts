import { Injectable, Signal, WritableSignal, inject, signal } from '@angular/core';
import { Observable, Subject, Subscription } from 'rxjs';
import {
  HistoryChange,
  HistoryItem,
  HistoryKind,
  removeHistoryItem,
  upsertHistoryItem,
} from './history-item';
import { HistoryListService, HistoryListState } from './history-list.service';

/** Whose histories to show: a chosen tank, or why there is none yet. */
export type RailTank =
  | { readonly status: 'loading' | 'failed' | 'no-tank' }
  | { readonly status: 'chosen'; readonly tankId: string };

/** What a side-rail section shows: a list's state, or that there is no tank to list for. */
export type RailSectionState = HistoryListState | { readonly status: 'no-tank' };

const KINDS: readonly HistoryKind[] = ['test', 'dose', 'program'];

/**
 * The Tests, Doses and Programs lists of the tank on screen. Lists load when the tank changes, take
 * live changes as they arrive (for that tank only), and refresh quietly when asked.
 */
@Injectable({ providedIn: 'root' })
export class HistoryLists {
  private readonly lists = inject(HistoryListService);
  private readonly states = Object.fromEntries(
    KINDS.map((kind) => [kind, signal<RailSectionState>({ status: 'loading' })]),
  ) as Record<HistoryKind, WritableSignal<RailSectionState>>;
  private readonly readonlyStates = Object.fromEntries(
    KINDS.map((kind) => [kind, this.states[kind].asReadonly()]),
  ) as Record<HistoryKind, Signal<RailSectionState>>;
  private readonly loads = new Map<HistoryKind, Subscription>();
  // Changes that arrive while a list is loading are applied to the answer, so none is lost.
  private readonly pending = new Map<HistoryKind, HistoryChange[]>();
  private shown: RailTank = { status: 'loading' };
  private readonly applied$ = new Subject<HistoryChange>();

  /**
   * Every change applied to the lists of the tank on screen, live or the app's own, so an open
   * detail page can read itself again when its entry changes.
   */
  readonly changes: Observable<HistoryChange> = this.applied$.asObservable();

  section(kind: HistoryKind): Signal<RailSectionState> {
    return this.readonlyStates[kind];
  }

  /** The tank whose lists are on screen, or null. */
  get tankId(): string | null {
    return this.shown.status === 'chosen' ? this.shown.tankId : null;
  }

  /** Shows the lists of `tank`; showing the same tank again keeps them as they are. */
  show(tank: RailTank): void {
    const tankId = tank.status === 'chosen' ? tank.tankId : null;
    if (tank.status === this.shown.status && tankId === this.tankId) return;
    this.shown = tank;
    for (const kind of KINDS) {
      this.loads.get(kind)?.unsubscribe();
      this.pending.set(kind, []);
      if (tank.status === 'chosen') this.load(kind, tank.tankId, false);
      else this.states[kind].set({ status: tank.status });
    }
  }

  /** Reads the lists again behind what is on screen; a failed refresh keeps the entries shown. */
  refresh(): void {
    const tankId = this.tankId;
    if (!tankId) return;
    for (const kind of KINDS) {
      if (this.states[kind]().status === 'loading') continue;
      this.load(kind, tankId, true);
    }
  }

  /**
   * Applies a live change, or one the app made itself (an upload's entry before its first message);
   * changes for another tank than the one on screen are ignored.
   */
  apply(change: HistoryChange): void {
    if (change.tankId !== this.tankId) return;
    const state = this.states[change.kind]();
    if (state.status === 'loading') this.pending.get(change.kind)?.push(change);
    if (state.status === 'ready') {
      this.states[change.kind].set({ status: 'ready', items: applied(state.items, [change]) });
    }
    this.applied$.next(change);
  }

  private load(kind: HistoryKind, tankId: string, quiet: boolean): void {
    this.loads.get(kind)?.unsubscribe();
    this.loads.set(
      kind,
      this.lists.list(kind, tankId, { quiet }).subscribe((state) => {
        if (quiet && state.status === 'failed') return;
        if (state.status !== 'ready') return this.states[kind].set(state);
        const pending = this.pending.get(kind) ?? [];
        this.pending.set(kind, []);
        this.states[kind].set({ status: 'ready', items: applied(state.items, pending) });
      }),
    );
  }
}

function applied(
  items: readonly HistoryItem[],
  changes: readonly HistoryChange[],
): readonly HistoryItem[] {
  return changes.reduce(
    (list, change) =>
      change.op === 'upsert'
        ? upsertHistoryItem(list, change.item)
        : removeHistoryItem(list, change.item.id),
    items,
  );
}
