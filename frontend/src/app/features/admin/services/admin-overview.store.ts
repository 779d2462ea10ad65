import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { KeeperRow, Overview } from './admin.model';
import { AdminApi } from './admin-api.service';

/** How often the overview is read again while the console is open (live dots, new sign-ins). */
export const OVERVIEW_REFRESH_MS = 30_000;

/**
 * The overview the console's tabs share (users, usage, summaries, build), read once when the console
 * opens and again every {@link OVERVIEW_REFRESH_MS} behind what is shown. Provided by the admin page.
 */
@Injectable()
export class AdminOverviewStore {
  private readonly api = inject(AdminApi);
  private readonly state = signal<LoadState<Overview>>({ status: 'loading' });
  private readonly more = signal<readonly KeeperRow[]>([]);
  private readonly nextCursor = signal<string | null>(null);
  private readonly searchText = signal('');
  private loading?: Subscription;

  readonly overview = this.state.asReadonly();
  /** Keepers of the first page and of every page loaded with "Show more". */
  readonly extraKeepers = this.more.asReadonly();
  readonly cursor = this.nextCursor.asReadonly();
  readonly search = this.searchText.asReadonly();

  constructor() {
    const timer = setInterval(() => this.refresh(), OVERVIEW_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.loading?.unsubscribe();
    });
    this.load();
  }

  /** Reads the first page again, for a new search. */
  find(search: string): void {
    this.searchText.set(search.trim());
    this.load();
  }

  load(): void {
    this.loading?.unsubscribe();
    this.more.set([]);
    const search = this.searchText() || undefined;
    this.loading = readState(
      this.api.overview({ search }),
      'The overview could not be loaded.',
    ).subscribe((state) => {
      this.state.set(state);
      this.nextCursor.set(readyValue(state)?.users.cursor ?? null);
    });
  }

  /** Reads the overview again, keeping what is shown while it loads and if it fails. */
  refresh(): void {
    if (this.state().status !== 'ready' || this.more().length > 0) return;
    this.loading?.unsubscribe();
    this.loading = this.api.overview({ search: this.searchText() || undefined }).subscribe({
      next: (value) => {
        this.state.set({ status: 'ready', value });
        this.nextCursor.set(value.users.cursor);
      },
      error: () => undefined,
    });
  }

  /** Adds the next page of keepers below the ones shown. */
  showMore(): void {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.api.overview({ search: this.searchText() || undefined, cursor }).subscribe({
      next: (page) => {
        this.more.update((rows) => [...rows, ...page.users.items]);
        this.nextCursor.set(page.users.cursor);
      },
      error: () => undefined,
    });
  }
}
