import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { IcpLab } from '../../../shared/tanks/tank';
import { ICP_LAB_CHOICES } from '../../../shared/tanks/tank-options';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { ModalDialog } from '../../../shared/ui/modal-dialog';
import { IcpUploadService } from '../services/icp-upload.service';
import { UploadFileRow } from './upload-file-row';

/**
 * Uploads ICP reports for the selected tank: pick or drop PDFs, choose the lab, and watch each
 * report go up. The plan is asked first, so a refusal uploads nothing.
 */
@Component({
  selector: 'ram-icp-upload-dialog',
  imports: [ModalDialog, RouterLink, UploadFileRow],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents' },
  template: `
    <ram-modal-dialog
      heading="Upload ICP reports"
      closeLabel="Close upload"
      (closed)="closed.emit()"
    >
      @if (tank(); as tank) {
        <!-- First in the dialog, where the keeper looks after pressing Upload. -->
        @if (refusal(); as message) {
          <div
            role="alert"
            class="mb-4 rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-reef-900"
            data-testid="upload-refusal"
            #refusalNotice
          >
            <p class="font-medium">Nothing was uploaded.</p>
            <p class="mt-1">{{ message }}</p>
            <a
              routerLink="/app/profile"
              class="mt-1 inline-block font-medium text-lagoon-700 underline"
              (click)="closed.emit()"
              >See your plan</a
            >
          </div>
        }
        <p class="text-sm text-reef-700">
          Add the PDF reports your lab sent for <strong>{{ tank.name }}</strong>. RaM reads each one
          and compares every element with your targets.
        </p>

        <label for="upload-lab" class="field-label mt-4">Lab</label>
        <select
          id="upload-lab"
          class="field-input"
          [value]="lab()"
          [disabled]="uploads.busy()"
          (change)="lab.set($any($event.target).value)"
        >
          @for (choice of labs; track choice.value) {
            <option [value]="choice.value" [selected]="choice.value === lab()">
              {{ choice.label }}
            </option>
          }
        </select>

        <label
          for="upload-files"
          class="mt-4 flex cursor-pointer flex-col items-center gap-1 rounded-xl border-2 border-dashed px-4 py-6 text-center transition-colors focus-within:outline-3 focus-within:outline-lagoon-500"
          [class]="dragging() ? 'border-lagoon-500 bg-lagoon-50' : 'border-reef-200 bg-reef-50'"
          data-testid="drop-zone"
          (dragover)="dragOver($event)"
          (dragleave)="dragging.set(false)"
          (drop)="drop($event)"
        >
          <svg viewBox="0 0 24 24" class="size-8 fill-lagoon-600" aria-hidden="true">
            <path
              d="M11 16V7.8l-3 3L6.6 9.4 12 4l5.4 5.4-1.4 1.4-3-3V16h-2Zm-6 4v-5h2v3h10v-3h2v5H5Z"
            />
          </svg>
          <span class="font-medium text-reef-900">Choose PDF reports</span>
          <span class="text-sm text-reef-600">or drop them here · PDF only, up to 10 MB each</span>
          <input
            id="upload-files"
            type="file"
            class="sr-only"
            accept="application/pdf,.pdf"
            multiple
            (change)="picked($event)"
          />
        </label>

        @if (uploads.files().length > 0) {
          <ul class="mt-4 space-y-2" aria-label="Reports to upload">
            @for (entry of uploads.files(); track entry.key) {
              <li>
                <ram-upload-file-row
                  [entry]="entry"
                  (removed)="uploads.remove(entry.key)"
                  (opened)="closed.emit()"
                />
              </li>
            }
          </ul>
        }
      } @else {
        <p class="text-sm text-reef-700">Add a tank first: each report belongs to one tank.</p>
        <a routerLink="/app/profile" class="btn-primary mt-4" (click)="closed.emit()">Add a tank</a>
      }
      <p class="sr-only" aria-live="polite" data-testid="upload-summary">{{ summary() }}</p>

      <div
        dialogFooter
        class="flex flex-col-reverse gap-2 border-t border-reef-100 px-4 py-3 sm:flex-row sm:justify-end sm:px-6"
      >
        @if (settledCount() > 0 && !uploads.busy()) {
          <button type="button" class="btn-secondary" (click)="uploads.clearSettled()">
            Clear list
          </button>
        }
        <button type="button" class="btn-secondary" (click)="closed.emit()">
          {{ uploads.busy() ? 'Keep uploading in background' : 'Close' }}
        </button>
        <button type="button" class="btn-primary" [disabled]="!canUpload()" (click)="upload()">
          {{ uploadLabel() }}
        </button>
      </div>
    </ram-modal-dialog>
  `,
})
export class IcpUploadDialog {
  readonly closed = output();

  protected readonly uploads = inject(IcpUploadService);
  private readonly selection = inject(TankSelection);
  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly tank = this.selection.selectedTank;
  protected readonly lab = signal<IcpLab>('OCEAMO');
  protected readonly dragging = signal(false);

  protected readonly refusal = computed(() => {
    const batch = this.uploads.batch();
    return batch.status === 'refused' ? batch.message : null;
  });
  protected readonly settledCount = computed(
    () =>
      this.uploads.files().filter((file) => ['uploaded', 'rejected'].includes(file.status)).length,
  );
  protected readonly canUpload = computed(
    () => !!this.tank() && this.uploads.sendable().length > 0 && !this.uploads.busy(),
  );
  protected readonly uploadLabel = computed(() => {
    if (this.uploads.batch().status === 'checking') return 'Checking your plan…';
    if (this.uploads.busy()) return 'Uploading…';
    const count = this.uploads.sendable().length;
    return count > 1 ? `Upload ${count} reports` : 'Upload report';
  });
  /** Read out as the upload moves on, without reading every percent. */
  protected readonly summary = computed(() => {
    const files = this.uploads.files();
    const count = (status: string) => files.filter((file) => file.status === status).length;
    const batch = this.uploads.batch();
    if (batch.status === 'checking') return 'Checking your plan allows the upload.';
    if (batch.status === 'refused') return `Nothing was uploaded. ${batch.message}`;
    const sent = count('uploaded');
    const failed = count('failed');
    const sending = files.find(
      (file) => file.status === 'uploading' || file.status === 'requesting',
    );
    if (sending) return `Uploading ${sending.file.name}. ${sent} of ${files.length} uploaded.`;
    if (batch.status !== 'finished') return '';
    const parts = [`${sent} ${sent === 1 ? 'report' : 'reports'} uploaded and processing.`];
    if (failed > 0) parts.push(`${failed} failed.`);
    return parts.join(' ');
  });

  private readonly refusalNotice = viewChild<ElementRef<HTMLElement>>('refusalNotice');

  constructor() {
    // A refusal is shown first in the dialog; bring it into view if the list was scrolled.
    effect(() => this.refusalNotice()?.nativeElement.scrollIntoView?.({ block: 'nearest' }));
    // The tank's usual lab, until the keeper picks another.
    effect(() => {
      const defaultLab = this.tank()?.defaultLab;
      if (defaultLab) untracked(() => this.lab.set(defaultLab));
    });
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files) this.uploads.add(input.files);
    // The same file picked again after removing it must fire a change.
    input.value = '';
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const files = event.dataTransfer?.files;
    if (files?.length) this.uploads.add(files);
  }

  protected upload(): void {
    const tank = this.tank();
    if (tank) void this.uploads.upload(tank.tankId, this.lab());
  }
}
