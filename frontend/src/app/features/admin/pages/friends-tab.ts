import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Notice } from '../../../shared/ui/notice';
import { FriendGrant } from '../services/admin.model';
import { when } from '../services/admin-format';
import { AdminApi } from '../services/admin-api.service';

/** Friend access: free Pro without billing, by email, now or at sign-up; never admin rights. */
@Component({
  selector: 'ram-admin-friends-tab',
  imports: [ConfirmButton, LoadStateFrame, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="card"
      id="friend-grant-form"
      (submit)="$event.preventDefault(); grant(email.value, note.value)"
    >
      <h2 class="text-lg font-semibold">Grant friend access</h2>
      <p class="text-sm text-reef-600">
        Pro features without billing. It applies now, or when this email signs up.
      </p>
      <div class="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label class="field-label" for="friend-email">Email</label>
          <input #email id="friend-email" class="field-input" type="email" autocomplete="off" />
        </div>
        <div>
          <label class="field-label" for="friend-note">Note (optional)</label>
          <input #note id="friend-note" class="field-input" maxlength="200" />
        </div>
      </div>
      @if (notice(); as n) {
        <ram-notice class="mt-3" [tone]="n.tone" noticeId="friend-notice" [text]="n.text" />
      }
      <button type="submit" class="btn-primary mt-3" id="friend-grant">Grant</button>
    </form>

    <section class="card mt-4" aria-labelledby="friends-heading">
      <h2 id="friends-heading" class="text-lg font-semibold">Grants</h2>
      <ram-load-state-frame
        [state]="state()"
        loadingLabel="Reading grants…"
        failedHeading="Grants could not be loaded."
        (retry)="load()"
      >
        <ul class="mt-2 divide-y divide-reef-100" id="friend-list">
          @for (g of grants(); track g.email) {
            <li
              class="flex flex-wrap items-center justify-between gap-2 py-3"
              [attr.data-email]="g.email"
            >
              <div>
                <span class="font-medium break-all">{{ g.email }}</span>
                <span class="block text-sm text-reef-600">
                  {{ g.registered ? 'Signed up' : 'Not signed up yet' }} · granted
                  {{ at(g.grantedAt) }} by {{ g.grantedBy }}
                  @if (g.note) {
                    · {{ g.note }}
                  }
                </span>
              </div>
              <ram-confirm-button
                label="Revoke"
                [accessibleLabel]="'Revoke ' + g.email"
                [question]="'Revoke friend access of ' + g.email + '?'"
                detail="They fall back to their own plan at once."
                confirmLabel="Revoke"
                (confirmed)="revoke(g.email)"
              />
            </li>
          } @empty {
            <li class="py-3 text-sm text-reef-600">No friend access granted.</li>
          }
        </ul>
      </ram-load-state-frame>
    </section>
  `,
})
export class FriendsTab {
  private readonly api = inject(AdminApi);
  protected readonly state = signal<LoadState<{ grants: FriendGrant[] }>>({ status: 'loading' });
  protected readonly grants = computed(() => readyValue(this.state())?.grants ?? []);
  protected readonly notice = signal<{ tone: 'done' | 'problem'; text: string } | null>(null);
  protected readonly at = when;

  constructor() {
    this.load();
  }

  load(): void {
    readState(this.api.friends(), 'Grants could not be loaded.').subscribe((s) =>
      this.state.set(s),
    );
  }

  protected async grant(email: string, note: string): Promise<void> {
    if (!email.trim())
      return this.notice.set({ tone: 'problem', text: 'Enter the email to grant.' });
    const outcome = await this.api.grantFriend(email.trim(), note.trim() || undefined);
    if (!outcome.ok)
      return this.notice.set({ tone: 'problem', text: outcome.message ?? 'Not granted.' });
    const g = outcome.value.grant;
    this.notice.set({
      tone: 'done',
      text: `${g.email} has friend access${g.registered ? ' now' : ' from sign-up'}.`,
    });
    this.load();
  }

  protected async revoke(email: string): Promise<void> {
    const outcome = await this.api.revokeFriend(email);
    if (!outcome.ok)
      return this.notice.set({ tone: 'problem', text: outcome.message ?? 'Not revoked.' });
    this.notice.set({ tone: 'done', text: `Friend access of ${email} revoked.` });
    this.load();
  }
}
