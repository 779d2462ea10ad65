import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { labLabel } from '../../../shared/tanks/tank-options';
import { HistoryLists } from '../../history/services/history-lists';
import { CloseIcon } from '../../../shared/ui/close-icon';
import { icpTestPath } from '../../../shared/tests/test-links';
import { ProgressBar } from '../../../shared/ui/progress-bar';
import { UploadFileState, UploadFileStatus } from '../services/upload.model';
import { sizeText } from '../services/upload-rules';

const STATUS_TEXT: Record<UploadFileStatus, string> = {
  rejected: 'Not uploaded',
  ready: 'Ready',
  requesting: 'Starting…',
  uploading: 'Uploading',
  uploaded: 'Uploaded, processing',
  failed: 'Failed',
};

/** Once uploaded, the file follows its test as the rail sees it (pushed live). */
const TEST_TEXT: Readonly<Record<string, { status: string; link: string }>> = {
  PROCESSING: { status: 'Uploaded, reading', link: 'Open' },
  IN_PROGRESS: { status: 'Uploaded, evaluating', link: 'Open' },
  DONE: { status: 'Done', link: 'Open result' },
  ERROR: { status: 'Failed', link: 'See why' },
};

/** One picked report: its name and size, where its upload stands, and what went wrong. */
@Component({
  selector: 'ram-upload-file-row',
  imports: [RouterLink, CloseIcon, ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'block rounded-xl border px-3 py-2',
    '[class]': 'trouble() ? "border-coral-200 bg-coral-50" : "border-reef-100 bg-white"',
    'data-testid': 'upload-file',
    '[attr.data-status]': 'entry().status',
  },
  template: `
    <div class="flex items-start gap-2">
      <svg viewBox="0 0 20 20" class="mt-0.5 size-5 shrink-0 fill-reef-400" aria-hidden="true">
        <path d="M5 2h7l4 4v12H5V2Zm7 1v4h4M7 11h7v1H7v-1Zm0 3h7v1H7v-1Z" />
      </svg>
      <div class="min-w-0 flex-1">
        <p class="truncate text-sm font-medium text-reef-900" [title]="entry().file.name">
          {{ entry().file.name }}
        </p>
        <p class="text-xs text-reef-600">
          {{ size() }} ·
          <span data-testid="upload-file-status">{{ statusText() }}</span>
          @if (entry().status === 'uploading') {
            <span class="tabular-nums"> {{ percent() }}%</span>
          }
        </p>
      </div>
      @if (entry().status === 'uploaded' && entry().testId; as testId) {
        <a
          class="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-lagoon-700 hover:bg-lagoon-50"
          [routerLink]="testPath(testId)"
          (click)="opened.emit()"
          data-testid="upload-file-open"
          >{{ linkText() }}<span class="sr-only"> {{ entry().file.name }}</span></a
        >
      }
      @if (removable()) {
        <button
          type="button"
          class="-mr-1 shrink-0 rounded-md p-1.5 text-reef-600 hover:bg-reef-100"
          [attr.aria-label]="'Remove ' + entry().file.name"
          (click)="removed.emit()"
        >
          <ram-close-icon class="size-3.5" />
        </button>
      }
    </div>
    @if (showsProgress()) {
      <ram-progress-bar
        class="mt-2"
        [value]="percent()"
        [label]="'Upload of ' + entry().file.name"
      />
    }
    @if (entry().message; as message) {
      <p class="mt-1 text-sm text-coral-800" data-testid="upload-file-message">{{ message }}</p>
    }
    @if (otherLab(); as note) {
      <p class="mt-1 text-sm text-reef-700" data-testid="upload-file-lab">{{ note }}</p>
    }
  `,
})
export class UploadFileRow {
  readonly entry = input.required<UploadFileState>();
  readonly removed = output();
  /** The keeper followed the link to the new test. */
  readonly opened = output();

  protected readonly testPath = icpTestPath;
  protected readonly size = computed(() => sizeText(this.entry().file.size));
  private readonly lists = inject(HistoryLists);
  /** The uploaded file's test in the rail's list, once it is there. */
  private readonly test = computed(() => {
    const { status, testId } = this.entry();
    const tests = this.lists.section('test')();
    if (status !== 'uploaded' || !testId || tests.status !== 'ready') return undefined;
    return tests.items.find((item) => item.id === testId);
  });
  private readonly testText = computed(() => TEST_TEXT[this.test()?.status ?? '']);
  protected readonly statusText = computed(
    () => this.testText()?.status ?? STATUS_TEXT[this.entry().status],
  );
  protected readonly linkText = computed(() => this.testText()?.link ?? 'Open');
  /** The report named another lab than the one chosen: RaM says which one it used. */
  protected readonly otherLab = computed(() => {
    const chosen = this.entry().lab;
    const used = this.test()?.lab;
    if (!chosen || !used || used === chosen) return null;
    return `Read as a report of ${labLabel(used)}: the report names that lab, so RaM used it instead of ${labLabel(chosen)}.`;
  });
  protected readonly percent = computed(() => Math.round(this.entry().progress * 100));
  protected readonly trouble = computed(
    () => ['rejected', 'failed'].includes(this.entry().status) || this.test()?.status === 'ERROR',
  );
  // The bar stays until the test is read to its end (done or failed).
  protected readonly showsProgress = computed(
    () =>
      ['requesting', 'uploading', 'uploaded'].includes(this.entry().status) &&
      !['DONE', 'ERROR'].includes(this.test()?.status ?? ''),
  );
  protected readonly removable = computed(
    () => !['requesting', 'uploading', 'uploaded'].includes(this.entry().status),
  );
}
