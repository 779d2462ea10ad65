import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { KeeperDataService, saveFile } from '../services/keeper-data.service';

/** Take the keeper's data away (JSON or CSV), or delete the account after typing its email. */
@Component({
  selector: 'ram-your-data',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <p class="text-sm text-slate-700">
      Download everything RaM keeps for you: tests with every reading, doses, programs, reviews,
      target ranges and templates.
    </p>
    <div class="mt-3 flex flex-wrap gap-3">
      <button
        type="button"
        class="btn-secondary"
        [disabled]="exporting() !== null"
        (click)="download('json')"
      >
        {{ exporting() === 'json' ? 'Preparing…' : 'Export JSON' }}
      </button>
      <button
        type="button"
        class="btn-secondary"
        [disabled]="exporting() !== null"
        (click)="download('csv')"
      >
        {{ exporting() === 'csv' ? 'Preparing…' : 'Export CSV (ZIP)' }}
      </button>
    </div>
    <p class="mt-2 text-sm text-lagoon-800" role="status">{{ exportStatus() }}</p>
    <p class="mt-2 text-sm text-slate-700">
      Readings from another app or a lab portal?
      <a routerLink="/app/tests/import" class="text-lagoon-800 underline underline-offset-2"
        >Import a CSV</a
      >
    </p>

    <div class="mt-6 rounded-lg border border-coral-200 bg-coral-50 p-4">
      <h3 class="font-semibold text-coral-900">Delete the account</h3>
      <p class="mt-1 text-sm text-coral-900">
        This deletes your tanks, tests, uploaded reports, doses, programs, reviews and sign-in for
        good. It cannot be undone. A running subscription ends at once: nothing more is charged, and
        the current period is not refunded. Type <strong>{{ email() }}</strong> to confirm.
      </p>
      <label for="confirm-email" class="field-label mt-3">Your email</label>
      <input
        id="confirm-email"
        class="field-input"
        type="email"
        autocomplete="off"
        [value]="typed()"
        (input)="typed.set($any($event.target).value)"
        [attr.aria-invalid]="deleteError() ? true : null"
        [attr.aria-describedby]="deleteError() ? 'delete-error' : null"
      />
      @if (deleteError(); as message) {
        <p id="delete-error" class="field-error">{{ message }}</p>
      }
      <button
        type="button"
        class="btn-danger mt-3"
        [disabled]="!matches() || deleting()"
        (click)="deleteAccount()"
      >
        {{ deleting() ? 'Deleting…' : 'Delete my account' }}
      </button>
    </div>
  `,
})
export class YourData {
  readonly email = input.required<string>();

  private readonly data = inject(KeeperDataService);
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly exporting = signal<'json' | 'csv' | null>(null);
  protected readonly exportStatus = signal('');
  protected readonly typed = signal('');
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<string | null>(null);
  protected readonly matches = computed(
    () => this.typed().trim().toLowerCase() === this.email().toLowerCase(),
  );

  protected async download(format: 'json' | 'csv'): Promise<void> {
    this.exporting.set(format);
    this.exportStatus.set('');
    const outcome = await this.data.export(format);
    this.exporting.set(null);
    if (!outcome.ok) return this.exportStatus.set(outcome.message ?? 'The export failed.');
    saveFile(this.document, outcome.value);
    this.exportStatus.set(`Saved ${outcome.value.fileName}.`);
  }

  protected async deleteAccount(): Promise<void> {
    if (!this.matches()) return;
    this.deleting.set(true);
    this.deleteError.set(null);
    const outcome = await this.data.deleteAccount(this.typed().trim());
    this.deleting.set(false);
    if (!outcome.ok)
      return this.deleteError.set(outcome.message ?? 'The account could not be deleted.');
    this.session.signOut();
    await this.router.navigate(['/'], { queryParams: { deleted: 1 } });
  }
}
