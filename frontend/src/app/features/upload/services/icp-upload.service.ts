import {
  HttpClient,
  HttpErrorResponse,
  HttpEventType,
  HttpHeaders,
  HttpRequest,
} from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { apiProblemFrom } from '../../../core/errors/api-problem';
import { CLOCK } from '../../../core/identity/clock';
import { IcpLab } from '../../../shared/tanks/tank';
import { ClosedReason } from '../../../core/profile/profile.model';
import { ProfileService } from '../../../core/profile/profile.service';
import { HistoryLists } from '../../history/services/history-lists';
import { closedReasonText } from '../../profile/services/entitlement-text';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';
import {
  UploadAllowance,
  UploadBatchState,
  UploadFileState,
  UploadFileStatus,
  UploadTicket,
} from './upload.model';
import { MAX_FILES_PER_BATCH, fileProblem } from './upload-rules';

// Statuses the dialog explains next to the file (or the batch) instead of on the global banner.
const SHOWN_INLINE = [0, 400, 403, 404, 409, 429, 500, 502, 503, 504];
const SENDABLE: readonly UploadFileStatus[] = ['ready', 'failed'];
const BUSY: readonly UploadFileStatus[] = ['requesting', 'uploading'];

/**
 * The ICP upload: the picked reports, checked before anything is sent; the plan's allowance asked
 * once for the whole selection; then per report a test (shown at once in the rail as processing)
 * and the PDF sent straight to storage with its progress. Lives beyond the dialog, so closing it
 * does not stop an upload on its way.
 */
@Injectable({ providedIn: 'root' })
export class IcpUploadService {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly lists = inject(HistoryLists);
  private readonly realtime = inject(WebSocketManager);
  private readonly profile = inject(ProfileService);
  private readonly now = inject(CLOCK);
  private readonly fileStates = signal<readonly UploadFileState[]>([]);
  private readonly batchState = signal<UploadBatchState>({ status: 'idle' });
  private nextKey = 1;

  readonly files = this.fileStates.asReadonly();
  readonly batch = this.batchState.asReadonly();
  /** The reports an upload would send now: waiting ones and ones to try again. */
  readonly sendable = computed(() =>
    this.fileStates().filter((file) => SENDABLE.includes(file.status)),
  );
  readonly busy = computed(
    () =>
      this.batchState().status === 'checking' ||
      this.fileStates().some((file) => BUSY.includes(file.status)),
  );

  /** Adds picked files; a file that is not a PDF, is empty or too large is marked, never sent. */
  add(files: Iterable<File>): void {
    const added = [...files].map((file): UploadFileState => {
      const problem = fileProblem(file);
      return {
        key: this.nextKey++,
        file,
        status: problem ? 'rejected' : 'ready',
        progress: 0,
        ...(problem ? { message: problem } : {}),
      };
    });
    let room = MAX_FILES_PER_BATCH - this.sendable().length;
    const limited = added.map((entry) => {
      if (entry.status !== 'ready') return entry;
      if (room-- > 0) return entry;
      return {
        ...entry,
        status: 'rejected' as const,
        message: `Up to ${MAX_FILES_PER_BATCH} reports at a time; upload this one next.`,
      };
    });
    this.fileStates.update((current) => [...current, ...limited]);
    if (this.batchState().status !== 'checking') this.batchState.set({ status: 'idle' });
  }

  remove(key: number): void {
    this.fileStates.update((files) =>
      files.filter((file) => file.key !== key || BUSY.includes(file.status)),
    );
  }

  /** Forgets the files that are done with (sent or refused); an upload on its way stays. */
  clearSettled(): void {
    this.fileStates.update((files) =>
      files.filter((file) => SENDABLE.includes(file.status) || BUSY.includes(file.status)),
    );
    if (!this.busy()) this.batchState.set({ status: 'idle' });
  }

  /**
   * Uploads every waiting report for the tank: asks the plan's allowance for all of them first (a
   * refusal sends nothing), then creates and sends one report after the other.
   */
  async upload(tankId: string, lab: IcpLab): Promise<void> {
    const batch = this.sendable();
    if (batch.length === 0 || this.busy()) return;
    this.batchState.set({ status: 'checking' });
    const refusal = await this.preflight(tankId, lab, batch.length);
    if (refusal) return this.batchState.set({ status: 'refused', message: refusal });

    this.batchState.set({ status: 'sending' });
    const batchId = newBatchId(this.now());
    for (const file of batch) await this.send(file, tankId, lab, batchId);
    this.batchState.set({ status: 'finished' });
    // A message may have raced ahead of the rail's entry; limits changed too.
    this.realtime.refreshAfterOwnChange();
    this.profile.refresh();
  }

  /** Null when the plan allows `count` uploads now, else why not, in the keeper's words. */
  private async preflight(tankId: string, lab: IcpLab, count: number): Promise<string | null> {
    try {
      const allowance = await firstValueFrom(
        this.api.post<UploadAllowance>(
          '/test',
          { tankId, lab, validateOnly: true, fileCount: count },
          { handles: SHOWN_INLINE },
        ),
      );
      return allowance.allowed ? null : closedReasonText(allowance.reason, allowance);
    } catch (error) {
      return refusalText(error);
    }
  }

  private async send(
    entry: UploadFileState,
    tankId: string,
    lab: IcpLab,
    batchId: string,
  ): Promise<void> {
    const { key, file } = entry;
    this.patch(key, { status: 'requesting', progress: 0, message: undefined });
    let ticket: UploadTicket;
    try {
      ticket = await firstValueFrom(
        this.api.post<UploadTicket>(
          '/test',
          { tankId, lab, fileName: file.name, fileSize: file.size, batchId },
          { handles: SHOWN_INLINE },
        ),
      );
    } catch (error) {
      return this.patch(key, { status: 'failed', message: refusalText(error) });
    }

    this.patch(key, { status: 'uploading', testId: ticket.testId, lab });
    this.lists.apply({
      kind: 'test',
      op: 'upsert',
      tankId,
      item: {
        id: ticket.testId,
        label: `ICP ${ticket.lab ?? lab}`,
        date: new Date(this.now()).toISOString().slice(0, 10),
        status: 'PROCESSING',
        testKind: 'ICP',
      },
    });
    if (ticket.uploadSize !== undefined && ticket.uploadSize !== file.size) {
      // The link is signed for the announced size; sending a changed file would only be refused.
      return this.patch(key, {
        status: 'failed',
        message: 'The file changed after it was picked. Pick it again and upload it.',
      });
    }
    try {
      await this.put(ticket, file, (progress) => this.patch(key, { progress }));
      this.patch(key, { status: 'uploaded', progress: 1 });
    } catch (error) {
      this.patch(key, { status: 'failed', message: storageProblemText(error) });
    }
  }

  /**
   * Sends the PDF to the signed storage address. It is not RaM's API, so the interceptors add no
   * token; the signature binds the key, the content type the ticket names and the exact size, so
   * the file goes as picked (the browser sets its length).
   */
  private put(ticket: UploadTicket, file: File, onProgress: (share: number) => void) {
    const headers = new HttpHeaders({
      'content-type': 'application/pdf',
      ...ticket.uploadHeaders,
    });
    const request = new HttpRequest(ticket.uploadMethod ?? 'PUT', ticket.uploadUrl, file, {
      headers,
      reportProgress: true,
    });
    return new Promise<void>((resolve, reject) => {
      this.http.request(request).subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress && event.total) {
            onProgress(Math.min(1, event.loaded / event.total));
          }
        },
        error: reject,
        complete: resolve,
      });
    });
  }

  private patch(key: number, changes: Partial<UploadFileState>): void {
    this.fileStates.update((files) =>
      files.map((file) => (file.key === key ? { ...file, ...changes } : file)),
    );
  }
}

/** Why the API refused: the plan's reason when it gave one, else its message. */
function refusalText(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'The upload could not start. Try again.';
  const body = (error.error ?? {}) as {
    reason?: ClosedReason | 'BATCH_FULL';
    limit?: number;
    retryAt?: string;
  };
  if (body.reason === 'BATCH_FULL')
    return `Up to ${body.limit ?? MAX_FILES_PER_BATCH} reports at a time; upload this one next.`;
  if (body.reason) return closedReasonText(body.reason, body);
  return apiProblemFrom(error).message;
}

function storageProblemText(error: unknown): string {
  const status = error instanceof HttpErrorResponse ? error.status : -1;
  if (status === 0)
    return 'The report could not be sent. Check your connection and upload it again.';
  if (status === 403)
    return 'Storage refused the report: the upload link ran out or the file is not the one announced. Upload it again.';
  return 'Storage did not take the report. Upload it again.';
}

/** Ties the reports of one upload together on the server; unique enough without crypto APIs. */
function newBatchId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
