import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Notice } from '../../../shared/ui/notice';
import { AppError, ErrorPage } from '../services/admin.model';
import { when } from '../services/admin-format';
import { AdminApi } from '../services/admin-api.service';

/** Errors: support references newest first, a lookup by the id a keeper reads out, detail, acknowledge. */
@Component({
  selector: 'ram-admin-errors-tab',
  imports: [LoadStateFrame, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="errors-heading">
      <h2 id="errors-heading" class="text-lg font-semibold">Support references</h2>
      <form
        class="mt-3 flex flex-col gap-2 sm:flex-row"
        role="search"
        (submit)="$event.preventDefault(); find(ref.value)"
      >
        <label class="sr-only" for="reference-search"
          >Reference id from a keeper’s error banner</label
        >
        <input
          #ref
          id="reference-search"
          class="field-input mt-0 font-mono uppercase sm:w-64"
          placeholder="RAM-XXXX-XXXX"
        />
        <button type="submit" class="btn-secondary" id="reference-find">Find</button>
      </form>
      @if (notice(); as n) {
        <ram-notice class="mt-3" [tone]="n.tone" noticeId="errors-notice" [text]="n.text" />
      }

      <ram-load-state-frame
        class="mt-4"
        [state]="state()"
        loadingLabel="Reading errors…"
        failedHeading="Errors could not be loaded."
        (retry)="load()"
      >
        <div class="flex items-center justify-between gap-2">
          <p class="text-sm text-reef-600">
            {{ rows().length }} shown · {{ selected().size }} selected
          </p>
          <button
            type="button"
            class="btn-primary"
            id="errors-acknowledge"
            [disabled]="selected().size === 0 || busy()"
            (click)="acknowledge()"
          >
            Acknowledge selected
          </button>
        </div>
        <ul class="mt-3 divide-y divide-reef-100" id="error-list">
          @for (error of rows(); track error.referenceId) {
            <li class="flex items-start gap-3 py-3" [attr.data-reference]="error.referenceId">
              <input
                type="checkbox"
                class="mt-1 size-5"
                [attr.aria-label]="'Select ' + error.referenceId"
                [checked]="selected().has(error.referenceId)"
                (change)="toggle(error.referenceId)"
              />
              <button
                type="button"
                class="min-w-0 flex-1 text-left"
                (click)="open(error.referenceId)"
              >
                <span class="font-mono text-sm font-medium text-reef-900">{{
                  error.referenceId
                }}</span>
                <span class="ml-2 text-sm text-reef-600"
                  >{{ error.operation }} · {{ at(error.createdAt) }}</span
                >
                <span class="block truncate text-sm text-reef-700"
                  >{{ error.errorName }}: {{ error.errorMessage }}</span
                >
              </button>
            </li>
          } @empty {
            <li class="py-3 text-sm text-reef-600">No errors recorded. Good.</li>
          }
        </ul>
        @if (cursor()) {
          <button type="button" class="btn-secondary mt-3" (click)="more()">
            Show older errors
          </button>
        }
      </ram-load-state-frame>
    </section>

    @if (detail(); as d) {
      <div
        class="theme-night fixed inset-0 z-40 bg-reef-950/40"
        aria-hidden="true"
        (click)="detail.set(null)"
      ></div>
      <aside
        class="fixed inset-y-0 right-0 z-50 w-full max-w-xl overflow-y-auto bg-white p-6 shadow-xl"
        role="dialog"
        aria-modal="true"
        aria-labelledby="error-detail-heading"
        id="error-detail"
      >
        <div class="flex items-start justify-between gap-2">
          <h2 id="error-detail-heading" class="font-mono text-lg font-semibold">
            {{ d.referenceId }}
          </h2>
          <button
            type="button"
            class="btn-secondary"
            id="error-detail-close"
            (click)="detail.set(null)"
          >
            Close
          </button>
        </div>
        <dl class="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt class="text-reef-600">When</dt>
          <dd>{{ at(d.createdAt) }}</dd>
          <dt class="text-reef-600">Operation</dt>
          <dd>{{ d.operation }}</dd>
          <dt class="text-reef-600">Keeper</dt>
          <dd class="break-all">{{ d.userId ?? '—' }}</dd>
          <dt class="text-reef-600">Tank</dt>
          <dd class="break-all">{{ d.tankId ?? '—' }}</dd>
          <dt class="text-reef-600">Subject</dt>
          <dd class="break-all">{{ d.subjectId ?? '—' }}</dd>
          <dt class="text-reef-600">API request</dt>
          <dd class="font-mono break-all">{{ d.apiRequestId ?? '—' }}</dd>
          <dt class="text-reef-600">Lambda request</dt>
          <dd class="font-mono break-all">{{ d.lambdaRequestId ?? '—' }}</dd>
          <dt class="text-reef-600">Error</dt>
          <dd>{{ d.errorName }}: {{ d.errorMessage }}</dd>
        </dl>
        <h3 class="mt-4 text-sm font-semibold">Stack</h3>
        <pre class="mt-1 overflow-x-auto rounded-lg bg-reef-50 p-3 text-xs" id="error-stack">{{
          d.stack ?? 'No stack was recorded.'
        }}</pre>
        <button
          type="button"
          class="btn-primary mt-4"
          id="error-detail-acknowledge"
          (click)="acknowledgeOne(d.referenceId)"
        >
          Acknowledge {{ d.referenceId }}
        </button>
      </aside>
    }
  `,
})
export class ErrorsTab {
  private readonly api = inject(AdminApi);
  protected readonly state = signal<LoadState<ErrorPage>>({ status: 'loading' });
  private readonly older = signal<readonly AppError[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly rows = computed(() => [
    ...(readyValue(this.state())?.errors ?? []),
    ...this.older(),
  ]);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly detail = signal<AppError | null>(null);
  protected readonly notice = signal<{ tone: 'done' | 'problem'; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly at = when;

  constructor() {
    this.load();
  }

  load(): void {
    this.older.set([]);
    readState(this.api.errors({}), 'Errors could not be loaded.').subscribe((s) => {
      this.state.set(s);
      this.cursor.set(readyValue(s)?.cursor ?? null);
    });
  }

  more(): void {
    const cursor = this.cursor();
    if (!cursor) return;
    this.api.errors({ cursor }).subscribe({
      next: (page) => {
        this.older.update((rows) => [...rows, ...page.errors]);
        this.cursor.set(page.cursor);
      },
      error: () => undefined,
    });
  }

  protected toggle(referenceId: string): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (!next.delete(referenceId)) next.add(referenceId);
      return next;
    });
  }

  protected async find(text: string): Promise<void> {
    this.notice.set(null);
    const id = text.trim().toUpperCase();
    if (!id)
      return this.notice.set({
        tone: 'problem',
        text: 'Enter a reference id, e.g. RAM-7K2Q-M9XD.',
      });
    await this.open(id);
  }

  protected async open(referenceId: string): Promise<void> {
    const outcome = await this.api.errorByReference(referenceId);
    if (outcome.ok) this.detail.set(outcome.value.errors[0] ?? null);
    else
      this.notice.set({
        tone: 'problem',
        text: outcome.message ?? `${referenceId} could not be read.`,
      });
  }

  protected acknowledge(): Promise<void> {
    return this.clear([...this.selected()]);
  }

  protected acknowledgeOne(referenceId: string): Promise<void> {
    return this.clear([referenceId]);
  }

  private async clear(ids: readonly string[]): Promise<void> {
    this.busy.set(true);
    const outcome = await this.api.clearErrors(ids);
    this.busy.set(false);
    if (!outcome.ok)
      return this.notice.set({
        tone: 'problem',
        text: outcome.message ?? 'Nothing was acknowledged.',
      });
    const { cleared, notFound } = outcome.value;
    this.notice.set({
      tone: 'done',
      text: `${cleared.length} acknowledged${notFound.length ? `, ${notFound.length} already gone` : ''}.`,
    });
    this.detail.set(null);
    this.selected.set(new Set());
    this.load();
  }
}
